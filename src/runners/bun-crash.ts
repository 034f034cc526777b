// A raw step that throws is ended by Bun, which prints the error on stderr: the line of code, the
// message, where it was thrown, and its own version last:
//
//   2 | const x = ;
//                 ^
//   error: Unexpected ;
//       at /home/me/repo/flows/a/exec/s.ts:2:11
//
//   Bun v1.4.5 (Linux x64)
//
// A reason of "bun exited with code 1" sends the author to the log; this reads that report, so
// the one line a summary shows says what and where: `exec/s.ts:2:11: Unexpected ;`, as a
// module-style step's failure already does (its wrapper reads the error itself).

import { redacted } from "../redact-cut.js";

/** Lines looked at before Bun's last line: a report is a few lines, a long stack some more. */
const REPORT_LINES = 40;
/** The longest message kept: a summary line, not the whole error. */
const MESSAGE_CHARS = 300;

const TRAILER = /^Bun v\d+\.\d+\.\d+\S* \([^)]*\)$/;
const MESSAGE = /^(?:error|[A-Za-z_$][\w$]*(?:Error|Exception)): (.+)$/;
const FRAME = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

export type ScriptPlace = {
  /** The script's absolute path. */
  scriptPath: string;
  /** The script as flow.toml names it (exec/s.ts): files of the package are shown this way. */
  scriptLabel: string;
};

/**
 * `exec/s.ts:2:11: Unexpected ;` from the stderr lines of a step Bun ended with an uncaught
 * error, or undefined when they hold no such report (a step that exited by itself).
 */
export function bunCrashReason(stderr: readonly string[], place: ScriptPlace): string | undefined {
  let trailer = -1;
  for (let i = stderr.length - 1; i >= Math.max(0, stderr.length - REPORT_LINES) && trailer < 0; i -= 1) {
    if (TRAILER.test(stderr[i] ?? "")) trailer = i;
  }
  if (trailer < 0) return undefined;
  let messageAt = -1;
  for (let i = trailer - 1; i >= Math.max(0, trailer - REPORT_LINES) && messageAt < 0; i -= 1) {
    if (MESSAGE.test(stderr[i] ?? "")) messageAt = i;
  }
  if (messageAt < 0) return undefined;
  const [, message = ""] = MESSAGE.exec(stderr[messageAt] ?? "") ?? [];
  const shown = (stderr[messageAt] ?? "").startsWith("error: ") ? message : (stderr[messageAt] ?? "");
  // Redacted before the cut: a cut through a secret in the message leaves its start, which no later redaction matches.
  const text = redacted(shown).clip(MESSAGE_CHARS + 1);
  const frames = stderr
    .slice(messageAt + 1, trailer)
    .map((line) => FRAME.exec(line))
    .filter((frame): frame is RegExpExecArray => frame !== null)
    .map(([, file = "", line, column]) => ({ file, line, column, label: fileLabel(file, place) }));
  // The first frame in the package (the step's own code), else the first of all (a package it imports).
  const frame = frames.find((candidate) => candidate.label !== candidate.file) ?? frames[0];
  return frame === undefined ? text : `${frame.label}:${frame.line}:${frame.column}: ${text}`;
}

/** The script as its label; another file of the package relative to the package; else as it is. */
function fileLabel(file: string, place: ScriptPlace): string {
  if (file === place.scriptPath) return place.scriptLabel;
  const root = place.scriptPath.endsWith(place.scriptLabel) ? place.scriptPath.slice(0, place.scriptPath.length - place.scriptLabel.length) : undefined;
  return root && root.length > 1 && file.startsWith(root) ? file.slice(root.length) : file;
}
