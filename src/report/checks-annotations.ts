import type { FlowDiagnostic, FlowRunView } from "../contracts.js";
import { isObject, type JsonObject } from "../events/fields.js";
import { redacted } from "../redact-cut.js";
import type { CheckAnnotationInput, CheckAnnotationLevel, CheckOutput } from "../github/checks.js";
import { holdsHiddenCharacter } from "../flows/hidden-name.js";
import { cutToBytes, showHiddenCharacters, withoutColours } from "./markdown.js";
import { boundOutput, plainText, SHOWN_MARGIN_BYTES } from "./checks-text.js";

// https://docs.github.com/rest/checks/runs#update-a-check-run: at most 50 annotations per
// request; message and raw details at most 64 KB, title at most 255 characters.
export const ANNOTATIONS_PER_REQUEST = 50;
/** We send at most this many per check run (20 requests), and say how many were left out. */
export const MAX_ANNOTATIONS_PER_CHECK = 1_000;
const MESSAGE_BYTES = 8 * 1024;
const TITLE_CHARS = 255;
const LEVELS: readonly CheckAnnotationLevel[] = ["notice", "warning", "failure"];

export type AnnotationSet = {
  annotations: CheckAnnotationInput[];
  /** Items that were not usable annotations (no path, a path outside the repository...). */
  malformed: number;
};

/**
 * Annotations counted in full but built (escaped, redacted, cut) only as far as they are sent: a
 * 4 MiB FLOW_RESULT holds some 100,000 small ones, and building them all before the cap of
 * MAX_ANNOTATIONS_PER_CHECK took most of a second and the memory of every one.
 */
export type Annotations = {
  /** How many there are, sent or not. */
  readonly count: number;
  /** The first `limit`, built. */
  first(limit: number): CheckAnnotationInput[];
};

/** A step's annotations, lazily built (see Annotations), and how many items were not usable. */
export type StepAnnotations = Annotations & { readonly malformed: number };

export const NO_ANNOTATIONS: Annotations = { count: 0, first: () => [] };

/** The `annotations` of a run's FLOW_RESULT, checked item by item (the step is untrusted); built when taken. */
export function stepAnnotations(run: FlowRunView): StepAnnotations {
  const raw = run.resultPayload?.annotations as unknown;
  if (!Array.isArray(raw)) return { ...NO_ANNOTATIONS, malformed: raw === undefined ? 0 : 1 };
  // Whether an item is usable is a cheap look at its path and message; only building one costs.
  let count = 0;
  for (const item of raw) if (isUsable(item)) count++;
  const first = (limit: number): CheckAnnotationInput[] => {
    const built: CheckAnnotationInput[] = [];
    for (let index = 0; index < raw.length && built.length < limit; index++) {
      const annotation = fromFlowAnnotation(raw[index]);
      if (annotation) built.push(annotation);
    }
    return built;
  };
  return { count, malformed: raw.length - count, first };
}

/** Every usable annotation of a run's FLOW_RESULT, built: see stepAnnotations for what is sent. */
export function runAnnotations(run: FlowRunView): AnnotationSet {
  const all = stepAnnotations(run);
  return { annotations: all.first(all.count), malformed: all.malformed };
}

/** Annotations already built (a flow package's problems: as many as the repository's packages have). */
export function builtAnnotations(annotations: readonly CheckAnnotationInput[]): Annotations {
  return { count: annotations.length, first: (limit) => annotations.slice(0, limit) };
}

/** One after another, each built only as far as the limit reaches. */
export function joinedAnnotations(parts: readonly Annotations[]): Annotations {
  return {
    count: parts.reduce((sum, part) => sum + part.count, 0),
    first(limit: number): CheckAnnotationInput[] {
      const built: CheckAnnotationInput[] = [];
      for (const part of parts) {
        if (built.length >= limit) break;
        if (part.count > 0) built.push(...part.first(limit - built.length));
      }
      return built;
    },
  };
}

/** What fromFlowAnnotation builds an annotation from: a path inside the repository and a message. */
function isUsable(item: unknown): item is JsonObject {
  return isObject(item) && typeof item.message === "string" && /\S/.test(item.message) && checkedPath(item.path) !== undefined;
}

function fromFlowAnnotation(item: unknown): CheckAnnotationInput | undefined {
  if (!isUsable(item)) return undefined;
  const path = repositoryPath(item.path);
  const message = (item.message as string).trim();
  if (!path) return undefined;
  const startLine = positive(item.line) ?? 1;
  const endLine = Math.max(startLine, positive(item.endLine) ?? startLine);
  const column = positive(item.column);
  const level = LEVELS.includes(item.level as CheckAnnotationLevel) ? (item.level as CheckAnnotationLevel) : "warning";
  const title = typeof item.title === "string" ? plainText(item.title, TITLE_CHARS) : "";
  return {
    path,
    startLine,
    endLine,
    ...(column !== undefined && startLine === endLine ? { startColumn: column } : {}),
    level,
    message: annotationMessage(message),
    ...(title ? { title } : {}),
  };
}

/**
 * Manifest and schema problems as annotations. Only problems in a file inside the repository
 * can point at a line; the rest stay in the summary. The engine names every file by its absolute
 * path, and what is no file by a name that never is one (`input "flows-path"`, `FlowResult.next`,
 * `FlowResult.next of a/b`): so a file is one under `repoRoot`, spaces and all
 * (`flows/my flow/flow.toml`). Without `repoRoot` (the fork handover's publisher, whose checkout
 * is not the fork's) no problem is annotated.
 */
export function problemAnnotations(problems: readonly FlowDiagnostic[], repoRoot?: string): CheckAnnotationInput[] {
  const annotations: CheckAnnotationInput[] = [];
  for (const problem of problems) {
    const inRepository = repoRoot === undefined ? undefined : relativeTo(problem.file, repoRoot);
    const path = inRepository === undefined ? undefined : repositoryPath(inRepository);
    if (!path) continue;
    const line = positive(problem.line) ?? 1;
    const column = positive(problem.column);
    annotations.push({
      path,
      startLine: line,
      endLine: line,
      ...(column !== undefined ? { startColumn: column } : {}),
      level: problem.severity === "error" ? "failure" : "warning",
      message: annotationMessage(problem.message),
      title: "flows-action: flow package problem",
    });
  }
  return annotations;
}

/** Groups of at most `size`: the first goes with the completion, the rest in further updates. */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

// Annotation messages are shown as plain text; mentions are still broken so nobody is pinged, and
// control characters and bidirectional controls are shown as `<U+0001>`, `<U+202E>`, colours removed.
// Redacted after colours are removed (they can split a secret) and before the zero-width spaces
// go in: a secret holding `@x` no longer matches once the zero-width space is in.
//
// Shown only in the part that can be shown (showing never shortens text): shown whole, the
// messages of a 4 MiB FLOW_RESULT took seconds. The bytes cut count those left out of that part
// as given, the rest as shown.
function annotationMessage(text: string): string {
  const part = redacted(withoutColours(text)).part("head", MESSAGE_BYTES + SHOWN_MARGIN_BYTES);
  const clean = part.text.map((line) =>
    // Hidden characters are shown before mentions are broken with a zero-width space of our own.
    showHiddenCharacters(line).replace(/@(?=[\w-])/g, "@\u200b"),
  );
  return cutToBytes(clean.text, MESSAGE_BYTES, (n) => `… ${n + part.cut} more bytes cut`);
}

/**
 * A path relative to the repository root, or undefined when it is absolute or escapes it. Then
 * redacted like the message (a step may name a file after a secret), here where the annotation
 * is built and not only in the GitHub client's last pass over the request.
 */
function repositoryPath(value: unknown): string | undefined {
  const path = checkedPath(value);
  return path === undefined ? undefined : redacted(path).text;
}

/**
 * Without the `./` it starts with, however many. Not `/^(\.\/)+/`: V8 keeps a backtrack entry for
 * each `./` of that group, and on Node 24 a path of 4 million of them threw "Maximum call stack
 * size exceeded" where the run's annotations were made.
 */
function withoutLeadingDotSlashes(path: string): string {
  let start = 0;
  while (path.startsWith("./", start)) start += 2;
  return path.slice(start);
}

function checkedPath(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const path = withoutLeadingDotSlashes(value.trim().replace(/\\/g, "/"));
  if (!path || path.length > 1024 || path.startsWith("/") || /^[A-Za-z]:/.test(path)) return undefined;
  // An empty or `..` segment: a regular expression, as splitting every path was most of the
  // cost of counting 100,000 annotations.
  if (/(?:^|\/)(?:\.\.)?(?:\/|$)/.test(path) || /[\u0000-\u001f]/.test(path)) return undefined;
  // GitHub shows the path as it is: `src/\u202egnp.ts` reads as `src/st.png`. The rule for
  // names (a bidirectional control, an invisible character, a tag character outside a flag).
  if (holdsHiddenCharacter(path)) return undefined;
  return path;
}

/** `file` relative to `root` when it is an absolute path under it; else undefined. */
function relativeTo(file: string, root: string): string | undefined {
  const base = root.replace(/\/+$/, "");
  return base !== "" && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/**
 * A completion's output with its first 50 annotations (the rest of at most `maxAnnotations`, in
 * batches of 50, for further updates), bounded to GitHub's sizes; the summary says how many
 * annotations past the cap were not attached. Only those attached are built.
 */
export function annotatedOutput(
  full: CheckOutput,
  annotations: Annotations = NO_ANNOTATIONS,
  maxAnnotations = MAX_ANNOTATIONS_PER_CHECK,
): { output: CheckOutput; rest: CheckAnnotationInput[][] } {
  const limit = Math.max(0, Math.min(maxAnnotations, MAX_ANNOTATIONS_PER_CHECK));
  const [first = [], ...rest] = batches(annotations.first(limit));
  const cut = annotations.count - limit;
  const summary = cut > 0 ? `${full.summary}\n\n${cut} more annotation${cut === 1 ? " was" : "s were"} not attached.` : full.summary;
  return { output: boundOutput({ ...full, summary, annotations: first }), rest };
}
