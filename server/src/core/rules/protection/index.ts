/** The consequences of high protection needs: screening (OPS.3.1.M16) and encryption (M9). */
import { screening } from './screening';
import { transportEncryption } from './transportEncryption';

export const protectionRules = [screening, transportEncryption] as const;
