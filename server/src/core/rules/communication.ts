/** STUB: to be written. */
import type { Rule } from './rule';

export const rules: Rule[] = [];
