import { exceedsDepth, MAX_PAYLOAD_DEPTH } from "../events/budget.js";
import { OVERSIZED_RESULT_NOTICE } from "./output.js";
import { firstViolation } from "../contract-errors.js";
import { FLOW_RESULT_STATUSES, type FlowResult } from "../contracts.js";
import { validateFlowResult } from "../generated/validators/flow-result.js";
import { redactor } from "../redact.js";
import { redacted } from "../redact-cut.js";

export const FLOW_RESULT_MARKER = "FLOW_RESULT ";

/** A parsed FlowResult, or the exact reason there is none. */
export type FlowResultParse = { result: FlowResult } | { error: string };

/** The largest FLOW_RESULT JSON read; the same as the longest line a step may print in one piece. */
export const MAX_FLOW_RESULT_BYTES = 4 * 1024 * 1024;

const STATUS_LIST = FLOW_RESULT_STATUSES.join(", ");
const QUOTED_LINE_CHARS = 200;

/**
 * Reads the FlowResult a step printed. Compatible rule: scan stdout lines from the last to the
 * first and take the first line containing `FLOW_RESULT `; the JSON after it must be a
 * FlowResult (schemas/flow-result.schema.json: an object with a valid `status`, and `next`,
 * `annotations` in their shapes when present). Accepts all stdout lines, all of stdout as one string, or just the
 * last FLOW_RESULT line.
 */
export function parseFlowResult(stdout: string | readonly string[] | undefined): FlowResultParse {
  const lines = typeof stdout === "string" ? stdout.split("\n") : (stdout ?? []);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index]!;
    if (line.includes(FLOW_RESULT_MARKER)) return flowResultFromLine(line);
  }
  return {
    error:
      'no FLOW_RESULT line on stdout; the step must print one line like FLOW_RESULT {"status":"completed"} ' +
      "(or default-export a function that returns a FlowResult)",
  };
}

function flowResultFromLine(line: string): FlowResultParse {
  if (line.startsWith(OVERSIZED_RESULT_NOTICE)) {
    return { error: `${line.slice("[flows-action] ".length)}; print a smaller result and write large data to a file instead` };
  }
  const json = line.slice(line.indexOf(FLOW_RESULT_MARKER) + FLOW_RESULT_MARKER.length).trim();
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_FLOW_RESULT_BYTES) return resultTooLarge(bytes);
  // Only for a reason: redacting a 4 MiB line costs milliseconds.
  const quoted = (): string => quote(line.trim());
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { error: `FLOW_RESULT line is not valid JSON: ${parseFailure(json, error)} (line: ${quoted()})` };
  }
  const depth = depthProblem(value);
  if (depth !== undefined) return { error: `${depth} (line: ${quoted()})` };
  const problem = flowResultProblem(value);
  return problem === undefined
    ? { result: value as FlowResult }
    : { error: `${problem} (line: ${quoted()})` };
}

/**
 * Reads the FlowResult a module-style step's default export returned (the JSON the wrapper wrote).
 * A problem is told as what the function returned, not as a line the step printed: it printed none.
 */
export function parseReturnedResult(json: string, scriptLabel: string): FlowResultParse {
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_FLOW_RESULT_BYTES) return resultTooLarge(bytes);
  const returned = (): string => `the default export of ${scriptLabel} returned ${quote(json.trim())}`;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // The wrapper wrote it with JSON.stringify; only a file changed behind its back gets here.
    return { error: `the result of ${scriptLabel}'s default export is not valid JSON: ${parseFailure(json, error)}` };
  }
  const depth = depthProblem(value);
  if (depth !== undefined) return { error: `${returned()}; ${depth.replace(/^FLOW_RESULT/, "the result")}` };
  const problem = flowResultProblem(value, RETURNED_NAMES);
  return problem === undefined ? { result: value as FlowResult } : { error: `${returned()}; ${problem}` };
}

/** How a problem names the result: a printed line by its marker, a returned value as "the result". */
type ResultNames = { whole: string; part: string };
const LINE_NAMES: ResultNames = { whole: "FLOW_RESULT", part: "FLOW_RESULT" };
const RETURNED_NAMES: ResultNames = { whole: "the result", part: "the result's" };

/**
 * Why JSON.parse refuses the text, in its words for the text redacted: the engine quotes a few
 * characters of what it could not read (V8: `Unexpected token 'd', "deployKey-"... is not valid
 * JSON`; JSC the whole word), and a secret printed in place of the JSON left its start there,
 * which no later redaction matches. Parsed again only when there is a secret to take out: a
 * failed parse of 4 MiB costs up to seconds. (A scanner that says where, src/json-text.ts, took
 * 6 s and 150 MB on such a text.)
 */
function parseFailure(json: string, error: unknown): string {
  const clean = redactor.redact(json);
  if (clean !== json) {
    try {
      JSON.parse(clean);
      return "it holds a secret where JSON was expected";
    } catch (redactedError) {
      error = redactedError;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

/** The reason for a FlowResult of `bytes` bytes, over MAX_FLOW_RESULT_BYTES. */
export function resultTooLarge(bytes: number): FlowResultParse {
  return { error: `FLOW_RESULT too large (${bytes} bytes, limit 4 MiB); print a smaller result and write large data to a file instead` };
}

/**
 * Why a value is not a FlowResult (schemas/flow-result.schema.json), or undefined when it is
 * one. Keys the contract does not name are kept.
 */
export function flowResultProblem(value: unknown, names: ResultNames = LINE_NAMES): string | undefined {
  if (validateFlowResult(value)) return undefined;
  if (!isRecord(value)) return `${names.whole} must be a JSON object with a "status", got ${describeJson(value)}`;
  const { field, reason } = firstViolation(validateFlowResult.errors, value);
  if (field === "status") {
    return "status" in value
      ? `${names.part} status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}`
      : `${names.whole} has no "status"; use one of ${STATUS_LIST}`;
  }
  const list = /^(next|annotations)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
  if (!list) return `${names.part} ${reason}`;
  const [, key = "", index, itemKey] = list;
  const [what, first, second] = key === "next" ? ["events", "id", "type"] : ["objects", "path", "message"];
  const item = index === undefined ? undefined : (value[key] as unknown[])[Number(index)];
  let detail: string;
  if (index === undefined) detail = `got ${describeJson(value[key])}`;
  else if (!isRecord(item)) detail = `item ${index} is ${describeJson(item)}`;
  else if (itemKey === first || itemKey === second) detail = `item ${index} has no string "${itemKey}"`;
  else return `${names.part} ${reason}`;
  return `${names.part} "${key}" must be an array of ${what} with string "${first}" and "${second}"; ${detail}`;
}

/** A result nested deeper than events may be would overflow the walks that store and report it. */
function depthProblem(value: unknown): string | undefined {
  if (!exceedsDepth(value, MAX_PAYLOAD_DEPTH)) return undefined;
  return `FLOW_RESULT nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep; flatten it`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The line, redacted whole before it is cut: a cut through a secret leaves a part no later redaction matches. */
function quote(line: string): string {
  const clean = redacted(line);
  const { text, cut } = clean.chars(QUOTED_LINE_CHARS);
  return cut === 0 ? clean.text : `${text}…`;
}
