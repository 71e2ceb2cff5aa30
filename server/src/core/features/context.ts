/**
 * What every editor feature of the core gets: the parsed file it works on, the workspace
 * index for cross-document knowledge, and the options in force. All pure data, no I/O.
 */
import type { PolicyDocument, PolicyFile } from '../parse';
import type { Finding, ValidationOptions } from '../types';
import { validateFile } from '../validate';
import type { WorkspaceIndex } from '../workspace';

export interface FeatureContext {
  file: PolicyFile;
  index: WorkspaceIndex;
  options: ValidationOptions;
  /**
   * The findings of `file` under `index` and `options`, when the caller already has them (the
   * language server keeps those it published); otherwise the features validate the file.
   */
  findings?: () => readonly Finding[];
}

/** The file's findings: the ones the caller has, else a fresh validation. */
export function findingsOf(ctx: FeatureContext): readonly Finding[] {
  return ctx.findings ? ctx.findings() : validateFile(ctx.file, ctx.index, ctx.options);
}

/** The document of a multi-document file that contains `offset` (the last one at the very end). */
export function documentAt(file: PolicyFile, offset: number): PolicyDocument | undefined {
  for (const doc of file.documents) {
    const [start, , end] = doc.yaml.range;
    if (offset >= start && offset <= end) return doc;
  }
  return file.documents[file.documents.length - 1];
}
