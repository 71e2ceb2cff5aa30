/**
 * Pushes diagnostics for every policy document of the workspace, open or not: debounced per
 * document, always computed from its latest text (the open version, else the indexed disk copy).
 * An edit re-validates the edited document and the documents that depend on it only; the whole
 * workspace is validated once after the scan and when the settings change. Documents that are due
 * are validated one per turn of the event loop, so requests are answered in between; large open
 * documents are handed to worker threads (`pool/offThreadChecks.ts`) and published when their
 * findings come. While the workspace scan runs, validation is held (the index is not complete yet).
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { ValidationOptions } from '../core';
import { lensFingerprint } from './codeLensRefresh';
import { toDiagnostic } from './convert';
import type { DiskChecks } from './pool/diskChecks';
import type { CheckedDocument, OffThreadChecks } from './pool/offThreadChecks';
import type { Guard } from './runSafe';
import type { PolicyWorkspace } from './workspace';

export interface DiagnosticsSink {
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  /** Called after every round with the totals over all documents with findings published. */
  roundDone(totals: { errors: number; warnings: number }): void;
  /** The findings of a document differ from those last published for it (not only moved). */
  findingsChanged?(uri: string): void;
}

export interface OpenVersions {
  versionOf(uri: string): number | undefined;
  /** The open document's text (undefined when it is not open). */
  textOf?(uri: string): string | undefined;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; edited: boolean }>();
  private readonly lastDependents = new Map<string, Set<string>>();
  private readonly counts = new Map<string, { errors: number; warnings: number }>();
  /** What was last published per document, as `lensFingerprint` sees it. */
  private readonly fingerprints = new Map<string, string>();
  /** Closed documents whose diagnostics the client may still show (cleared unless on disk). */
  private readonly closedSinceValidated = new Set<string>();
  /** Documents due for validation, in order, and whether their dependents follow. */
  private readonly ready = new Map<string, boolean>();
  private draining = false;
  private held = false;

  constructor(
    private readonly workspace: PolicyWorkspace,
    private readonly open: OpenVersions,
    private readonly sink: DiagnosticsSink,
    private readonly options: () => ValidationOptions,
    private readonly delay: () => number,
    /** Timer work runs outside any handler: the guard logs its failures and the server goes on. */
    private readonly guard: Guard,
    /** Large open documents are checked in worker threads (none: all on this thread). */
    private readonly offThread?: OffThreadChecks,
    /** Files on disk that only a worker parsed are checked again there (none: here). */
    private readonly disk?: DiskChecks,
  ) {}

  /** Files on disk due for a check in a worker, collected until the queue is empty. */
  private readonly diskBatch = new Map<string, boolean>();

  /** Publishes findings computed elsewhere (the start-up scan's workers) as if validated here. */
  publishComputed(uri: string, checked: CheckedDocument): void {
    this.closedSinceValidated.delete(uri);
    this.publishChecked(uri, undefined, checked.diagnostics, checked, checked.fingerprint);
  }

  /** A document changed: re-validate it and its dependents after the delay. */
  changed(uri: string): void {
    // nothing is parsed here: keystrokes only move the timer; the work happens once, after it
    this.schedule(uri, this.delay(), true);
  }

  /** After an edit of `uri` was validated: its dependents (before and after the edit) follow. */
  private revalidateDependents(uri: string): void {
    const now = new Set(this.workspace.dependents(uri));
    const before = this.lastDependents.get(uri) ?? new Set<string>();
    // a document neither open nor on disk (closed meanwhile) has no dependents to remember
    if (now.size > 0) this.lastDependents.set(uri, now);
    else this.lastDependents.delete(uri);
    for (const target of new Set([...now, ...before]))
      if (target !== uri) this.schedule(target, 0, false);
  }

  /** Re-validates these documents (the scan, settings or a file on disk changed). */
  all(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri, 0);
  }

  /**
   * A document was closed: its findings become those of its disk copy (already re-indexed by the
   * caller), or are cleared when it is no policy document on disk.
   */
  closed(uri: string): void {
    this.lastDependents.delete(uri);
    this.closedSinceValidated.add(uri);
    this.schedule(uri, 0);
  }

  /** Validates nothing until `release` (documents that fall due meanwhile wait in order). */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    this.drainSoon();
  }

  /** How many URIs each per-document map holds (the debug statistics of the tests). */
  stateSizes(): Record<string, number> {
    return {
      timers: this.timers.size,
      ready: this.ready.size,
      lastDependents: this.lastDependents.size,
      counts: this.counts.size,
      fingerprints: this.fingerprints.size,
      closedSinceValidated: this.closedSinceValidated.size,
    };
  }

  dispose(): void {
    for (const pending of this.timers.values()) clearTimeout(pending.timer);
    this.timers.clear();
    this.ready.clear();
  }

  private schedule(uri: string, delay: number, edited = false): void {
    const pending = this.timers.get(uri);
    clearTimeout(pending?.timer);
    const queued = this.ready.get(uri);
    this.ready.delete(uri);
    const followDependents = edited || pending?.edited === true || queued === true;
    const due = this.guard(`scheduling ${uri}`, () => {
      this.timers.delete(uri);
      this.ready.set(uri, this.ready.get(uri) === true || followDependents);
      this.drainSoon();
    });
    this.timers.set(uri, { timer: setTimeout(due, delay), edited: followDependents });
  }

  /** Validates the next due document in the next turn of the event loop (after pending I/O). */
  private drainSoon(): void {
    if (this.draining || this.held || this.ready.size === 0) return;
    this.draining = true;
    setImmediate(this.drainOne);
  }

  private readonly drainOne = (): void => {
    this.draining = false;
    const next = this.ready.entries().next();
    if (next.done || this.held) return;
    const [uri, followDependents] = next.value;
    this.ready.delete(uri);
    this.guard(`validating ${uri}`, () => {
      if (this.checkOffThread(uri, followDependents)) return;
      if (this.disk && this.workspace.deferredDiskFile(uri)) {
        this.diskBatch.set(uri, this.diskBatch.get(uri) === true || followDependents);
        return;
      }
      this.validateNow(uri);
      if (followDependents) this.revalidateDependents(uri);
    })();
    if (this.ready.size === 0 || this.held) this.checkDiskBatch();
    this.drainSoon();
  };

  /** Sends the files on disk collected for a check in a worker, as one batch. */
  private checkDiskBatch(): void {
    if (!this.disk || this.diskBatch.size === 0) return;
    const batch = new Map(this.diskBatch);
    this.diskBatch.clear();
    this.disk.recheck([...batch.keys()], this.options(), (uri, checked) => {
      this.publishChecked(uri, undefined, checked.diagnostics, checked, checked.fingerprint);
      if (batch.get(uri) === true && !checked.failed) this.revalidateDependents(uri);
    });
  }

  /**
   * Hands a large open document to the worker pool; its findings are published when they come
   * (this thread goes on with the next document meanwhile). False when it is not such a document.
   */
  private checkOffThread(uri: string, followDependents: boolean): boolean {
    const version = this.open.versionOf(uri);
    const text = this.open.textOf?.(uri);
    if (!this.offThread?.takes(text) || version === undefined || !this.workspace.isPolicy(uri))
      return false;
    this.closedSinceValidated.delete(uri);
    this.offThread.check(uri, version, text, this.options(), (checked) => {
      this.publishChecked(uri, version, checked.diagnostics, checked, checked.fingerprint);
      if (followDependents && !checked.failed) this.revalidateDependents(uri);
    });
    return true;
  }

  private validateNow(uri: string): void {
    const version = this.open.versionOf(uri);
    const file = this.workspace.isPolicy(uri) ? this.workspace.fileFor(uri) : undefined;
    const justClosed = this.closedSinceValidated.delete(uri);
    if (version === undefined && !file) {
      // closed, and no (longer a) policy file on disk: clear what was published for it
      this.lastDependents.delete(uri);
      if (this.counts.delete(uri) || justClosed) this.sink.publish(uri, undefined, []);
      this.noteFindings(uri, undefined);
      this.reportTotals();
      return;
    }
    const findings = file ? this.workspace.findingsOf(file, this.options()) : [];
    const diagnostics = file ? findings.map((finding) => toDiagnostic(file, finding)) : [];
    const counts = {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    };
    this.publishChecked(
      uri,
      version,
      diagnostics,
      counts,
      file ? lensFingerprint(findings) : undefined,
    );
  }

  private publishChecked(
    uri: string,
    version: number | undefined,
    diagnostics: Diagnostic[],
    counts: { errors: number; warnings: number },
    fingerprint: string | undefined,
  ): void {
    this.counts.set(uri, { errors: counts.errors, warnings: counts.warnings });
    this.sink.publish(uri, version, diagnostics);
    this.noteFindings(uri, fingerprint);
    this.reportTotals();
  }

  private noteFindings(uri: string, fingerprint: string | undefined): void {
    if (this.fingerprints.get(uri) === fingerprint) return;
    if (fingerprint === undefined) this.fingerprints.delete(uri);
    else this.fingerprints.set(uri, fingerprint);
    this.sink.findingsChanged?.(uri);
  }

  private reportTotals(): void {
    let errors = 0;
    let warnings = 0;
    for (const count of this.counts.values()) {
      errors += count.errors;
      warnings += count.warnings;
    }
    this.sink.roundDone({ errors, warnings });
  }
}
