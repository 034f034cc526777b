// The shape of an answer's text, measured before JSON.parse builds it. JSON.parse has no limits:
// 10 MB of `[[[[…` (5 million levels) or of `{},{},…` (5 million objects) took 500–750 MB of
// memory to build, and the depth check after the parse came too late to help. One pass over the
// text, aware of strings and their escapes, counts the nesting and the objects and arrays; the
// text is refused past either limit, so what is parsed costs a few times its size at most.

/**
 * Most objects and arrays one answer may hold, counted in its text before it is parsed: each costs
 * 50–100 bytes once built, so an answer of 16 MiB of `{},` (5 million objects) took 700 MB. A run
 * list holds at most 1,000 runs (dispatch-result.ts), each run view about 10 objects and arrays of
 * its own: this leaves about 500 per run for its result payload (or an echoed event). At the cap,
 * 500,000 empty objects (1.5 MB of text) raised the peak RSS of the process by about 85 MB. The older runtime's `resultJson` texts inside an answer share
 * one more such budget (normalize.ts).
 */
export const MAX_ANSWER_CONTAINERS = 500_000;

/** What a run view's JSON texts (`resultJson`) may still hold, shared by the runs of one answer. */
export type ContainerBudget = { left: number };

export type AnswerShape =
  | { ok: true; containers: number }
  /** `depth`: nested deeper than the limit; `containers`: more objects and arrays than it. */
  | { ok: false; exceeded: "depth" | "containers" };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether `text` nests at most `maxDepth` levels and holds at most `maxContainers` objects and
 * arrays. Only brackets outside strings count; text that is not JSON is measured all the same
 * (JSON.parse refuses it afterwards), so the answer is exact for valid JSON and bounded for any.
 */
export function answerShape(text: string, limits: { maxDepth: number; maxContainers: number }): AnswerShape {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth++;
      containers++;
      if (depth > limits.maxDepth) return { ok: false, exceeded: "depth" };
      if (containers > limits.maxContainers) return { ok: false, exceeded: "containers" };
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) depth--;
  }
  return { ok: true, containers };
}
