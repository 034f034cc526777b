import { exceedsDepth, MAX_PAYLOAD_DEPTH } from "../events/budget.js";
import { OVERSIZED_RESULT_NOTICE } from "./output.js";
import { FLOW_RESULT_STATUSES, type FlowResult, isFlowResultStatus } from "../contracts.js";

export const FLOW_RESULT_MARKER = "FLOW_RESULT ";

/** A parsed FlowResult, or the exact reason there is none. */
export type FlowResultParse = { result: FlowResult } | { error: string };

/** The largest FLOW_RESULT JSON read; the same as the longest line a step may print in one piece. */
export const MAX_FLOW_RESULT_BYTES = 4 * 1024 * 1024;

const STATUS_LIST = FLOW_RESULT_STATUSES.join(", ");
const QUOTED_LINE_CHARS = 200;

/**
 * Reads the FlowResult a step printed. Compatible rule: scan stdout lines from the last to the
 * first and take the first line containing `FLOW_RESULT `; the JSON after it must be an object
 * with a valid `status`. Accepts all stdout lines, all of stdout as one string, or just the
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
  if (bytes > MAX_FLOW_RESULT_BYTES) {
    return { error: `FLOW_RESULT too large (${bytes} bytes, limit 4 MiB); print a smaller result and write large data to a file instead` };
  }
  const quoted = quote(line.trim());
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `FLOW_RESULT line is not valid JSON: ${reason} (line: ${quoted})` };
  }
  const depth = depthProblem(value);
  if (depth !== undefined) return { error: `${depth} (line: ${quoted})` };
  const problem = flowResultProblem(value);
  return problem === undefined
    ? { result: value as FlowResult }
    : { error: `${problem} (line: ${quoted})` };
}

/** Why a value is not a FlowResult, or undefined when it is one (loose on extension fields). */
export function flowResultProblem(value: unknown): string | undefined {
  if (!isRecord(value)) {
    return `FLOW_RESULT must be a JSON object with a "status", got ${describeJson(value)}`;
  }
  if (!("status" in value)) {
    return `FLOW_RESULT has no "status"; use one of ${STATUS_LIST}`;
  }
  if (!isFlowResultStatus(value.status)) {
    return `FLOW_RESULT status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}`;
  }
  if (value.next !== undefined) {
    const problem = listProblem(value.next, ["id", "type"]);
    if (problem !== undefined) {
      return `FLOW_RESULT "next" must be an array of events with string "id" and "type"; ${problem}`;
    }
  }
  if (value.annotations !== undefined) {
    const problem = listProblem(value.annotations, ["path", "message"]);
    if (problem !== undefined) {
      return `FLOW_RESULT "annotations" must be an array of objects with string "path" and "message"; ${problem}`;
    }
  }
  return undefined;
}

/** A result nested deeper than events may be would overflow the walks that store and report it. */
function depthProblem(value: unknown): string | undefined {
  if (!exceedsDepth(value, MAX_PAYLOAD_DEPTH)) return undefined;
  return `FLOW_RESULT nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep; flatten it`;
}

function listProblem(value: unknown, stringKeys: readonly string[]): string | undefined {
  if (!Array.isArray(value)) return `got ${describeJson(value)}`;
  for (const [index, item] of value.entries()) {
    if (!isRecord(item)) return `item ${index} is ${describeJson(item)}`;
    for (const key of stringKeys) {
      if (typeof item[key] !== "string") return `item ${index} has no string "${key}"`;
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function quote(line: string): string {
  return line.length > QUOTED_LINE_CHARS ? `${line.slice(0, QUOTED_LINE_CHARS)}…` : line;
}
