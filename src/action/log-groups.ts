import type { FlowRunView } from "../contracts.js";
import type { DispatchObserver } from "../engine/dispatch.js";
import { logLine, logOutputLine, logText } from "../log-text.js";
import { type Redactor, redactor as sharedRedactor } from "../redact.js";
import { redacted } from "../redact-cut.js";
import type { ActionIO } from "./io.js";
import { StepMasks } from "./step-masks.js";
import { StreamLineHolds } from "../wrapped-lines.js";

// A buffered step keeps at most this much of its output for the log; the rest is counted.
// The summary and check runs hold the output tail either way.
const BUFFER_LIMIT_CHARS = 1024 * 1024;
/** A step's status line shows this much of its message (the summary and outputs have it all). */
const STATUS_MESSAGE_CHARS = 500;

type Buffered = { run: FlowRunView; lines: string[]; chars: number; dropped: number; hold: StreamLineHolds };

/**
 * One log group per step, opened and closed once, never inside another (the runner's groups
 * cannot nest or interleave). The first step to start streams live into its group; steps
 * running beside it are buffered, and each is printed as a whole group when the live one
 * closes. Then the longest-running buffered step becomes the live one. Step output is
 * printed as plain text: the runner parses no workflow command from it, and its bidirectional
 * controls and invisible format characters are shown as escapes (src/log-text.ts). Lines that
 * may be base64 or hex wrapped over lines are held until the text ends (each stream's apart), so that a secret's
 * encoding across them is masked (src/wrapped-lines.ts). A step's `::add-mask::<value>` is done
 * as the runner would do it, before the line is shown (./step-masks.ts).
 */
export function logGroups(
  io: Pick<ActionIO, "startGroup" | "endGroup" | "plain" | "info" | "setSecret" | "warning">,
  redactor: Redactor = sharedRedactor,
): DispatchObserver {
  let live: string | undefined;
  const masks = new StepMasks(io, redactor);
  const running = new Map<string, Buffered>();
  const ended: Array<{ buffered: Buffered; run: FlowRunView }> = [];

  const open = (buffered: Buffered): void => {
    live = buffered.run.id;
    io.startGroup(title(buffered.run));
    printBuffered(buffered);
  };
  const printBuffered = (buffered: Buffered): void => {
    if (buffered.lines.length > 0) io.plain(buffered.lines.join("\n"));
    if (buffered.dropped > 0) io.info(`(${buffered.dropped} more lines of output are not in the log; the job summary shows the output tail when it has room for this step's details)`);
    buffered.lines = [];
    buffered.chars = 0;
  };
  const buffer = (run: FlowRunView): Buffered => {
    const buffered: Buffered = { run, lines: [], chars: 0, dropped: 0, hold: new StreamLineHolds((line) => show(buffered, logOutputLine(line)), redactor) };
    return buffered;
  };
  const show = (buffered: Buffered, line: string): void => {
    if (buffered.run.id === live) {
      io.plain(line);
      return;
    }
    if (buffered.chars + line.length > BUFFER_LIMIT_CHARS) {
      buffered.dropped += 1;
      return;
    }
    buffered.lines.push(line);
    buffered.chars += line.length + 1;
  };
  const close = (run: FlowRunView): void => {
    io.endGroup();
    io.info(statusLine(run));
  };

  return {
    onStepStart(run) {
      const buffered = buffer(run);
      running.set(run.id, buffered);
      if (live === undefined) open(buffered);
    },
    onStepLine(run, stream, raw) {
      masks.line(raw);
      running.get(run.id)?.hold.push(stream, raw);
    },
    onStepEnd(run) {
      const buffered = running.get(run.id) ?? buffer(run);
      buffered.hold.flush();
      running.delete(run.id);
      if (live !== undefined && run.id !== live) {
        ended.push({ buffered, run });
        return;
      }
      if (run.id === live) {
        close(run);
        live = undefined;
      } else {
        // Ended without a start (a step that could not begin): a group of its own.
        io.startGroup(title(run));
        printBuffered(buffered);
        close(run);
      }
      for (const done of ended.splice(0)) {
        io.startGroup(title(done.run));
        printBuffered(done.buffered);
        close(done.run);
      }
      const next = running.values().next();
      if (!next.done) open(next.value);
    },
  };
}

function title(run: FlowRunView): string {
  return logText(`${run.flowName}/${run.stepName}`);
}

function statusLine(run: FlowRunView): string {
  const why = run.error ?? (typeof run.resultPayload?.message === "string" ? run.resultPayload.message : undefined);
  return logLine(`${title(run)}: ${run.effectiveStatus}${why ? ` — ${firstLine(why)}` : ""}`);
}

/** The message's first line, cut to one screen; redacted before the cut, so no part of a secret is left. */
function firstLine(message: string): string {
  const line = redacted(message).map((text) => text.split("\n")[0] ?? "");
  const { text: kept, cut } = line.chars(STATUS_MESSAGE_CHARS);
  return cut === 0 ? line.text : `${kept}… (${cut} more characters: the job summary and the results output have the message)`;
}
