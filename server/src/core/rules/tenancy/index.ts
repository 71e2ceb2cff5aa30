/** The rules about serving several customers on shared systems (OPS.3.1.M7). */
import { clientConcept } from './clientConcept';

export const tenancyRules = [clientConcept] as const;
