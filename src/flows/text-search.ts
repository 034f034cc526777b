// Substring search in time linear in the text, for contains() on payload text. V8's
// String.prototype.includes is not: its Boyer-Moore tables see only a needle's last 250
// characters, so `a…a b a…a` (a thousand characters) in ten million `a`s took 4.7 s, and a
// 100,000-character needle in 1 MB took 41 s, in one native call that no deadline can stop.
// Both texts can be a stranger's (`contains(event.payload.comment.body, event.payload.issue.body)`).
//
// Longer needles use the two-way algorithm (Crochemore and Perrin, 1991; as glibc's memmem):
// at most 2n comparisons for a text of n characters, and no memory beyond a few numbers, so a
// needle of millions of characters costs no table.

/** Needles up to this length go to V8's own search: its tables then cover the whole needle. */
const NATIVE_NEEDLE_MAX = 200;

/** Whether `text` contains `needle`, comparing UTF-16 units as includes() does, in linear time. */
export function includesLinear(text: string, needle: string): boolean {
  if (needle.length <= NATIVE_NEEDLE_MAX || needle.length > text.length) return text.includes(needle);
  return twoWayIndex(text, needle) >= 0;
}

/**
 * The maximal suffix of `x` for the ordering of its units (`reverse` for the opposite ordering):
 * where it starts, less one, and its period.
 */
function maximalSuffix(x: string, reverse: boolean): [start: number, period: number] {
  const m = x.length;
  let start = -1;
  let j = 0;
  let k = 1;
  let period = 1;
  while (j + k < m) {
    const a = x.charCodeAt(j + k);
    const b = x.charCodeAt(start + k);
    if (reverse ? a > b : a < b) {
      j += k;
      k = 1;
      period = j - start;
    } else if (a === b) {
      if (k === period) {
        j += period;
        k = 1;
      } else {
        k++;
      }
    } else {
      start = j;
      j = start + 1;
      k = 1;
      period = 1;
    }
  }
  return [start, period];
}

/** The first index of `x` in `y` (x not empty), or -1; the two-way algorithm. */
export function twoWayIndex(y: string, x: string): number {
  const m = x.length;
  const n = y.length;
  const [i1, p1] = maximalSuffix(x, false);
  const [i2, p2] = maximalSuffix(x, true);
  // The critical factorization: x = x[0..ell] x[ell+1..], and the period of x.
  const ell = Math.max(i1, i2);
  let period = i1 > i2 ? p1 : p2;
  if (x.slice(0, ell + 1) === x.slice(period, period + ell + 1)) {
    // x is periodic: remember how much of the period the last shift kept matched.
    let j = 0;
    let memory = -1;
    while (j <= n - m) {
      let i = Math.max(ell, memory) + 1;
      while (i < m && x.charCodeAt(i) === y.charCodeAt(i + j)) i++;
      if (i >= m) {
        i = ell;
        while (i > memory && x.charCodeAt(i) === y.charCodeAt(i + j)) i--;
        if (i <= memory) return j;
        j += period;
        memory = m - period - 1;
      } else {
        j += i - ell;
        memory = -1;
      }
    }
    return -1;
  }
  period = Math.max(ell + 1, m - ell - 1) + 1;
  let j = 0;
  while (j <= n - m) {
    let i = ell + 1;
    while (i < m && x.charCodeAt(i) === y.charCodeAt(i + j)) i++;
    if (i >= m) {
      i = ell;
      while (i >= 0 && x.charCodeAt(i) === y.charCodeAt(i + j)) i--;
      if (i < 0) return j;
      j += period;
    } else {
      j += i - ell;
    }
  }
  return -1;
}
