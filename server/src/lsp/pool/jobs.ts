/**
 * What crosses between the language server's main thread and its worker threads: plain data
 * only (structured clone). A job is one document's text and what the cross-document rules need
 * of the index (the summaries and data of the other documents, in index order); the answer is
 * the document's diagnostics (ranges made in the worker, which has the parse), the questions
 * its check asked of the index, and the shape of its documents for the main thread's index.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { DataRecord, PolicyKind, Question, ValidationOptions } from '../../core';

/** An indexed document of another file, as the worker's index needs it. */
export interface ShippedDocument {
  documentIndex: number;
  kind: PolicyKind;
  id: string;
  engagementRef?: string;
  data: DataRecord;
}

/** Another file of the index: its URI and its indexed documents. */
export interface ShippedFile {
  uri: string;
  documents: ShippedDocument[];
}

export interface CheckRequest {
  uri: string;
  text: string;
  options: ValidationOptions;
  /** The files of the index in order; `null` marks the place of the checked file. */
  index: (ShippedFile | null)[];
}

/** A document of the checked file as the main thread's index keeps it (no syntax tree). */
export interface DocumentShape {
  index: number;
  kind: PolicyKind | undefined;
  id: string | undefined;
  /** The document's data; only for documents with a kind (the others are read on demand). */
  value?: unknown;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** `lensFingerprint` of the findings. */
  fingerprint: string;
  questions: Question[];
  documents: DocumentShape[];
}

/** What the main thread sends a worker. */
export interface JobMessage {
  job: number;
  request: CheckRequest;
}

/** What a worker sends back. */
export type AnswerMessage = { job: number; result: CheckResult } | { job: number; error: string };
