// "Did you mean" for a name typed wrong: a command or option of `flows`, a key in flow.toml.

/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  const wanted = value.toLowerCase();
  const allowed = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a long name (a key of 100,000
    // characters in a hostile flow.toml) is compared with nothing, in no time and no memory.
    if (Math.abs(candidate.length - value.length) > allowed) continue;
    const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance, with a swap of two neighbours counted as one edit; once it is sure to
 * be past `bound`, any number past it. Three rows, and a stop as soon as two rows in a row are
 * past the bound (a later cell comes from one of them): trigger types are checked on every
 * load, and most are far from every name.
 */
export function editDistance(a: string, b: string, bound: number): number {
  const cols = b.length + 1;
  let older: number[] = [];
  let previous = Array.from({ length: cols }, (_, j) => j);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i += 1) {
    const row = new Array<number>(cols);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, older[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound && previousMin > bound) return bound + 1;
    older = previous;
    previous = row;
    previousMin = rowMin;
  }
  return previous[b.length]!;
}
