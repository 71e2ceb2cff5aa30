/**
 * Checks of large open documents in the worker pool, so that parsing and validating them never
 * blocks requests on other documents. A job carries the text and the index as it is now (the
 * summaries and data of the other documents); when its answer comes, it is dropped if the
 * document has a newer version meanwhile (that version has its own job), checked again if the
 * index now answers one of the check's questions differently, else published. Its document
 * shapes become the document's entry in the index (`DeferredFile`).
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { ValidationOptions } from '../../core';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { Guard } from '../runSafe';
import type { PolicyWorkspace } from '../workspace';
import { DeferredFile } from './deferredFile';
import { shippedIndex, stalenessCheck } from './indexShipping';
import type { CheckResult } from './jobs';
import { checkFailedMessage } from './texts';
import type { WorkerPool } from './workerPool';

/** Documents at least this long (in characters) are checked in a worker. */
export const OFF_THREAD_FROM = 256 * 1024;

/** What is published for a document checked off the main thread. */
export type CheckedDocument = Pick<CheckResult, 'diagnostics' | 'errors' | 'warnings'> & {
  fingerprint: string | undefined;
  /** The check failed: the index keeps what it had of the document (its dependents stay). */
  failed?: true;
};

/** The rule id of the diagnostic of a document whose check failed in the worker twice. */
export const CHECK_FAILED_CODE = 'server/check-failed';

/** The diagnostic of a document whose check failed twice in a worker. */
export function failedCheck(options: ValidationOptions, error: string): CheckedDocument {
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: CHECK_FAILED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: checkFailedMessage(options.locale, error),
  };
  return {
    diagnostics: [diagnostic],
    errors: 1,
    warnings: 0,
    fingerprint: undefined,
    failed: true,
  };
}

export class OffThreadChecks {
  constructor(
    private readonly workspace: PolicyWorkspace,
    private readonly pool: WorkerPool,
    private readonly versionOf: (uri: string) => number | undefined,
    private readonly guard: Guard,
  ) {}

  /** Whether this open document is checked off the main thread. */
  takes(text: string | undefined): text is string {
    return text !== undefined && text.length >= OFF_THREAD_FROM;
  }

  /** Checks version `version` of `uri`; `done` runs when its findings are known (not if superseded). */
  check(
    uri: string,
    version: number,
    text: string,
    options: ValidationOptions,
    done: (checked: CheckedDocument) => void,
  ): void {
    const places = shippedIndex(this.workspace, new Map([[uri, { text, keep: false }]]));
    this.pool.submit(
      uri,
      { options, firstFile: 0, places },
      this.guard(`checking ${uri} in a worker`, (outcome) => {
        if (outcome.kind === 'superseded' || this.versionOf(uri) !== version) return;
        if (outcome.kind === 'failed') return done(failedCheck(options, outcome.error));
        const [result] = outcome.results;
        if (!result) return done(failedCheck(options, `${uri} has no place in the index`));
        if (result.parsed) this.workspace.countWorkerParse(uri);
        const file = new DeferredFile(uri, text, result.documents, (u, t) =>
          this.workspace.parseOnMainThread(u, t),
        );
        this.workspace.keepCheckedParse(uri, version, file);
        if (stalenessCheck(this.workspace)(result.questions))
          return this.check(uri, version, text, options, done);
        done(result);
      }),
    );
  }
}
