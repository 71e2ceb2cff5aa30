/**
 * What every editor feature of the core gets: the parsed file it works on, the workspace
 * index for cross-document knowledge, and the options in force. All pure data, no I/O.
 */
import type { PolicyDocument, PolicyFile } from '../parse';
import type { ValidationOptions } from '../types';
import type { WorkspaceIndex } from '../workspace';

export interface FeatureContext {
  file: PolicyFile;
  index: WorkspaceIndex;
  options: ValidationOptions;
}

/** The document of a multi-document file that contains `offset` (the last one at the very end). */
export function documentAt(file: PolicyFile, offset: number): PolicyDocument | undefined {
  for (const doc of file.documents) {
    const [start, , end] = doc.yaml.range;
    if (offset >= start && offset <= end) return doc;
  }
  return file.documents[file.documents.length - 1];
}
