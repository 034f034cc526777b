import type { FlowDiagnostic } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { relativeInMessage } from "../flows/diagnostics.js";
import { problemsPlace } from "./problem-places.js";
import { allProblems, checkRenderArguments, flatten } from "./summary.js";
import { formatDuration, runMessage, statusLabel } from "./status.js";
import { redacted } from "../redact-cut.js";
import { terminalText } from "../terminal-text.js";

/** A run's line shows this much of its message; `flows show` has all of it. */
const MESSAGE_CHARS = 500;

export type TextOptions = { color?: boolean; baseDir?: string };

/**
 * A dispatch as terminal lines, for `flows fire`, `flows run` and `flows github`. Text from
 * outside (event ids and types, flow and step names, messages) is escaped for the terminal, one line
 * per field: a name from a hand-written flow.toml may hold U+200B, which the CLI's last guard
 * (src/cli/terminal-write.ts) leaves as it is.
 */
export function renderText(outcome: DispatchOutcome, options: TextOptions = {}): string {
  checkRenderArguments("renderText", outcome, options);
  const lines: string[] = [];
  for (const each of flatten(outcome)) {
    const handled = each.runs.filter((run) => run.alreadyHandled).length;
    const note = each.dryRun ? " (dry run)" : each.status === "duplicate" ? " (duplicate: nothing new ran)" : "";
    const reused = handled > 0 ? ` already handled: ${handled} step${handled === 1 ? "" : "s"}` : "";
    // `matched` counts the steps this dispatch runs (would run, in a dry run), not those handled before.
    const ran = each.dryRun ? `would-run=${each.matched}` : `ran=${each.matched}`;
    lines.push(`${bold(`event ${terminalText(each.eventId)}`, options)} type=${terminalText(each.event.type)} ${ran}${reused}${note}`);
    for (const run of each.runs) {
      const message = briefMessage(runMessage(run));
      lines.push(
        `  ${statusLabel(run)}  ${terminalText(run.flowName)}/${terminalText(run.stepName)}  ${formatDuration(run.durationMs)}${message ? `  ${message}` : ""}`,
      );
    }
    if (each.runs.length === 0) {
      lines.push("  nothing matched");
      for (const miss of each.mismatches) lines.push(`    ${terminalText(miss.flow.name)}/${terminalText(miss.step.name)}: ${terminalText(miss.message)}`);
    }
  }
  const problems = allProblems(outcome);
  if (problems.length > 0) {
    lines.push("", `${problems.length} problem${problems.length === 1 ? "" : "s"} ${problemsPlace(problems)}:`);
    for (const problem of problems) lines.push(`  ${formatProblem(problem, options)}`);
  }
  return lines.join("\n");
}

export function formatProblem(problem: FlowDiagnostic, options: TextOptions = {}): string {
  const file =
    options.baseDir && problem.file.startsWith(`${options.baseDir}/`)
      ? problem.file.slice(options.baseDir.length + 1)
      : problem.file;
  const where = [terminalText(file), problem.line, problem.column].filter((x) => x !== undefined).join(":");
  const label = problem.severity === "error" ? red("error", options) : yellow("warning", options);
  return `${where}: ${label}: ${terminalText(relativeInMessage(problem.message, options.baseDir))}`;
}

function bold(text: string, options: TextOptions): string {
  return options.color ? `\u001b[1m${text}\u001b[22m` : text;
}
function red(text: string, options: TextOptions): string {
  return options.color ? `\u001b[31m${text}\u001b[39m` : text;
}
function yellow(text: string, options: TextOptions): string {
  return options.color ? `\u001b[33m${text}\u001b[39m` : text;
}

/** One line of a message: escaped for the terminal, redacted before it is cut (no part of a secret is left). */
function briefMessage(message: string): string {
  const line = redacted(message).map(terminalText);
  const { text: kept, cut } = line.chars(MESSAGE_CHARS);
  return cut === 0 ? line.text : `${kept}… (${cut} more characters: \`flows show\` has the whole message)`;
}
