/** The rules about waivers (begründete Abweichungen): not allowed, expired, unused. */
import { expired, notAllowed, unused } from './waiverRules';

export const waiverRules = [notAllowed, expired, unused] as const;
