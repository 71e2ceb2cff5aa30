/** The staff rules: external staff (OPS.3.1.M6) and deputies (M5). */
import { externalStaffCommitment } from './externalStaffCommitment';
import { selfSubstitute } from './selfSubstitute';

export const staffRules = [externalStaffCommitment, selfSubstitute] as const;
