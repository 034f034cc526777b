import { resolve } from "node:path";
import { COMMANDS, type CommandSpec, checkArgs, countOption, GLOBAL_OPTIONS } from "./command-table.js";
import type { CliContext } from "./commands.js";
import { commandHelp, globalHelp, helpDocument } from "./help.js";
import type { CliVersion } from "../generated/types.js";
import { schemaCacheDir, useSchemaCache } from "../flows/schema-cache-config.js";
import { checkRepoFolder, checkRepoUrl, checkUnexpandedHome, OPTIONS, parseCommandLine, type ParsedValues } from "./options.js";
import { defaultRepoRoot } from "./repo-root.js";
import { checkStateOptions, closeCliStore, isRepositoryUrl, openCliStore } from "./store.js";
import { type SignalSource, stopOnSignals } from "./signals.js";
import { type Terminals, type TerminalWriter, terminalWriter, wantsColor, writeFailureText } from "./terminal-write.js";
import { didYouMean, EXIT, InputFileError, UsageError } from "./usage.js";
import { CommandFailed, errorDocument, type FailureDetails, jsonRequested } from "./failure.js";
import { redactor } from "../redact.js";
import { INHERITED_TOKEN_VARIABLES } from "../runners/environment.js";
import { shellWord } from "../shell-word.js";
import { terminalLines, terminalSafe, terminalText } from "../terminal-text.js";

/** Environment variables whose values never reach the terminal. */
const REDACTED_ENV = [...INHERITED_TOKEN_VARIABLES, "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"] as const;

/** What leaves the process: redacted, then with no control character but tab, newline and colour. */
function outgoing(write: (text: string) => void): (text: string) => void {
  return (text) => write(terminalSafe(redactor.redact(text)));
}

/** outgoing() for a batch of whole lines: each line redacted alone (Redactor.redactEachLine). */
function outgoingLines(write: (text: string) => void): (text: string) => void {
  return (text) => write(terminalSafe(redactor.redactEachLine(text)));
}

/** `flows` entry: argv → the same functions the action uses → terminal. Returns the exit code. */
export type MainOptions = {
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** Standard output was closed when the process started (the launcher tells): what is written to it fails. */
  stdoutClosed?: boolean;
};

/** What `flows daemon` (./daemon-server.ts) gives a command it runs for a client: the client's, not its own process's. */
export type HostedOptions = MainOptions & {
  /** Where SIGINT, SIGTERM and SIGHUP come from (default: this process). */
  signals?: SignalSource;
  /** Ends the command at once on a second signal (default: process.exit). */
  exit?: (code: number) => void;
  /** Whether standard output and error are terminals, for colours (default: this process's). */
  terminals?: Terminals;
};

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  return runCommandLine(argv, options);
}

/** main(), for a command run in another process's place (`flows daemon`). */
export async function runCommandLine(argv: string[], options: HostedOptions): Promise<number> {
  // A store that could not save (records not pushed) fails the command whatever it returned.
  const saving: Saving = { failed: false, exitCode: (code) => code };
  // Standard output and error, unless the caller hands in writers of its own.
  const stdout = options.out === undefined ? terminalWriter(1, options.stdoutClosed === true) : undefined;
  const err = options.err ?? terminalWriter(2).write;
  const out = options.out ?? stdout!.write;
  let code: number;
  try {
    code = await runMain(argv, { ...options, out, err }, saving);
  } catch (error) {
    // Thrown outside a command's own handling (a bug): said as every bug is, with its stack on
    // standard error, and as the error document on standard output when --json asked for one.
    const { describeError } = await import("../describe-error.js");
    outgoing(err)(`${describeError(error)}\n`);
    if (jsonRequested(argv)) outgoing(out)(errorDocument(error, { kind: "bug", exitCode: EXIT.failed }));
    code = EXIT.failed;
  }
  // Stopped by SIGINT, SIGTERM or SIGHUP: 130, 143 or 129, once the stopped steps are recorded and saved.
  const exitCode = saving.exitCode(saving.failed && code === 0 ? EXIT.failed : code);
  return stdout === undefined ? exitCode : outputChecked(exitCode, stdout, err);
}

/**
 * Output that could not be written (`> /dev/full`, a disk that filled up) fails a command that
 * otherwise succeeded, and says so; a reader that left early (`flows list | head -1`) does not.
 */
async function outputChecked(code: number, stdout: TerminalWriter, err: (text: string) => void): Promise<number> {
  await stdout.settled();
  const failure = stdout.failure;
  if (failure === undefined || readerLeft(failure.code)) return code;
  err(`flows: could not write to standard output: ${writeFailureText(failure)}; the output is incomplete.\n`);
  return code === EXIT.ok ? EXIT.failed : code;
}

/**
 * The reader of standard output went away: EPIPE, or ECONNRESET when standard output is a socket
 * (a Node parent's `pipe`, which is a socketpair) closed with output still unread in it.
 */
function readerLeft(code: string | undefined): boolean {
  return code === "EPIPE" || code === "ECONNRESET";
}

type Saving = { failed: boolean; exitCode: (code: number) => number };

async function runMain(argv: string[], options: Required<Pick<MainOptions, "out" | "err">> & HostedOptions, saving: Saving): Promise<number> {
  const env = options.env ?? process.env;
  // How suggested commands start: `npx flows` when npm started this one (invocation, below).
  const invokedAs = invocation(env);
  // What leaves the process is redacted, as in the action: the environment's tokens, secrets the
  // command registers (setSecret), URL credentials and token-shaped text, whatever a step prints.
  redactor.add(...REDACTED_ENV.map((name) => env[name]));
  // Outside text is escaped where it is printed (src/terminal-text.ts); terminalSafe is the last guard.
  let wroteOut = false;
  // With --json, the command's document is held until its store is saved: when the save fails,
  // the error document carries it instead (one document, always, and never one saying all went well).
  let held: string[] | undefined;
  const out = outgoing((text) => {
    wroteOut = true;
    if (held) held.push(text);
    else options.out(text);
  });
  const err = outgoing(options.err);
  // With --json, an error that stops the command is also a JSON document on standard output,
  // unless the command printed its own already (one document, always).
  let json = jsonRequested(argv);
  let heldIsError = false;
  const failed = (error: unknown, details: FailureDetails): number => {
    if (json && !wroteOut) {
      // The code the command ends with: 130, 143 or 129 once a signal stopped it (main maps it the same way).
      out(errorDocument(error, { ...details, exitCode: saving.exitCode(details.exitCode) }));
      heldIsError = true;
    }
    return details.exitCode;
  };
  const usage = (error: UsageError): number => {
    const spec = COMMANDS.find((command) => command.name === error.command);
    const hint = spec ? `Run \`${invokedAs} ${spec.name} --help\` for its options and examples.` : `Run \`${invokedAs} help\` for the commands.`;
    // Messages carry the text as given (the --json document is for programs); escaped for the
    // terminal here, as one line: a usage error is one.
    err(`flows: ${terminalText(error.message)}\n${hint}\n`);
    return failed(error, { kind: "usage", exitCode: EXIT.usage, hint, ...(spec ? { command: spec.name } : {}) });
  };

  const commandName = commandWord(argv);
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    const named = COMMANDS.find((command) => command.name === commandName);
    // An id (show, replay, forget) is the event sender's text, and may start with "-"; a flow or
    // step name may not (src/cli/new-names.ts), so only an id is said to go after `--`.
    parsed = parseCommandLine(argv, named?.name, invokedAs, named?.args?.endsWith("id>") ? named.args : undefined);
  } catch (error) {
    if (error instanceof UsageError) return usage(error);
    throw error;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  json = values.json === true;

  if (values.version) {
    // Answered after a command's name too (`flows run --version`), before anything else, as --help
    // is; a word that names no command was meant for something, and is refused as every command
    // refuses one (exit 2).
    if (name !== undefined && name !== "help" && !COMMANDS.some((command) => command.name === name)) {
      return usage(new UsageError(`unexpected argument "${name}": --version takes none; the usage is flows --version.`));
    }
    const { version } = await packageVersion();
    out(json ? versionDocument(version) : `flows (flows-action) ${version ?? "version unknown"}\n`);
    return EXIT.ok;
  }
  // With --json, help is the command table as data (schemas/cli-help.schema.json).
  const help = (spec?: CommandSpec): string => (json ? helpDocument(spec ? [spec] : undefined) : spec ? commandHelp(spec) : globalHelp());
  if (name === undefined) {
    if (values.help) {
      out(help());
      return EXIT.ok;
    }
    err(globalHelp());
    return failed("No command given.", { kind: "usage", exitCode: EXIT.usage, hint: `Run \`${invokedAs} help\` for the commands.` });
  }
  if (name === "help") {
    if (args[0] === undefined) {
      out(help());
      return EXIT.ok;
    }
    // `flows help help`: help is about the commands, so it is the same page as `flows help`.
    const spec = args[0] === "help" ? undefined : findCommand(args[0]);
    if (spec instanceof UsageError) return usage(spec);
    // `flows help fire extra`: the word after the command was meant for something, as elsewhere.
    if (args[1] !== undefined) return usage(new UsageError(`unexpected argument "${args[1]}": the usage is flows help [command].`));
    out(help(spec));
    return EXIT.ok;
  }
  const spec = findCommand(name);
  if (spec instanceof UsageError) return usage(spec);
  if (values.help) {
    // A word more than the command's usage names is refused with --help too (`flows list --help
    // extra`), as with --version and `flows help list extra`: it was meant for something, and
    // help that exits 0 would hide that from a script.
    try {
      checkArgs(spec, args);
    } catch (error) {
      if (error instanceof UsageError) return usage(error);
      throw error;
    }
    out(help(spec));
    return EXIT.ok;
  }

  // Debug lines go to standard error, redacted like the rest, so --json output stays clean.
  const debug = values.debug === true || isOn(env.FLOWS_DEBUG) || env.RUNNER_DEBUG === "1" ? (message: string) => err(`debug: ${message}\n`) : undefined;
  const repoIsUrl = isRepositoryUrl(values.repo);
  const roots = values["flows-path"]?.split(",").map((root) => root.trim()).filter(Boolean);
  let repoRoot: string;
  let cwd: string;
  try {
    // From a subfolder of a repository, its root is found as git finds it (src/cli/repo-root.ts).
    // Asked first, --repo or not: paths on the command line are taken from it (Bun resolves them
    // elsewhere, silently, when it is gone).
    cwd = process.cwd();
    repoRoot = values.repo === undefined || repoIsUrl ? defaultRepoRoot(cwd, roots) : resolve(cwd, values.repo);
  } catch (error) {
    const gone = currentFolderGone(error);
    if (gone === undefined) throw error;
    err(`${gone.message}\n`);
    return failed(gone, { kind: "failed", exitCode: EXIT.failed, command: spec.name });
  }
  const interrupts = stopOnSignals(spec.name, err, options.exit, options.signals);
  if (interrupts) saving.exitCode = interrupts.exitCode;
  const ctx: CliContext = {
    repoRoot,
    roots,
    json: values.json === true,
    color: wantsColor(values["no-color"] === true, env, options.terminals),
    out,
    err,
    errLines: outgoingLines(options.err),
    env,
    ...(debug ? { debug } : {}),
    ...(interrupts ? { signal: interrupts.signal } : {}),
    contextArgs: contextArgs(values),
    flowArgs: flowArgs(values, repoIsUrl),
    invocation: invokedAs,
    openStore: once(() =>
      openCliStore(values, repoRoot, env, {
        readOnly: spec.readsOnly?.(values) === true,
        command: `flows ${spec.name}`,
        setAsideCommand: (eventId) => `${invokedAs} replay ${shellWord(eventId)}${contextArgs(values)}`,
      }),
    ),
  };
  // Compiled trigger schemas are kept per user between runs (off in the action).
  const cacheDir = values["no-cache"] === true ? undefined : schemaCacheDir(env);
  useSchemaCache(cacheDir === undefined ? undefined : { dir: cacheDir, ...(debug ? { debug } : {}) });
  try {
    checkOptions(spec, values);
    checkArgs(spec, args, { cwd, repoRoot });
    checkUnexpandedHome(values, cwd, spec.name);
    // `flows github` takes --state for the action's input, and runs in a checkout (the workspace).
    if (repoIsUrl) checkRepoUrl(values, spec.name, spec.options.includes("state") && spec.name !== "github");
    else checkRepoFolder(values, repoRoot, spec.name);
    // `flows github` checks them against the action's state input (src/cli/github-command.ts).
    if (spec.options.includes("state") && spec.name !== "github") checkStateOptions(values, spec.name);
    const concurrency = readConcurrency(values.concurrency, spec.name);
    const store = async () => {
      const { store: opened, label } = await ctx.openStore();
      return { ...ctx, store: opened, storeLabel: label };
    };
    if (json) held = [];
    return await spec.run({ ctx, values, args, concurrency, store });
  } catch (thrown) {
    if (thrown instanceof UsageError) return usage(thrown.command ? thrown : new UsageError(thrown.message, spec.name));
    const error = saidForTheCommand(currentFolderGone(thrown) ?? thrown);
    const [{ describeError }, { isUserError }, events] = await Promise.all([import("../describe-error.js"), import("../user-error.js"), import("../events/errors.js")]);
    // The event handed in on the command line (a file, standard input, --event) is the caller's
    // mistake, said as usage errors are: unreadable or not JSON, no FlowEvent, or over the
    // payload budget (the action's own checks, whose messages stay as the action prints them).
    const aboutInput = error instanceof InputFileError || error instanceof events.PayloadBudgetError || error instanceof events.FlowEventInputError;
    // The message as given goes in the --json document; the terminal gets it escaped (an id is the sender's text).
    err(`${aboutInput ? "flows: " : ""}${terminalLines(describeError(error))}\n`);
    if (error instanceof CommandFailed && error.problems.length > 0) {
      const { formatProblem } = await import("../report/text.js");
      for (const problem of error.problems) err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    }
    return failed(error, { kind: isUserError(error) ? "failed" : "bug", exitCode: EXIT.failed, command: spec.name });
  } finally {
    const notSaved = opened.has(ctx.openStore) ? await closeCliStore(ctx) : undefined;
    if (notSaved !== undefined) saving.failed = true;
    interrupts?.dispose();
    const document = held?.join("") ?? "";
    held = undefined;
    if (notSaved !== undefined && json && !heldIsError) {
      options.out(errorDocument(notSaved, { kind: "failed", exitCode: EXIT.failed, command: spec.name, ...(document ? { result: parsedOrText(document) } : {}) }));
    } else if (document) options.out(document);
  }
}

/**
 * The current folder was removed (or moved) after the shell entered it (`git switch` to a branch
 * without it, `rm -rf` in another terminal): the user's to fix, not a stack trace.
 */
function currentFolderGone(error: unknown): CommandFailed | undefined {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  if (code !== "ENOENT" || syscall !== "uv_cwd") return undefined;
  return new CommandFailed(
    "The current folder no longer exists (it was removed or moved after this shell entered it), and flows takes --repo and file paths from it: `cd` into the repository again.",
  );
}

/**
 * An error whose library wording names an option of the library (bunPath, which the command
 * fills from --bun) said as the command line gives it (BunNotFoundError.cliMessage).
 */
function saidForTheCommand(error: unknown): unknown {
  const cliMessage = (error as { cliMessage?: unknown } | null | undefined)?.cliMessage;
  if (error instanceof Error && typeof cliMessage === "string") error.message = cliMessage;
  return error;
}

/** A held --json document, parsed again to be nested; as text if it was not one document. */
function parsedOrText(document: string): unknown {
  try {
    return JSON.parse(document);
  } catch {
    return document;
  }
}

/** The options that chose the repository, flows and store, as given: for the commands messages suggest (CliContext.contextArgs). */
/** The options that chose the flow packages (a --repo URL names a state branch, not packages). */
function flowArgs(values: ParsedValues, repoIsUrl: boolean): string {
  const names = repoIsUrl ? (["flows-path"] as const) : (["repo", "flows-path"] as const);
  return names.map((name) => (values[name] === undefined ? "" : ` --${name} ${shellWord(values[name])}`)).join("");
}

function contextArgs(values: ParsedValues): string {
  const names = ["repo", "flows-path", "state", "state-dir", "branch", "repository"] as const;
  return names.map((name) => (values[name] === undefined ? "" : ` --${name} ${shellWord(values[name])}`)).join("");
}

/**
 * `npx flows` when npm started the command (npm sets npm_command: `exec` for npx and npm exec;
 * for a package.json script `run` since npm 11, `run-script` before): a dev dependency's `flows`
 * is not on PATH outside npm, and npx finds it there (or, in a clone of flows-action, its own
 * bin). Else `flows`.
 */
const NPM_COMMANDS = new Set(["exec", "run", "run-script"]);

function invocation(env: NodeJS.ProcessEnv): string {
  return env.npm_command !== undefined && NPM_COMMANDS.has(env.npm_command) ? "npx flows" : "flows";
}

function isOn(value: string | undefined): boolean {
  return /^(1|true|on|yes)$/i.test(value?.trim() ?? "");
}

/**
 * The command's word, before the command line is parsed (its errors name the command's help):
 * the first word that is not an option or an option's value (`flows --repo ../x fire --evnt`).
 */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--") return argv[i + 1];
    if (!arg.startsWith("-") || arg === "-") return arg;
    const name = arg.startsWith("--") && !arg.includes("=") ? arg.slice(2) : undefined;
    const spec = name === undefined ? undefined : (OPTIONS as Record<string, { type: string }>)[name === "cwd" ? "repo" : name];
    const next = argv[i + 1];
    // As the parser takes a value: the next word, unless it is an option (a negative number is a value).
    if (spec?.type === "string" && next !== undefined && (!next.startsWith("-") || next === "-" || /^-\d/.test(next))) i += 1;
  }
  return undefined;
}

/** Names other tools (gh, npm, git, CI systems) use for a command of flows, too far from its name for "did you mean". */
const SYNONYMS: Record<string, string> = {
  init: "new",
  create: "new",
  scaffold: "new",
  generate: "new",
  check: "validate",
  lint: "validate",
  verify: "validate",
  ls: "list",
  trigger: "fire",
  dispatch: "fire",
  why: "explain",
  status: "runs",
  log: "runs",
  logs: "runs",
  history: "runs",
  ps: "runs",
  view: "show",
  inspect: "show",
  get: "show",
  rerun: "replay",
  retry: "replay",
};

function findCommand(name: string): CommandSpec | UsageError {
  const spec = COMMANDS.find((command) => command.name === name);
  if (spec) return spec;
  // `gh version`, `bun version`: flows spells it as an option.
  if (name.toLowerCase() === "version") return new UsageError('Unknown command "version". Did you mean `flows --version`?');
  const names = [...COMMANDS.map((command) => command.name), "help"];
  const synonym = SYNONYMS[name.toLowerCase()];
  const hint = synonym === undefined ? didYouMean(name, names) : ` Did you mean "${synonym}"?`;
  return new UsageError(`Unknown command "${name}".${hint}`);
}

/** An option the command does not take is a mistake worth saying, not something to ignore. */
function checkOptions(spec: CommandSpec, values: ParsedValues): void {
  const allowed = new Set([...GLOBAL_OPTIONS, ...spec.options, "version"]);
  for (const [option, value] of Object.entries(values)) {
    if (value === undefined || allowed.has(option as never)) continue;
    throw new UsageError(`flows ${spec.name} does not take --${option}.`, spec.name);
  }
}

function readConcurrency(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  return countOption(value, "--concurrency", command, "such as 16, the default");
}

/** `flows --version --json` (schemas/cli-version.schema.json): the package, and what runs the command. */
function versionDocument(version: string | null): string {
  const bun = (globalThis as { Bun?: { version: string } }).Bun;
  const document: CliVersion = {
    name: "flows-action",
    version,
    runtime: bun ? { name: "bun", version: bun.version } : { name: "node", version: process.versions.node },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function packageVersion(): Promise<{ version: string | null }> {
  const [{ readFile }, { join }, { flowsActionPackageDir }] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../runners/find-bun.js"),
  ]);
  const dir = flowsActionPackageDir();
  if (!dir) return { version: null };
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { version?: string };
  return { version: typeof manifest.version === "string" ? manifest.version : null };
}

const opened = new WeakSet<() => unknown>();

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  const get = (): Promise<T> => {
    opened.add(get);
    value ??= make();
    return value;
  };
  return get;
}
