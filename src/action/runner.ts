import * as core from "@actions/core";
import { constants, closeSync, existsSync, openSync, statSync } from "node:fs";
import { EOL } from "node:os";
import { randomHex } from "../hash.js";
import { showBidiControls } from "../log-text.js";
import { type Redactor, redactor as sharedRedactor } from "../redact.js";
import { UserError } from "../user-error.js";
import { AnnotationBudget, type AnnotationKind, failureWithLogged, logPrefix, overflowNote, placePrefix } from "./annotation-budget.js";
import type { ActionIO, AnnotationProperties } from "./io.js";
import { StepSummaryBudget } from "./summary-budget.js";
import { STEP_TEXT_LIMIT_BYTES, StepWrittenSummary } from "./summary-steps.js";

// The one module that speaks to the runner. Every line, annotation, output and summary the
// action writes passes through here, so the redactor (src/redact.ts) and the plain-text
// wrapping of step output apply in one place. The protocol itself is @actions/core's.

export type RunnerIOOptions = {
  /** Replaces secrets before text leaves the process; learns every value given to setSecret. */
  redactor?: Redactor;
};

/** ActionIO for a GitHub Actions runner, backed by @actions/core. */
export function runnerIO(options: RunnerIOOptions = {}): ActionIO {
  const redactor = options.redactor ?? sharedRedactor;
  const redact = (text: string): string => redactor.redact(text);
  // Annotations are shown apart from the log, on the run's page and beside the diff: their
  // bidirectional controls are made visible there as in check-run annotations (src/log-text.ts).
  const shown = (text: string): string => showBidiControls(redact(text));
  const inert = new InertSection();
  // Anything that may be a workflow command must first end an inert section, or the runner
  // would ignore it.
  const speak = <T>(write: () => T): T => {
    inert.end();
    return write();
  };
  // Past GitHub's per-step limit an annotation is dropped unseen: the rest go to the log.
  const budget = new AnnotationBudget();
  const write = { error: core.error, warning: core.warning, notice: core.notice };
  const annotate = (kind: AnnotationKind, message: string, properties?: AnnotationProperties): void => {
    const slot = budget.take(kind);
    if (slot === "note") speak(() => write[kind](overflowNote(kind)));
    if (slot === "show") speak(() => write[kind](shown(message), annotation(properties, shown)));
    else {
      const text = redact(`${logPrefix(kind)} ${placePrefix(properties)}${message}`);
      if (COMMAND_LIKE_LINE.test(text)) {
        inert.begin();
        core.info(text);
      } else speak(() => core.info(text));
    }
  };
  let summaries: Promise<unknown> = Promise.resolve();
  // Set once the summary file refused a write (a full disk): the sections go to the log instead.
  let summaryFailed = false;
  const toLog = (text: string): void => {
    inert.begin();
    core.info(text);
  };
  const summaryBudget = new StepSummaryBudget();
  // What the summary file holds before any flow step runs: an earlier step's text, not the flows'.
  const summaryBefore = fileSize(process.env.GITHUB_STEP_SUMMARY);
  let stepText: StepWrittenSummary | undefined;
  /** Each output's value as written to GITHUB_OUTPUT. */
  const written = new Map<string, string>();
  return {
    getInput: (name) => core.getInput(name),
    getBooleanInput: (name) => core.getBooleanInput(name),
    getMultilineInput: (name) => core.getMultilineInput(name),
    givenInputs: () =>
      Object.keys(process.env)
        .filter((key) => key.startsWith("INPUT_"))
        .map((key) => key.slice("INPUT_".length)),
    setOutput(name, value) {
      const text = redact(value);
      // Each output once: the event's id and type are said as soon as they are known, so a job
      // that then fails still names its event (src/action/run.ts), and again with the other
      // outputs; appended twice, the runner's file held every such output twice.
      if (written.get(name) === text) return;
      written.set(name, text);
      speak(() => {
        try {
          core.setOutput(name, text);
        } catch (error) {
          throw new RunnerFileError("GITHUB_OUTPUT", `the output ${name}`, error);
        }
      });
    },
    setSecret(value) {
      if (!value) return;
      redactor.add(value);
      speak(() => core.setSecret(value));
    },
    isDebug: () => core.isDebug(),
    debug: (message) => speak(() => core.debug(redact(message))),
    info(message) {
      const text = redact(message);
      // Outside text at the start of a line (a backend's flow named `::error::…`), or `##[error]`
      // anywhere, would be read as a workflow command: such a message is printed inside an inert
      // section, as step output is.
      if (COMMAND_LIKE_LINE.test(text)) {
        inert.begin();
        core.info(text);
        return;
      }
      speak(() => core.info(text));
    },
    plain(text) {
      inert.begin();
      core.info(redact(text));
    },
    notice: (message, properties) => annotate("notice", message, properties),
    warning: (message, properties) => annotate("warning", message, properties),
    error: (message, properties) => annotate("error", message, properties),
    annotationsLeft: (kind) => budget.left(kind),
    startGroup: (name) => speak(() => core.startGroup(redact(name))),
    endGroup: () => speak(() => core.endGroup()),
    appendSummary(markdown, section = "a section of this summary") {
      const text = redact(markdown);
      // Without a summary file (a local run) the summary goes to the log, as plain text.
      if (!process.env.GITHUB_STEP_SUMMARY) {
        toLog(text);
        return Promise.resolve();
      }
      stepText ??= new StepWrittenSummary(process.env.GITHUB_STEP_SUMMARY, redactor, STEP_TEXT_LIMIT_BYTES, summaryBefore);
      const steps = stepText;
      // Writes are chained so none is lost or doubled. What others appended to the file (the flow
      // steps, ./summary-steps.ts) is taken in first, and the section is sized to what is left.
      const write = summaries.then(async () => {
        summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom()).catch(() => 0));
        const fitting = summaryBudget.fit(text, section);
        if (fitting === undefined) return;
        if (summaryFailed) {
          toLog(fitting);
          return;
        }
        try {
          // Appended by StepWrittenSummary, not core.summary, in one write with what reached the
          // file since the look above: a step's process that outlived it can append in between
          // (where stray processes cannot be found), and the budget is then the file's real size.
          summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom(), `${fitting}${EOL}`));
        } catch (error) {
          summaryFailed = true;
          annotate("warning", `${new RunnerFileError("GITHUB_STEP_SUMMARY", "the job summary", error).message} Its sections follow in the log instead.`);
          toLog(fitting);
        }
      });
      summaries = write.catch(() => undefined);
      return write.then(() => undefined);
    },
    summaryRoom() {
      if (!process.env.GITHUB_STEP_SUMMARY) return Promise.resolve(undefined);
      stepText ??= new StepWrittenSummary(process.env.GITHUB_STEP_SUMMARY, redactor, STEP_TEXT_LIMIT_BYTES, summaryBefore);
      const steps = stepText;
      // Taken in now, what the steps wrote counts before the section is sized: taken in at its
      // append, 300 KiB of it cut the end of the results (the chained events, the problems).
      const room = summaries.then(async () => {
        summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom()).catch(() => 0));
        return summaryFailed ? undefined : summaryBudget.contentRoom();
      });
      summaries = room.catch(() => undefined);
      return room;
    },
    flushSummary() {
      // Left as the steps wrote it, the file would reach GitHub with only the runner's masking.
      if (!process.env.GITHUB_STEP_SUMMARY) return Promise.resolve();
      stepText ??= new StepWrittenSummary(process.env.GITHUB_STEP_SUMMARY, redactor, STEP_TEXT_LIMIT_BYTES, summaryBefore);
      const steps = stepText;
      const write = summaries.then(async () => {
        summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom()));
      });
      summaries = write.catch(() => undefined);
      return write;
    },
    setFailed: (message) => speak(() => core.setFailed(shown(failureWithLogged(message, budget.loggedErrors)))),
  };
}

/** The runner's files the action writes to: each is made by the runner before a step starts. */
const RUNNER_FILES = ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"] as const;
type RunnerFile = (typeof RUNNER_FILES)[number];

/**
 * What is wrong with the runner's files, before anything is written to them: a variable naming
 * a file that does not exist (a local run with a hand-made environment) would otherwise fail the
 * first output, deep inside @actions/core, as "Missing file at path" with a stack trace. A folder
 * would fail it the same way; a FIFO nobody reads would hang the job at its first output, in a
 * write that no signal ends.
 */
export function runnerFileProblem(env: NodeJS.ProcessEnv): string | undefined {
  const missing = RUNNER_FILES.filter((name) => env[name] && !existsSync(env[name] as string));
  if (missing.length === 0) return unwritableRunnerFile(env);
  const named = missing.map((name) => `${name} names ${env[name]}`).join(" and ");
  const one = missing.length === 1;
  return `${named}, which ${one ? "does" : "do"} not exist. On GitHub the runner creates ${one ? "it" : "them"} before each step; to run the action elsewhere, create ${one ? "the file" : "the files"} first (an empty file will do) or leave ${missing.join(" and ")} unset, and the outputs and summary go to the log.`;
}

function unwritableRunnerFile(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of RUNNER_FILES) {
    const path = env[name];
    if (!path) continue;
    const what = fileKind(path);
    if (what === undefined) continue;
    return `${name} names ${path}, which is ${what}: the action appends its ${name === "GITHUB_OUTPUT" ? "outputs" : "job summary"} to it. On GitHub the runner creates a plain file there before each step; to run the action elsewhere, name a plain file (an empty one will do) or leave ${name} unset, and the ${name === "GITHUB_OUTPUT" ? "outputs go" : "summary goes"} to the log.`;
  }
  return undefined;
}

/** Why a runner file cannot be appended to (a folder, a FIFO nobody reads), or undefined. */
function fileKind(path: string): string | undefined {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch {
    return undefined; // said by the write, with its reason
  }
  if (info.isDirectory()) return "a folder";
  if (!info.isFIFO()) return undefined;
  // Opened without blocking, a FIFO with no reader refuses at once (ENXIO); opened as
  // @actions/core opens it, it would wait for one forever.
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    return undefined;
  } catch {
    return "a FIFO (named pipe) that nothing reads";
  }
}

/**
 * A runner file (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) that refused a write: a full disk, a file
 * made read-only. The runner's to fix, not a bug of the action: said without a stack.
 */
export class RunnerFileError extends UserError {
  override name = "RunnerFileError";

  constructor(variable: RunnerFile, what: string, error: unknown) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const path = process.env[variable] ?? "";
    const reason =
      code === "ENOSPC" || code === "EDQUOT"
        ? `the disk it is on is full (${code}); free space on the runner (a self-hosted runner's work folder)`
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? `it may not be written (${code}); on GitHub the runner makes it writable, so a step before this one changed it`
          : `${error instanceof Error ? error.message : String(error)}`;
    super(
      `Could not write ${what} to ${variable} (${path}): ${reason}.` +
        (variable === "GITHUB_OUTPUT" ? " Later steps do not get this step's outputs; the job summary and the log have the results of any flow step that ran." : ""),
      { cause: error },
    );
  }
}

/**
 * A line the runner takes for a workflow command: `::` once its leading white space is trimmed
 * (.NET's TrimStart, which also trims U+0085, U+00A0 and the other Unicode spaces), or the
 * deprecated `##[command]` form, which the runner looks for anywhere in a line.
 * https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse)
 * After a line break only the white space up to the next one is read (`\s` and U+0085 but `\r`
 * and `\n`): `(?:^|[\r\n])[\s\u0085]*::` read a run of line breaks to its end from each of them,
 * and a message of 64 KiB of line breaks took 14 s (256 KiB, nearly 4 minutes).
 */
export const COMMAND_LIKE_LINE = /^[\s\u0085]*::|[\r\n][\t\v\f \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u2028\u2029\u3000\ufeff]*::|##\[/;

/**
 * Text between `::stop-commands::<token>` and `::<token>::` is shown, never run: a step that
 * prints `::add-mask::` or `::error::` (or echoes a PR title that does) cannot drive the
 * runner. Each section gets a fresh random token that nothing outside this process has seen.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands
 *
 * These two lines are the only workflow commands written by hand: @actions/core 3 has no API
 * for stop-commands, and its `issueCommand` is not exported (the package exports only "."), so
 * they go out through core.info like any other log line.
 */
class InertSection {
  #token: string | undefined;
  #closing: NodeJS.Immediate | undefined;

  begin(): void {
    if (this.#token) return;
    this.#token = `flows-${randomHex(16)}`;
    core.info(`::stop-commands::${this.#token}`);
    // Ended at the latest when this turn's writes are done (one section per burst of step
    // output): libraries write their own commands through @actions/core, never through this
    // module (@actions/artifact masks a signed URL's signature, then logs the URL), and inside
    // a section the runner would show those as text and mask nothing.
    this.#closing = setImmediate(() => this.end());
    this.#closing.unref();
  }

  end(): void {
    if (!this.#token) return;
    clearImmediate(this.#closing);
    this.#closing = undefined;
    core.info(`::${this.#token}::`);
    this.#token = undefined;
  }
}

// The file is redacted too: a problem's file is a path in the repository or a stored record,
// and a path can hold what a step printed.
function annotation(properties: AnnotationProperties | undefined, shown: (text: string) => string): core.AnnotationProperties | undefined {
  if (!properties) return undefined;
  return {
    ...(properties.title ? { title: shown(properties.title) } : {}),
    ...(properties.file ? { file: shown(properties.file) } : {}),
    ...(properties.startLine !== undefined ? { startLine: properties.startLine } : {}),
    ...(properties.startColumn !== undefined ? { startColumn: properties.startColumn } : {}),
  };
}

/** The size of the file at `path`; 0 when there is none (or no path). */
function fileSize(path: string | undefined): number {
  if (!path) return 0;
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
