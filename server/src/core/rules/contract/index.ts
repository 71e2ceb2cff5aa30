/** The cross-field rules of the contract (OPS.3.1.M2). */
import { noticePeriod } from './noticePeriod';
import { penaltiesIncomplete } from './penaltiesIncomplete';

export const contractRules = [noticePeriod, penaltiesIncomplete] as const;
