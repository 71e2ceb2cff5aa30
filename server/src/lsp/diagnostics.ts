/**
 * Pushes diagnostics: debounced per document, always computed from the document's latest
 * version, for the edited document and the open documents that depend on it only.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { validateFile } from '../core/validate';
import type { ValidationOptions } from '../core/types';
import { toDiagnostic } from './convert';
import type { PolicyWorkspace } from './workspace';

export interface DiagnosticsSink {
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  /** Called after every round with the totals over all open documents. */
  roundDone(totals: { errors: number; warnings: number }): void;
}

export interface OpenVersions {
  versionOf(uri: string): number | undefined;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; edited: boolean }>();
  private readonly lastDependents = new Map<string, Set<string>>();
  private readonly counts = new Map<string, { errors: number; warnings: number }>();

  constructor(
    private readonly workspace: PolicyWorkspace,
    private readonly open: OpenVersions,
    private readonly sink: DiagnosticsSink,
    private readonly options: () => ValidationOptions,
    private readonly delay: () => number,
  ) {}

  /** A document changed: re-validate it and its dependents after the delay. */
  changed(uri: string): void {
    // nothing is parsed here: keystrokes only move the timer; the work happens once, after it
    this.schedule(uri, this.delay(), true);
  }

  /** After an edit of `uri` was validated: its dependents (before and after the edit) follow. */
  private revalidateDependents(uri: string): void {
    const now = new Set(this.workspace.dependents(uri));
    const before = this.lastDependents.get(uri) ?? new Set<string>();
    this.lastDependents.set(uri, now);
    for (const target of new Set([...now, ...before]))
      if (target !== uri) this.schedule(target, 0, false);
  }

  /** Re-validates every open document (settings or project file changed). */
  all(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri, 0);
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri)?.timer);
    this.timers.delete(uri);
    this.lastDependents.delete(uri);
    this.counts.delete(uri);
    this.sink.publish(uri, undefined, []);
    this.reportTotals();
  }

  dispose(): void {
    for (const pending of this.timers.values()) clearTimeout(pending.timer);
    this.timers.clear();
  }

  private schedule(uri: string, delay: number, edited = false): void {
    const pending = this.timers.get(uri);
    clearTimeout(pending?.timer);
    const followDependents = edited || pending?.edited === true;
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.validateNow(uri);
      if (followDependents) this.revalidateDependents(uri);
    }, delay);
    this.timers.set(uri, { timer, edited: followDependents });
  }

  private validateNow(uri: string): void {
    const version = this.open.versionOf(uri);
    if (version === undefined) return; // closed meanwhile
    const file = this.workspace.isPolicy(uri) ? this.workspace.fileFor(uri) : undefined;
    const findings = file ? validateFile(file, this.workspace.index(), this.options()) : [];
    const diagnostics = file ? findings.map((finding) => toDiagnostic(file, finding)) : [];
    this.counts.set(uri, {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    });
    this.sink.publish(uri, version, diagnostics);
    this.reportTotals();
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
