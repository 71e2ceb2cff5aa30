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
