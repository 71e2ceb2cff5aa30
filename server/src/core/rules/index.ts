/** Every semantic rule of FORMAT.md section 4 (and the few the engine adds), in one list. */
import type { Rule } from './rule';
import { rules as communication } from './communication';
import { rules as operations } from './operations';
import { rules as protection } from './protection';
import { rules as staff } from './staff';

export const RULES: readonly Rule[] = [...protection, ...operations, ...staff, ...communication];
