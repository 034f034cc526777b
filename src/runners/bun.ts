import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { bunCrashReason, type ScriptPlace } from "./bun-crash.js";
import { stepContextParts } from "./context.js";
import { runEnvironment } from "./environment.js";
import {
  isModuleStyleSource,
  type ModuleWrapper,
  type WrapperResult,
  helpersPreloadPath,
  prepareModuleWrapper,
  readWrapperResult,
  stepProcessEnded,
  stepWatchdogPath,
} from "./module-style.js";
import { namedFunctionExport } from "./module-detect.js";
import { OutputTail } from "./output.js";
import { superviseProcess, type SupervisedProcessResult } from "./process.js";
import { FLOW_RESULT_MARKER, type FlowResultParse, MAX_FLOW_RESULT_BYTES, parseFlowResult, parseReturnedResult, resultTooLarge } from "./result.js";
import { type OutcomeFields, StepClock } from "./step-clock.js";
import type { RunStepOptions, StepOutcome, StepOutputStream } from "./types.js";

export const DEFAULT_TAIL_BYTES = 64 * 1024;
const REASON_TAIL_BYTES = 4 * 1024;
const REASON_TAIL_LINES = 20;

/** What a run printed, kept within bounds: the record's tail, short tails for reasons, and the last result line. */
class StepOutput {
  readonly combined: OutputTail;
  stdout = new OutputTail(REASON_TAIL_BYTES);
  stderr = new OutputTail(REASON_TAIL_BYTES);
  /** Tracked as lines stream, because the combined tail may have dropped it. */
  lastResultLine: string | undefined;

  constructor(
    tailBytes: number,
    private readonly onLine: RunStepOptions["onLine"],
  ) {
    this.combined = new OutputTail(tailBytes);
  }

  readonly line = (stream: StepOutputStream, line: string): void => {
    this.combined.push(line, stream);
    if (stream === "stdout") {
      this.stdout.push(line);
      if (line.includes(FLOW_RESULT_MARKER)) this.lastResultLine = line;
    } else {
      this.stderr.push(line);
    }
    try {
      this.onLine?.(stream, line);
    } catch {
      // A failing listener must not break the run it listens to.
    }
  };

  /**
   * A line of flows-action's own about the step's processes: in the record's tail, and told to
   * the listener as stderr, so the step's live log (its group in the action's log, its lines in
   * `flows fire`) says it too, not only the summary. Not in the stderr tail: a reason quotes the
   * step's own last lines, and a crash is read from them.
   */
  notice(text: string): void {
    this.combined.push(text, "stderr");
    try {
      this.onLine?.("stderr", text);
    } catch {
      // A failing listener must not break the run it listens to.
    }
  }

  /** Drops the short stdout and stderr tails (a start that never reached the script: ./bun.ts). */
  forget(): void {
    this.stdout = new OutputTail(REASON_TAIL_BYTES);
    this.stderr = new OutputTail(REASON_TAIL_BYTES);
    this.lastResultLine = undefined;
  }

  /** Last lines of stderr (or stdout when stderr is empty), to append to a reason. */
  reasonTail(): string {
    const [name, tail] = this.stderr.kept().length > 0 ? ["stderr", this.stderr] : ["stdout", this.stdout];
    // Redacted before the cut to the last lines: a secret wrapped over lines may start before them.
    const lines = tail.keptRedacted().slice(-REASON_TAIL_LINES);
    return lines.length === 0 ? "" : `\nLast lines of ${name}:\n${lines.join("\n")}`;
  }
}

/** Runs a `runner = "bun"` step: raw scripts directly, module-style scripts through the wrapper. */
export async function runBunStep(options: RunStepOptions): Promise<StepOutcome> {
  let clock = new StepClock();
  const output = new StepOutput(options.tailBytes ?? DEFAULT_TAIL_BYTES, options.onLine);
  const finish = (fields: OutcomeFields): StepOutcome => clock.outcome({ output: output.combined.text(), ...fields });
  const { step } = options;

  if (options.signal?.aborted) {
    return finish({ processStatus: "canceled", error: "canceled before the step started" });
  }
  // Made ready while the caller still saves the run's start (`startAfter`), not after it.
  const prepared = preparedNow(step);
  // Awaited once the start is recorded: a failure meanwhile (a temp folder that refuses the
  // wrapper) is the step's then, not an unhandled rejection Bun prints as a crash now.
  prepared.catch(() => undefined);
  let wrapper: ModuleWrapper | undefined;
  try {
    if (options.startAfter !== undefined) {
      const go = await options.startAfter.then(
        () => true,
        () => false,
      );
      if (!go) return finish({ processStatus: "canceled", error: "not started: its start could not be recorded" });
      clock = new StepClock();
    }
    let ready = await prepared;
    if ("problem" in ready) return finish({ processStatus: "failed", error: ready.problem });
    wrapper = ready.wrapper;
    const bunPath = options.bunPath ?? "bun";
    const start = (files: StepFiles): Promise<SupervisedProcessResult> =>
      superviseProcess({
        command: bunPath,
        args: [...preloads(files), ...(files.wrapper?.args ?? [step.scriptPath])],
        cwd: step.cwdPath,
        env: runEnvironment(options),
        stdin: stepContextParts(options),
        timeoutMs: step.timeoutMs,
        signal: options.signal,
        onLine: output.line,
      }).finally(stepProcessEnded);
    let run = await start(ready);
    if (ownFilesGone(run, output, ready)) {
      // Another step (or a temp cleaner) removed this process's folder as the step started: Bun
      // stopped at the missing file, before the script ran. Made again, the step starts once more.
      output.notice(`[flows-action] ${OWN_FILES_GONE}; starting the step again`);
      const again = prepareBunStep(step);
      if ("problem" in again) return finish({ processStatus: "failed", error: again.problem });
      wrapper?.dispose().catch(() => undefined);
      ready = again;
      wrapper = again.wrapper;
      output.forget();
      run = await start(ready);
      if (ownFilesGone(run, output, ready)) {
        return finish({ processStatus: "failed", exitCode: run.exitCode, signal: run.signal, error: `not started: ${OWN_FILES_GONE}, twice; the step's script did not run. Keep steps from removing flows-action-* folders in ${tmpdir()}` });
      }
    }
    if (run.stragglersStopped) {
      output.notice("[flows-action] stopped leftover processes that kept the step's output open after it exited");
    }
    if (run.strayProcessesStopped > 0) {
      const count = run.strayProcessesStopped === 1 ? "1 stray process" : `${run.strayProcessesStopped} stray processes`;
      output.notice(`[flows-action] stopped ${count} the step left running after it ended (started in a new session or in the background)`);
    }
    const wrapped = wrapper === undefined ? undefined : readWrapperResult(wrapper.resultPath, MAX_FLOW_RESULT_BYTES);
    // A module-style step's result is shown as its last line, after all it printed (the wrapper
    // writes it to a file only: see module-style.ts).
    if (wrapped !== undefined && "json" in wrapped) output.line("stdout", FLOW_RESULT_MARKER + wrapped.json);
    const place = { scriptPath: step.scriptPath, scriptLabel: step.script };
    const namedExport = ready.namedExport;
    return finish(interpret({ run, output, bunPath, timeoutMs: step.timeoutMs, moduleStyle: wrapper !== undefined, wrapped, place, namedExport }));
  } finally {
    // Not waited for: the result is read, and removing its file is no step's business.
    (wrapper ? Promise.resolve(wrapper) : prepared.then((ready) => ("wrapper" in ready ? ready.wrapper : undefined)))
      .then((made) => made?.dispose())
      .catch(() => undefined);
  }
}

const OWN_FILES_GONE = "flows-action's files for starting the step were removed as it started (by another step or a temp cleaner)";

/**
 * Whether Bun stopped before the step's script ran because the watchdog it preloads or the module
 * wrapper was gone: exit code 1 and, on stderr, nothing but Bun's error naming that file ("preload
 * not found", "Module not found", "ENOENT reading"); its path holds a random folder name that no
 * script prints by chance.
 */
function ownFilesGone(run: SupervisedProcessResult, output: StepOutput, ready: StepFiles): boolean {
  if (run.exitCode !== 1 || run.timedOut || run.canceled || output.stdout.kept().length > 0) return false;
  const stderr = output.stderr.kept().filter((line) => line.trim() !== "");
  if (stderr.length !== 1) return false;
  const [line = ""] = stderr;
  const ours = [ready.watchdog, ready.helpers, ready.wrapper?.args[0]].filter((file): file is string => file !== undefined);
  return line.startsWith("error: ") && ours.some((file) => line.includes(JSON.stringify(file)));
}

/**
 * `watchdog`: the file Bun preloads into a raw step so it stops when its dispatcher dies (./watchdog.ts;
 * the module wrapper holds it);
 * `helpers`: the one that stands in for the step helpers a raw step imports (./flow-helpers.ts).
 */
type StepFiles = { wrapper: ModuleWrapper | undefined; watchdog: string | undefined; helpers?: string };
type PreparedBunStep = (StepFiles & { namedExport?: string }) | { problem: string };

function preloads(files: StepFiles): string[] {
  return [files.watchdog, files.helpers].flatMap((file) => (file === undefined ? [] : ["--preload", file]));
}

/**
 * Checks the working folder, reads the script and readies the wrapper for a module, at once
 * (synchronously: a stat, a small read, and the wrapper's files written once per process). Done
 * while the step's start is saved; as callbacks, the last steps of a dispatch were still waiting
 * for theirs milliseconds after the save, behind the first steps' starts (BENCHMARKS.md,
 * "Thirty-sixth round"). Throws when the temp folder refuses the wrapper.
 */
function prepareBunStep(step: RunStepOptions["step"]): PreparedBunStep {
  const problem = cwdProblem(step.cwdPath, step.name);
  if (problem !== undefined) return { problem };
  let source: string;
  try {
    source = readScript(step.scriptPath);
  } catch (error) {
    return { problem: `cannot read the script of step "${step.name}" (${step.script} → ${step.scriptPath}): ${messageOf(error)}` };
  }
  const wrapper = isModuleStyleSource(source) ? prepareModuleWrapper({ scriptPath: step.scriptPath, scriptLabel: step.script }) : undefined;
  // A raw step still runs where no temp folder can be written, only without its watchdog. The
  // wrapper starts with the watchdog itself: a module-style step preloads nothing.
  const watchdog = wrapper === undefined ? orUndefined(stepWatchdogPath) : undefined;
  const namedExport = wrapper === undefined ? namedFunctionExport(source) : undefined;
  const helpers = wrapper === undefined ? orUndefined(() => helpersPreloadPath({ scriptPath: step.scriptPath, source })) : undefined;
  return { wrapper, watchdog, ...(helpers === undefined ? {} : { helpers }), ...(namedExport === undefined ? {} : { namedExport }) };
}

function orUndefined<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** prepareBunStep's answer as a promise, settled now. */
function preparedNow(step: RunStepOptions["step"]): Promise<PreparedBunStep> {
  try {
    return Promise.resolve(prepareBunStep(step));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The script's text, read only when it is a regular file. Discovery checked that it was; a step
 * that ran before may have replaced it since (or any process meanwhile): a named pipe blocked the
 * read, and so the whole dispatch, for good (the step's timeout starts with its process), and a
 * link to /dev/zero read on until memory ran out. Opened without waiting (O_NONBLOCK: a pipe
 * opens at once), then judged by what was opened, so a swap between a check and the read
 * cannot slip through.
 */
function readScript(scriptPath: string): string {
  const fd = openSync(scriptPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`it is ${kindOf(info)} now, not a regular file; check what replaced it (a step that ran before?)`);
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return info.isDirectory() ? "a folder" : "not a file";
}

type InterpretOptions = {
  run: SupervisedProcessResult;
  output: StepOutput;
  bunPath: string;
  timeoutMs: number;
  /** Run through the wrapper: its result is what the default export returned, never printed text. */
  moduleStyle: boolean;
  wrapped: WrapperResult;
  place: ScriptPlace;
  /** A function a raw script exports by name, with no default export (see namedFunctionExport). */
  namedExport?: string | undefined;
};

function interpret(options: InterpretOptions): OutcomeFields {
  const { run, output, bunPath, timeoutMs } = options;
  const exit = { exitCode: run.exitCode, signal: run.signal };
  if (run.spawnError !== undefined) {
    return { processStatus: "failed", error: spawnFailure(bunPath, run.spawnError) };
  }
  if (run.canceled) {
    return {
      ...exit,
      processStatus: "canceled",
      error: "canceled: the run was aborted; the step and its child processes were stopped",
    };
  }
  if (run.timedOut) {
    return {
      ...exit,
      processStatus: "failed",
      timedOut: true,
      error:
        `timed out after ${timeoutMs} ms (timeout_ms = ${timeoutMs}); the step and its child processes were stopped` +
        output.reasonTail(),
    };
  }
  if (run.signal !== null) {
    return { ...exit, processStatus: "failed", error: `bun was killed by signal ${run.signal}${output.reasonTail()}` };
  }
  if (run.exitCode !== 0) {
    // An uncaught error's message and place first, when Bun's report of it is there.
    const crash = bunCrashReason(output.stderr.kept(), options.place);
    const exited = `bun exited with code ${run.exitCode}`;
    return { ...exit, processStatus: "failed", error: `${crash === undefined ? exited : `${crash} (${exited})`}${output.reasonTail()}` };
  }
  const { wrapped } = options;
  let parsed: FlowResultParse;
  if (wrapped === undefined && options.moduleStyle && output.lastResultLine === undefined) {
    // The process ended before the function returned (process.exit() inside it). A FLOW_RESULT
    // it printed first is its result, as the older runtime's wrapper read it (it printed the
    // returned value last, on stdout); without one, say what happened, not what a raw script needs.
    const error =
      `the default export of ${options.place.scriptLabel} did not return: the process exited with code 0 before it did ` +
      "(process.exit() called while it ran?); return a FlowResult instead of exiting";
    return { ...exit, processStatus: "failed", error: error + output.reasonTail() };
  }
  if (wrapped === undefined && options.namedExport !== undefined && output.lastResultLine === undefined) {
    const name = options.namedExport;
    const error =
      `no FLOW_RESULT line on stdout: ${options.place.scriptLabel} exports ${name} by name but has no default export, ` +
      `so it ran as a raw script and nothing called ${name}. Export it as the default (export default ${name}, or ` +
      `export default async function ${name}(context) { ... }) to run it as a module-style step, or print a FLOW_RESULT line`;
    return { ...exit, processStatus: "failed", error: error + output.reasonTail() };
  }
  if (wrapped === undefined) parsed = parseFlowResult(output.lastResultLine === undefined ? [] : [output.lastResultLine]);
  else if ("json" in wrapped) parsed = parseReturnedResult(wrapped.json, options.place.scriptLabel);
  else if ("notAFile" in wrapped) {
    parsed = { error: `the file flows-action reads a module-style step's result from was replaced by ${wrapped.notAFile} while the step ran, so its result cannot be read; leave that file (the last argument in process.argv) alone` };
  } else parsed = resultTooLarge(wrapped.tooLargeBytes);
  if ("error" in parsed) {
    return { ...exit, processStatus: "failed", error: parsed.error + output.reasonTail() };
  }
  return { ...exit, processStatus: "completed", result: parsed.result };
}

function cwdProblem(cwdPath: string, stepName: string): string | undefined {
  try {
    const info = statSync(cwdPath);
    return info.isDirectory() ? undefined : `the working directory of step "${stepName}" is not a folder: ${cwdPath}`;
  } catch (error) {
    return `the working directory of step "${stepName}" cannot be used (${cwdPath}): ${messageOf(error)}; check its cwd in flow.toml`;
  }
}

function spawnFailure(bunPath: string, error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const fix = "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.";
  if (code === "ENOENT") return `bun executable not found: ${bunPath}. ${fix}`;
  if (code === "EACCES") return `bun executable is not executable: ${bunPath}. ${fix}`;
  return `could not start bun (${bunPath}): ${error.message}. ${fix}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
