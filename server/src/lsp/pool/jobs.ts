/**
 * What crosses between the language server's main thread and its worker threads: plain data
 * only (structured clone). A job is a run of places of the cross-document index: texts to parse
 * and check, and summaries (with data) of other documents that only answer the rules' questions.
 * The answer per text is its diagnostics (ranges made in the worker, which has the parse), the
 * questions its check asked of the index, and the shape of its documents for the main thread.
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

/** A text to parse (or take from the worker's kept parses) and check. */
export interface TextToCheck {
  uri: string;
  text: string;
  /** Keep the parse in the worker for later checks of the same text (files on disk). */
  keep: boolean;
}

export type IndexPlace = ShippedFile | TextToCheck;

export function isText(place: IndexPlace): place is TextToCheck {
  return 'text' in place;
}

export interface CheckRequest {
  options: ValidationOptions;
  /** The number of the first place in the whole index (the places before it are not sent). */
  firstFile: number;
  places: IndexPlace[];
}

/** A document of a checked file as the main thread's index keeps it (no syntax tree). */
export interface DocumentShape {
  index: number;
  kind: PolicyKind | undefined;
  id: string | undefined;
  /** The document's data; only for documents with a kind (the others are read on demand). */
  value?: unknown;
}

export interface CheckResult {
  uri: string;
  /** Whether the worker parsed the text for this job (false: it had kept the parse). */
  parsed: boolean;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** `lensFingerprint` of the findings. */
  fingerprint: string;
  questions: Question[];
  documents: DocumentShape[];
}

/** What the main thread sends a worker: a job, or URIs whose kept parses are no longer needed. */
export type JobMessage = { job: number; request: CheckRequest } | { forget: string[] };

/** What a worker sends back: the results of the texts of the job, in order. */
export type AnswerMessage =
  { job: number; results: CheckResult[] } | { job: number; error: string };
