/** The shape of a generated schema validator (see ajv.ts). */
import type { ErrorObject } from 'ajv';

/** True when the data is valid; otherwise its errors are in `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
