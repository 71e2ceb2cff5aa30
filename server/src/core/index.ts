/** The public face of the core engine: everything the CLI, the language server and tests use. */
export * from './types';
export {
  parsePolicyFile,
  isPolicyFile,
  kindFromFileName,
  API_VERSION,
  type PolicyFile,
  type PolicyDocument,
} from './parse';
export {
  validateTexts,
  validateFiles,
  validateFile,
  validateDocument,
  type SourceText,
  type FileResult,
} from './validate';
export { buildWorkspaceIndex, type WorkspaceIndex } from './workspace';
export { LineIndex, type LineColumn } from './position';
export { isoDate } from './time';
