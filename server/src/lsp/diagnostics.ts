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
  private readonly timers = new Map<string, NodeJS.Timeout>();
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
    const now = new Set(this.workspace.dependents(uri));
    const before = this.lastDependents.get(uri) ?? new Set<string>();
    this.lastDependents.set(uri, now);
    for (const target of new Set([...now, ...before]))
      this.schedule(target, target === uri ? this.delay() : this.delay() * 2);
  }

  /** Re-validates every open document (settings or project file changed). */
  all(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri, 0);
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastDependents.delete(uri);
    this.counts.delete(uri);
    this.sink.publish(uri, undefined, []);
    this.reportTotals();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.validateNow(uri);
      }, delay),
    );
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
