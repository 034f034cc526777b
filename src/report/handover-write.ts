// Writing the fork handover: what the pull request's job hands to the trusted workflow_run job.
// The publisher holds the file to the rules of schemas/handover.schema.json and to a file size
// (handover-validate.ts, MAX_HANDOVER_FILE_BYTES), and refuses the whole file for one field
// past them: so the writer trims every field to those rules first. A value a step may produce
// (a NUL byte in its output, a `next` event id of 2,000 characters, 100 results of 200 KB each)
// cost the pull request its whole report when the writer left it as it was.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FlowDiagnostic, FlowRunAttempt, FlowRunView } from "../contracts.js";
import { sha256Hex } from "../hash.js";
import { redactor } from "../redact.js";
import { redacted } from "../redact-cut.js";
import { type Handover, HANDOVER_LIMITS, parseHandover } from "./handover-validate.js";
import { cutToBytes } from "./markdown.js";

export const HANDOVER_FILE = "flows-report.json";
/** Larger files are not unpacked by the publisher. */
export const MAX_HANDOVER_FILE_BYTES = 16 * 1024 * 1024;
/** What the writer aims for: half the publisher's cap, so the archive stays well inside its 8 MiB too. */
const WRITE_FILE_BYTES = MAX_HANDOVER_FILE_BYTES / 2;
const WRITE_OUTPUT_BYTES = 16 * 1024;
const WRITE_ATTEMPT_ERROR_BYTES = 4 * 1024;
/** A result cut to make room: its status and the start of its message. */
const BRIEF_MESSAGE_CHARS = 4096;

/**
 * Writes `<dir>/flows-report.json`, trimmed to what a publisher accepts (output tails, the
 * event without its webhook payload, capped counts, lengths and characters, the file's size),
 * and checked by the publisher's own rules.
 */
export async function writeHandover(dir: string, data: Handover): Promise<string> {
  const { github: _webhook, ...payload } = (data.event.payload ?? {}) as Record<string, unknown>;
  // Redacted before it is checked: the file leaves the job as an artifact anyone can download.
  const trimmed: Handover = redactor.redactValue({
    ...data,
    event: { ...data.event, id: eventId(data.event.id), payload: JSON.stringify(payload).length > HANDOVER_LIMITS.payload ? {} : payload },
    prNumbers: data.prNumbers.slice(0, HANDOVER_LIMITS.pullRequests),
    runs: data.runs.slice(0, HANDOVER_LIMITS.runs).map(trimRun),
    ...(data.problems ? { problems: data.problems.slice(0, HANDOVER_LIMITS.problems).map(trimProblem) } : {}),
  });
  let text = JSON.stringify(trimmed);
  // Still too large (many big results): the largest results give way to their brief form first.
  const bySize = trimmed.runs
    .map((run, index) => ({ index, size: run.resultPayload ? JSON.stringify(run.resultPayload).length : 0 }))
    .sort((a, b) => b.size - a.size);
  for (const { index } of bySize) {
    if (Buffer.byteLength(text, "utf8") <= WRITE_FILE_BYTES) break;
    const run = trimmed.runs[index] as FlowRunView;
    if (!run.resultPayload) continue;
    run.resultPayload = briefResult(run.resultPayload, "too large to hand over beside the other results");
    // The brief form is a result of its own, not a part of the whole.
    delete run.wholeResult;
    text = JSON.stringify(trimmed);
  }
  parseHandover(trimmed, { repository: data.repository, headSha: data.headSha });
  await mkdir(dir, { recursive: true });
  const file = join(dir, HANDOVER_FILE);
  await writeFile(file, `${text}\n`);
  return file;
}

function trimRun(run: FlowRunView): FlowRunView {
  const briefed = run.resultPayload !== undefined && JSON.stringify(run.resultPayload).length > HANDOVER_LIMITS.result;
  const { wholeResult, ...rest } = run;
  return {
    ...rest,
    // The brief form is a result of its own, not a part of the whole.
    ...(wholeResult && !briefed ? { wholeResult } : {}),
    eventId: eventId(run.eventId),
    attempts: run.attempts.slice(-HANDOVER_LIMITS.attempts).map(trimAttempt),
    ...(run.output ? { output: tail(run.output, WRITE_OUTPUT_BYTES) } : {}),
    ...(run.error ? { error: multiline(cutToBytes(run.error, WRITE_OUTPUT_BYTES, (n) => `… ${n} more bytes cut`)) } : {}),
    ...(run.resultPayload && briefed ? { resultPayload: briefResult(run.resultPayload, "too large to hand over") } : {}),
  };
}

function trimAttempt(attempt: FlowRunAttempt): FlowRunAttempt {
  if (attempt.error === undefined) return attempt;
  return { ...attempt, error: multiline(cutToBytes(attempt.error, WRITE_ATTEMPT_ERROR_BYTES, (n) => `… ${n} more bytes cut`)) };
}

function trimProblem(problem: FlowDiagnostic): FlowDiagnostic {
  // Redacted before the cut, which could leave the start of a secret no later redaction matches.
  const file = oneLine(redacted(problem.file).chars(HANDOVER_LIMITS.problemFile).text);
  return { ...problem, file, message: multiline(redacted(problem.message).chars(HANDOVER_LIMITS.problemMessage).text) };
}

function briefResult(result: NonNullable<FlowRunView["resultPayload"]>, why: string): NonNullable<FlowRunView["resultPayload"]> {
  const message = redacted(String(result.message ?? "")).chars(BRIEF_MESSAGE_CHARS - 64).text;
  return { status: result.status, message: `${message} (FLOW_RESULT cut: ${why})` };
}

/**
 * An event id the publisher takes: at most HANDOVER_LIMITS.eventId characters. A longer one (a
 * `next` event's id is the step's to choose) keeps its start and a digest of the whole, so two
 * long ids stay two ids.
 */
function eventId(id: string): string {
  if (id.length <= HANDOVER_LIMITS.eventId) return id;
  return `${redacted(id).chars(HANDOVER_LIMITS.eventId - 40).text}…${sha256Hex(id).slice(0, 32)}`;
}

/** Output and errors: any text but NUL, which the publisher refuses (a step may print one). */
function multiline(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD");
}

/** The end of a text; redacted whole first, so the cut cannot leave the end of a secret. */
function tail(raw: string, maxBytes: number): string {
  const text = redacted(raw).map(multiline);
  if (text.bytes <= maxBytes) return text.text;
  const kept = text.tail(maxBytes);
  return `… ${kept.cut} bytes cut …\n${kept.text}`;
}
