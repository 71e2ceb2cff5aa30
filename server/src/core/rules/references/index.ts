/**
 * References between fields and documents: every `ref<…>` resolves (R3, R16), engagements and
 * DCAs find each other in the workspace, ids are unique per kind, and a contact named as
 * responsible can be reached (M13).
 */
import { dcaMissing } from './dcaMissing';
import { duplicateId } from './duplicateId';
import { unresolved } from './unresolved';

export { forEachRef, type RefOccurrence } from './forEachRef';

export const referencesRules = [unresolved, dcaMissing, duplicateId] as const;
