/**
 * Asks the client for new code lenses (`workspace/codeLens/refresh`) after the findings of a
 * document changed, so the coverage lenses of the documents that depend on it (an engagement
 * whose DCA was edited) follow typing. Only when the client supports it; requests that come in
 * the same turn are sent once.
 */
import type { Guard } from './runSafe';

export class CodeLensRefresh {
  /** Whether the client announced `workspace.codeLens.refreshSupport`. */
  enabled = false;
  private pending = false;

  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly guard: Guard,
  ) {}

  /** Findings changed: ask for new lenses once, after the work of this turn. */
  request(): void {
    if (!this.enabled || this.pending) return;
    this.pending = true;
    const refresh = this.guard('refreshing code lenses', async () => {
      this.pending = false;
      await this.send();
    });
    setTimeout(refresh, 0);
  }
}

/**
 * What the lenses of other documents depend on in a document's findings: which rules found
 * what, with what severity; not where (an edit that only moves text changes no lens title).
 */
export function lensFingerprint(
  findings: readonly {
    ruleId: string;
    severity: string;
    measure: string | null;
    message: string;
  }[],
): string {
  return findings
    .map((f) => `${f.ruleId}\u0000${f.severity}\u0000${f.measure ?? ''}\u0000${f.message}`)
    .sort()
    .join('\u0001');
}
