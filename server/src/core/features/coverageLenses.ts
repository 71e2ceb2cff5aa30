/**
 * Code lenses of measure coverage: above each top-level section key of an engagement, the
 * status of the measure the section belongs to ("OPS.3.1.M2 · 2 errors · 1 warning").
 */
import type { MeasureId } from '../domain/measures';
import type { CoverageStatus } from '../coverage';
import type { FeatureContext } from './context';

export interface CoverageLens {
  /** The offsets of the section key the lens stands above. */
  start: number;
  end: number;
  measure: MeasureId;
  status: CoverageStatus;
  /** The lens text in the locale of the context's options. */
  title: string;
}

/** The coverage lenses of the document of `ctx` (none for a file without an engagement). */
export function coverageLenses(ctx: FeatureContext): CoverageLens[] {
  void ctx;
  return [];
}
