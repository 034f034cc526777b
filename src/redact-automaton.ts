// Finding registered secrets in time linear in the text, however the secrets look. A step's
// `::add-mask::` lines are secrets too (src/action/step-masks.ts), and a step that echoes a pull
// request's body prints whatever its author wrote: 100 masks that share 40 characters (`qqq…qZ1`,
// `qqq…qZ2`, …) made the prefix index compare each of their 440 forms at every place of a line of
// `q`s (1 MB took 46 s; 1,000 masks, 390 s), and one 4,001-character mask `q…qZq…q` took 15 s,
// on every text the job redacts. An Aho-Corasick automaton reads each character of the text once
// (its failure links cost at most as many steps again), whatever the forms.
//
// Stored in typed arrays, about 30 bytes per character of the forms; a node with many children
// (a root under thousands of forms) finds them in a Map instead of walking the list.

import type { SecretFinder } from "./redact-spans.js";

/** Children past this many are looked up in a Map. */
const LISTED_CHILDREN = 8;

export class AutomatonFinder implements SecretFinder {
  /** Per node (0 is the root): the UTF-16 unit on the edge into it, its first child, its next sibling. */
  readonly #unit: Uint16Array;
  readonly #child: Int32Array;
  readonly #sibling: Int32Array;
  /** The node of the longest proper suffix of this node's text that is also a node. */
  readonly #fail: Int32Array;
  /** How many characters this node's text has. */
  readonly #depth: Int32Array;
  /** The length of the longest form that ends this node's text; 0 if none does. */
  readonly #longestForm: Int32Array;
  readonly #children = new Map<number, Map<number, number>>();
  /** 1 for a node whose children are in #children. */
  readonly #mapped: Uint8Array;
  /** 1 for a UTF-16 unit that begins some form: from the root, any other unit leads back to it. */
  readonly #begins = new Uint8Array(65_536);
  readonly #forms: readonly string[];
  readonly longest: number;
  matchLength = 0;

  constructor(forms: readonly string[]) {
    this.#forms = forms;
    this.longest = forms.reduce((longest, form) => Math.max(longest, form.length), 0);
    const size = forms.reduce((sum, form) => sum + form.length, 1);
    this.#unit = new Uint16Array(size);
    this.#child = new Int32Array(size).fill(-1);
    this.#sibling = new Int32Array(size).fill(-1);
    this.#fail = new Int32Array(size);
    this.#depth = new Int32Array(size);
    this.#longestForm = new Int32Array(size);
    this.#mapped = new Uint8Array(size);
    const childCount = new Int32Array(size);
    let nodes = 1;
    for (const form of forms) {
      let node = 0;
      for (let at = 0; at < form.length; at++) {
        const unit = form.charCodeAt(at);
        let next = this.#next(node, unit);
        if (next < 0) {
          next = nodes++;
          this.#unit[next] = unit;
          this.#depth[next] = at + 1;
          this.#sibling[next] = this.#child[node]!;
          this.#child[node] = next;
          childCount[node]! += 1;
          if (this.#mapped[node] === 1) this.#children.get(node)?.set(unit, next);
          else if (childCount[node]! > LISTED_CHILDREN) {
            this.#children.set(node, this.#childMap(node));
            this.#mapped[node] = 1;
          }
        }
        node = next;
      }
      if (form.length > 0) this.#longestForm[node] = form.length;
    }
    for (let child = this.#child[0]!; child >= 0; child = this.#sibling[child]!) this.#begins[this.#unit[child]!] = 1;
    // Failure links breadth first: a node's link is shallower, so already set.
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let child = this.#child[0]!; child >= 0; child = this.#sibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      if (this.#longestForm[node] === 0) this.#longestForm[node] = this.#longestForm[this.#fail[node]!]!;
      for (let child = this.#child[node]!; child >= 0; child = this.#sibling[child]!) {
        this.#fail[child] = this.#step(this.#fail[node]!, this.#unit[child]!);
        queue[tail++] = child;
      }
    }
  }

  /**
   * The first place at or after `from` where a form starts, and (matchLength) the longest form
   * that starts there; -1 if none does. Reads the text from `from` only as far as a form that
   * starts no later than the best place so far can reach.
   */
  find(text: string, from: number): number {
    let state = 0;
    let best = -1;
    let length = 0;
    for (let at = from; at < text.length; at++) {
      if (state === 0) {
        // At the root nothing is found yet (once something is, the root ends the search below), and
        // a unit that begins no form leads back to it: pass over those in a tight loop, without
        // a step each (most of a log line, for most secrets).
        while (at < text.length && this.#begins[text.charCodeAt(at)] === 0) at++;
        if (at === text.length) break;
      }
      state = this.#step(state, text.charCodeAt(at));
      // No form begun at or before `best` is still being read: none can start there any more.
      if (best >= 0 && this.#depth[state]! < at - best + 1) break;
      const found = this.#longestForm[state]!;
      if (found === 0) continue;
      const start = at - found + 1;
      if (best < 0 || start < best || (start === best && found > length)) {
        best = start;
        length = found;
      }
    }
    this.matchLength = length;
    return best;
  }

  /** The state after reading `unit` in `state`. */
  #step(state: number, unit: number): number {
    for (let node = state; ; node = this.#fail[node]!) {
      const next = this.#next(node, unit);
      if (next >= 0) return next;
      if (node === 0) return 0;
    }
  }

  /** Whether some form holds `part` (crossingEnd asks it of the characters either side of a line break). */
  holds(part: string): boolean {
    return this.#forms.some((form) => form.includes(part));
  }

  #next(node: number, unit: number): number {
    if (this.#mapped[node] === 1) return this.#children.get(node)?.get(unit) ?? -1;
    for (let child = this.#child[node]!; child >= 0; child = this.#sibling[child]!) if (this.#unit[child] === unit) return child;
    return -1;
  }

  #childMap(node: number): Map<number, number> {
    const map = new Map<number, number>();
    for (let child = this.#child[node]!; child >= 0; child = this.#sibling[child]!) map.set(this.#unit[child]!, child);
    return map;
  }
}
