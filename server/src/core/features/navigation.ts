/**
 * Go to definition and find references for ids: parties, contacts, dependencies,
 * communication partners, classification levels, data connection agreements and engagements,
 * across the engagement and its data connection agreements. Rename lives in navigation/rename.
 */
import type { Location } from 'vscode-languageserver-types';
import { toRange } from '../position';
import type { FeatureContext } from './context';
import { idTargetAt, occurrencesOf, type IdOccurrence } from './navigation/occurrences';

export { prepareRename, rename } from './navigation/rename';

function locationOf(found: IdOccurrence): Location {
  const file = found.entry.file;
  return {
    uri: file.uri,
    range: toRange(file.lineIndex, found.span.innerStart, found.span.innerEnd),
  };
}

/** Where the id under the cursor is defined (several places when it is defined twice). */
export function definition(ctx: FeatureContext, offset: number): Location[] {
  const target = idTargetAt(ctx, offset);
  if (!target) return [];
  return occurrencesOf(target).definitions.map(locationOf);
}

/** Every place that names the id under the cursor; with its definitions when asked. */
export function references(
  ctx: FeatureContext,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const target = idTargetAt(ctx, offset);
  if (!target) return [];
  const found = occurrencesOf(target);
  const all = includeDeclaration ? [...found.definitions, ...found.references] : found.references;
  return all.map(locationOf);
}
