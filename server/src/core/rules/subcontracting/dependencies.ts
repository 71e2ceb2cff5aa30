/** The dependencies on third parties that the rough concept lists (OPS.3.1.M1). */
import { asArray, asRecord, asString, valueAt, type DataRecord } from '../../data';
import { formatPath } from '../../schema/lookup';
import type { DataPath } from '../../types';

export const DEPENDENCIES: DataPath = ['roughConcept', 'dependencies'];

/** How a dependency is named in messages: its id (or its path), and its name when there is one. */
export function describeDependency(dependency: DataRecord, index: number): string {
  const id = dependencyId(dependency, index);
  const name = asString(dependency.name);
  return name ? `${id} (${name})` : id;
}

/** The dependency's id, or its path in the document when it has none. */
export function dependencyId(dependency: DataRecord, index: number): string {
  return asString(dependency.id) ?? formatPath([...DEPENDENCIES, index]);
}

/** The dependencies of type `subcontractor`, described for messages. */
export function subcontractorsOf(data: DataRecord): string[] {
  return asArray(valueAt(data, DEPENDENCIES)).flatMap((entry, index) => {
    const dependency = asRecord(entry);
    return dependency?.type === 'subcontractor' ? [describeDependency(dependency, index)] : [];
  });
}
