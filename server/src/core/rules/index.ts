/** Every semantic rule of FORMAT.md section 4 (and the few the engine adds), in one list. */
import type { Rule } from './rule';
import { rules as contract } from './contract';
import { rules as dca } from './dca';
import { rules as references } from './references';
import { rules as review } from './review';
import { rules as subcontracting } from './subcontracting';

export const RULES: readonly Rule[] = [
  ...references,
  ...review,
  ...subcontracting,
  ...contract,
  ...dca,
];
