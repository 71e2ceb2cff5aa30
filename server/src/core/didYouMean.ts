/** Did-you-mean suggestions for typos in keys, enum values and ids. */

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The candidate closest to `input`, when it is close enough to be a plausible typo:
 * at most a third of the longer word differs (case and separators count lightly).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const normalize = (s: string) => s.toLowerCase().replace(/[-_ .]/g, '');
  const wanted = normalize(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) return undefined;
    const distance = editDistance(wanted, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(wanted.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}
