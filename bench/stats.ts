/** Summaries of repeated measurements: median and 95th percentile (nearest rank). */

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  /** The largest value (a request that waited for a blocked thread shows here, not in p95). */
  max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { runs: 0, median: NaN, p95: NaN, max: NaN };
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    runs: sorted.length,
    median,
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1],
  };
}

/**
 * Milliseconds per call of `first` and `second`, measured alternately (so that machine load
 * hits both alike) `runs` times after warm-up calls; each run repeats a call `repeat` times.
 */
export function compareRuns(
  first: () => unknown,
  second: () => unknown,
  runs: number,
  repeat: number,
): [Summary, Summary] {
  const samples: [number[], number[]] = [[], []];
  const once = (run: () => unknown) => {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) run();
    return (performance.now() - start) / repeat;
  };
  for (let warm = 0; warm < 3; warm++) [first, second].forEach(once);
  for (let i = 0; i < runs; i++) {
    samples[0].push(once(first));
    samples[1].push(once(second));
  }
  return [summarize(samples[0]), summarize(samples[1])];
}

/** Rejects when `promise` takes longer than `ms`. */
export async function withTimeout<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
