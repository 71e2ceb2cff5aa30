/**
 * What makes a text a policy document: the apiVersion, the kinds, the file names. A leaf module
 * (no imports of the engine), so that the parser, the rules and their quick-fixes can all use it
 * without an import cycle.
 */
import type { PolicyKind } from './types';

export const API_VERSION = 'outsourcing-policy/v1';
export const KINDS: readonly PolicyKind[] = ['Engagement', 'DataConnectionAgreement'];

const ENGAGEMENT_NAME = /\.engagement\.ya?ml$/i;
const DCA_NAME = /\.dca\.ya?ml$/i;

/** The kind a file name promises, if any. */
export function kindFromFileName(uri: string): PolicyKind | undefined {
  if (ENGAGEMENT_NAME.test(uri)) return 'Engagement';
  if (DCA_NAME.test(uri)) return 'DataConnectionAgreement';
  return undefined;
}

/** A path or URI without the extensions of its file name: `a/erp.dca.yaml` gives `a/erp`. */
function nameStem(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  const dot = name.indexOf('.', slash + 1);
  return dot < 0 ? name : name.slice(0, dot);
}

/**
 * For splitting an ordered list of files into chunks checked apart: `end` moved on (by at most
 * four) past the files named like the one before it, so that an engagement and its data
 * connection agreement, named alike by convention (`erp.engagement.yaml`, `erp.dca.yaml`), land
 * in one chunk and find each other there.
 */
export function endKeepingPairs(
  count: number,
  nameAt: (index: number) => string,
  end: number,
): number {
  let at = Math.min(end, count);
  while (at < count && at < end + 4 && nameStem(nameAt(at - 1)) === nameStem(nameAt(at))) at++;
  return at;
}
