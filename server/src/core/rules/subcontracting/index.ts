/** The rules about subcontractors and further relocation (OPS.3.1.M1, M2). */
import { blanketExclusion } from './blanketExclusion';
import { flowDown } from './flowDown';
import { lateDisclosure } from './lateDisclosure';

export const subcontractingRules = [flowDown, lateDisclosure, blanketExclusion] as const;
