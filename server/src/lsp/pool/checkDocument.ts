/**
 * The check a worker runs (`poolWorker.ts`): parses one text, indexes it among the shipped
 * summaries of the other documents (`SummaryIndex`, as the CLI's streaming check does), validates
 * it and turns the findings into diagnostics. Pure: no I/O, no thread of its own.
 */
import {
  parsePolicyFile,
  SummaryIndex,
  validateFile,
  type DataRecord,
  type DataStore,
  type PolicyFile,
} from '../../core';
import { lensFingerprint } from '../codeLensRefresh';
import { toDiagnostic } from '../convert';
import type { CheckRequest, CheckResult, DocumentShape, ShippedFile } from './jobs';

/** Keeps the shipped data as it came (each job has its own copy). */
function arrayStore(): DataStore {
  const records: DataRecord[] = [];
  return {
    put: (data) => records.push(data) - 1,
    get: (slot) => records[slot] ?? {},
  };
}

function addShipped(index: SummaryIndex, store: DataStore, file: ShippedFile): void {
  const documents = file.documents.map(({ data, ...summary }) => ({
    ...summary,
    slot: store.put(data),
  }));
  index.addSummaries(file.uri, documents);
}

/** The shape of the documents of a parse, for the main thread's index. */
export function documentShapes(file: PolicyFile): DocumentShape[] {
  return file.documents.map((doc) => ({
    index: doc.index,
    kind: doc.kind,
    id: doc.id,
    ...(doc.kind ? { value: doc.value } : {}),
  }));
}

export function checkDocument(request: CheckRequest): CheckResult {
  const store = arrayStore();
  const index = new SummaryIndex(store);
  let checked: { n: number; file: PolicyFile } | undefined;
  for (const entry of request.index) {
    if (entry) addShipped(index, store, entry);
    else {
      const file = parsePolicyFile(request.uri, request.text, request.options);
      checked = { n: index.add(file), file };
    }
  }
  if (!checked) throw new Error(`the index sent for ${request.uri} has no place for it`);
  const { n, file } = checked;
  const { result: findings, questions } = index.check(n, file, () =>
    validateFile(file, index, request.options),
  );
  return {
    diagnostics: findings.map((finding) => toDiagnostic(file, finding)),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    fingerprint: lensFingerprint(findings),
    questions,
    documents: documentShapes(file),
  };
}
