/** OSCAL 1.1.3 assessment results of a check (see `document.ts`). */
export { buildAssessmentResults, OSCAL_VERSION } from './document';
export { OSCAL_NS } from './controls';
export { OSCAL_UUID_NAMESPACE, uuidV5, type Sha1 } from './uuid';
export type {
  AssessmentResultsDocument,
  OscalDiagnostic,
  OscalEnvironment,
  OscalInput,
} from './types';
