/** The rules about files and headers: binary or oversized files, header, kind, the findings cap. */
import {
  binary,
  externalSchema,
  missingApiVersion,
  tooLarge,
  truncated,
  unknownKind,
} from './documentRules';

export const documentRules = [
  missingApiVersion,
  unknownKind,
  tooLarge,
  truncated,
  externalSchema,
  binary,
] as const;
