/**
 * The check a worker runs (`poolWorker.ts`): parses the texts of a job (or takes the parses it
 * kept), indexes them among the shipped summaries of the other documents (`SummaryIndex`, as the
 * CLI's streaming check does), validates each and turns its findings into diagnostics. Pure: no
 * I/O, no thread of its own.
 */
import {
  parsePolicyFile,
  SummaryIndex,
  validateFile,
  type DataRecord,
  type DataStore,
  type PolicyFile,
  type ValidationOptions,
} from '../../core';
import { lensFingerprint } from '../codeLensRefresh';
import { toDiagnostic } from '../convert';
import {
  isText,
  type CheckRequest,
  type CheckResult,
  type DocumentShape,
  type ShippedFile,
  type TextToCheck,
} from './jobs';

/** The parses a worker keeps, one per URI (the latest text that asked to be kept). */
export type KeptParses = Map<string, { maxDocumentSize: number; file: PolicyFile }>;

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

function parseOrKept(
  place: TextToCheck,
  options: ValidationOptions,
  kept: KeptParses,
): { file: PolicyFile; parsed: boolean } {
  const known = kept.get(place.uri);
  const { maxDocumentSize } = options;
  // the size limit changes the parse only of texts longer than the smaller of the two limits
  const sameParse = (limit: number) =>
    limit === maxDocumentSize || place.text.length <= Math.min(limit, maxDocumentSize);
  if (known?.file.text === place.text && sameParse(known.maxDocumentSize))
    return { file: known.file, parsed: false };
  kept.delete(place.uri);
  const file = parsePolicyFile(place.uri, place.text, options);
  if (place.keep) kept.set(place.uri, { maxDocumentSize, file });
  return { file, parsed: true };
}

export function checkTexts(request: CheckRequest, kept: KeptParses): CheckResult[] {
  const { options } = request;
  const store = arrayStore();
  const index = new SummaryIndex(store, request.firstFile);
  const toCheck: { n: number; file: PolicyFile; parsed: boolean }[] = [];
  for (const place of request.places) {
    if (!isText(place)) addShipped(index, store, place);
    else {
      const { file, parsed } = parseOrKept(place, options, kept);
      toCheck.push({ n: index.add(file), file, parsed });
    }
  }
  return toCheck.map(({ n, file, parsed }) => {
    const { result: findings, questions } = index.check(n, file, () =>
      validateFile(file, index, options),
    );
    return {
      uri: file.uri,
      parsed,
      diagnostics: findings.map((finding) => toDiagnostic(file, finding)),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      fingerprint: lensFingerprint(findings),
      questions,
      documents: documentShapes(file),
    };
  });
}
