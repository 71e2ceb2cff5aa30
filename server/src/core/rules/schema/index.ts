/** The rules the engine reports from the schemas: missing, mistyped and unknown fields. */
import { enumeration, format, mustBeTrue, required, type, unknownKey } from './schemaRules';

export const schemaRules = [required, type, enumeration, format, unknownKey, mustBeTrue] as const;
