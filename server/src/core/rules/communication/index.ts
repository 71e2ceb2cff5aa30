/** The communication rules (OPS.3.1.M4). */
import { externalPartner } from './externalPartner';

export const communicationRules = [externalPartner] as const;
