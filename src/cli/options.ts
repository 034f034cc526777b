import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { CliHelpOption } from "../generated/types.js";
import { didYouMean, UsageError } from "./usage.js";
import { fileProblem } from "../flows/file-problem.js";
import { shellWord } from "../shell-word.js";

type OptionSpec = {
  type: "string" | "boolean";
  /** A string option that may also stand alone (then its value is ""): `flows watch --status`. */
  optionalValue?: boolean;
  multiple?: boolean;
  short?: string;
  /** The value's name in help, for string options. */
  value?: string;
  description: string;
};

/** Every option `flows` knows; each command lists the ones it takes (see command-table.ts). */
export const OPTIONS = {
  repo: { type: "string", value: "DIR", description: "repository root (default: the current folder, or from a subfolder of a git repository the nearest folder above it that holds a flow root); a URL for --state branch; --cwd DIR, the older runner's spelling, means the same" },
  "flows-path": { type: "string", value: "P", description: "flow roots, comma separated (default: .codex/flows,flows)" },
  json: { type: "boolean", description: "machine-readable output: one JSON document on standard output, {\"error\": ...} when it stops before its result" },
  "no-color": { type: "boolean", description: "plain output (also NO_COLOR=1; FORCE_COLOR=1 colours output that is no terminal)" },
  "no-cache": { type: "boolean", description: "do not keep compiled trigger schemas between runs (also FLOWS_CACHE=0)" },
  debug: { type: "boolean", description: "say why each step matched or not, what was reused, cached and stored (also FLOWS_DEBUG=1 or RUNNER_DEBUG=1)" },
  help: { type: "boolean", short: "h", description: "help for the command" },
  version: { type: "boolean", description: "the version of flows" },
  event: { type: "string", value: "FILE", description: "a FlowEvent as JSON (fire, run, explain: - reads it from standard input)" },
  "dry-run": { type: "boolean", description: "match and report, but run and record nothing" },
  "ignore-trigger": { type: "boolean", description: "run the named step though its trigger does not match the event (flows run; as the older runner's run did)" },
  concurrency: { type: "string", value: "N", description: "steps in flight at once (default 16; one flow's steps keep their order)" },
  bun: { type: "string", value: "PATH", description: "the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH)" },
  "workspace-backend-url": { type: "string", value: "URL", description: "runtime.workspaceBackendUrl for steps (default: CODEX_WORKSPACE_BACKEND_WS_URL)" },
  state: { type: "string", value: "KIND", description: "where runs are remembered: file (default), branch, artifact (written only inside a workflow run) or none" },
  "state-dir": { type: "string", value: "DIR", description: "file store folder (default: <repo>/.codex/flow-client)" },
  branch: { type: "string", value: "NAME", description: "state branch (default: flows-state)" },
  repository: { type: "string", value: "OWNER/REPO", description: "the GitHub repository (artifact store, flows github)" },
  "event-name": { type: "string", value: "NAME", description: "the GitHub event name (push, pull_request, release, ...)" },
  "event-path": { type: "string", value: "FILE", description: "the webhook payload as JSON (- reads it from standard input)" },
  input: { type: "string", multiple: true, value: "NAME=VALUE", description: "an action input (repeatable)" },
  type: { type: "string", value: "T", description: "event type; * matches any text, as in triggers" },
  limit: { type: "string", value: "N", description: "at most N entries" },
  status: {
    type: "string",
    optionalValue: true,
    value: "S",
    description: "only runs with this effective status (completed, failed, needs_intervention, ...)",
  },
  "max-requests": { type: "string", value: "N", description: "requests one poll may make (default 300)" },
  "needs-attention": { type: "boolean", description: "only runs that are blocked or need intervention" },
  once: { type: "boolean", description: "poll once and exit" },
  watch: { type: "string", value: "LINES", description: '"owner/repo ..." lines, as the action\'s watch input' },
  config: { type: "string", value: "FILE", description: "a TOML file with [[watch]] tables (default: the repository's .github/flows.toml)" },
  on: { type: "string", value: "TYPE", description: "the event type the new step runs on (default workflow_dispatch); * matches any text, as in triggers" },
  step: { type: "string", value: "NAME", description: "the new step's name, and its script's: exec/NAME.ts (default main)" },
  module: { type: "boolean", description: "a module-style step: its default export gets the context and returns the result (the default)" },
  raw: { type: "boolean", description: "a raw step: reads the context on standard input, prints a FLOW_RESULT line" },
  force: { type: "boolean", description: "forget it even while a step of it reads as running (its dispatcher gone on another host, before its lease runs out)" },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
export type ParsedValues = {
  [K in OptionName]?: (typeof OPTIONS)[K] extends { type: "boolean" } ? boolean : (typeof OPTIONS)[K] extends { multiple: true } ? string[] : string;
};

const NAMES = Object.keys(OPTIONS) as OptionName[];

/**
 * The older runtime's runner (`codex-flow-runner [--cwd <dir>] run <flow> <step> --event <file>
 * [--run-id <id>] [--attempt-id <id>] [--replay]`) spelled some things otherwise. `--cwd` means
 * what `--repo` means, so a script written for that runner keeps working; the others have no
 * counterpart to map to, and say what to do instead.
 */
const OLDER_RUNNER_ALIASES: Record<string, OptionName> = { cwd: "repo" };
const OLDER_RUNNER_FLAGS: Record<string, (invocation: string) => string> = {
  "run-id": () => "flows derives each run's id from the event, flow and step (README, \"Record format\"), so a redelivered event is recognised; it takes no id from the caller. Leave --run-id out.",
  "attempt-id": () => "flows numbers a run's attempts itself and gives each step its attempt id (runtime.attemptId, CODEX_FLOW_ATTEMPT_ID). Leave --attempt-id out.",
  replay: (invocation) => `to run a stored event's steps again, use \`${invocation} replay <event-id>\`.`,
};

/**
 * Options other CLIs have that flows spells otherwise or does not need: said with what to use,
 * rather than "unknown" alone (`-v` is `--version` in npm and bun; colours are on by themselves).
 */
const OTHER_CLI_OPTIONS: Record<string, string> = {
  "-v": "Did you mean --version?",
  "-V": "Did you mean --version?",
  "--color": "Colours are on when standard output and error are a terminal; FORCE_COLOR=1 turns them on elsewhere, --no-color off.",
  "--colour": "Colours are on when standard output and error are a terminal; FORCE_COLOR=1 turns them on elsewhere, --no-color off.",
  "--colors": "Colours are on when standard output and error are a terminal; FORCE_COLOR=1 turns them on elsewhere, --no-color off.",
  "--verbose": "Did you mean --debug?",
  "--no-debug": "Debug lines are off unless --debug, FLOWS_DEBUG=1 or RUNNER_DEBUG=1 turns them on: leave --debug out and unset those.",
  "--timeout": "A step's time limit is timeout_ms in its [[steps]] table of flow.toml (README, \"Timeout\"); no option sets it (for flows github in http mode: --input backend-timeout-minutes=N).",
  "--quiet": "flows prints results on standard output and step output on standard error: redirect the one you do not want (2>/dev/null).",
};

/**
 * argv → values and positionals. Unknown options and missing values are usage errors with a
 * suggestion; `invocation` is how a suggested command starts (`flows`, `npx flows`). (Not
 * node:util's parseArgs: loading node:util costs Bun more than the whole parse, and its messages
 * are not ours.)
 */
export function parseCommandLine(
  argv: string[],
  command: string | undefined,
  invocation: string,
  /** The command's id argument as its usage names it (`<event-id>`), when it takes one. */
  commandArgs?: string,
): { values: ParsedValues; positionals: string[] } {
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const [flag, inline] = long ? splitAt(arg.slice(2), "=") : [arg.slice(1), undefined];
    const name = long ? (OLDER_RUNNER_ALIASES[flag] ?? flag) : NAMES.find((option) => (OPTIONS[option] as OptionSpec).short === flag);
    if (name === undefined || !(name in OPTIONS)) {
      const shown = long ? `--${flag}` : arg;
      const older = long ? OLDER_RUNNER_FLAGS[flag] : undefined;
      if (older !== undefined) throw new UsageError(`${shown} is an option of the older runtime's runner: ${older(invocation)}`, command);
      const other = OTHER_CLI_OPTIONS[shown];
      if (other !== undefined) throw new UsageError(`Unknown option ${shown}. ${other}`, command);
      // `--no-dry-run`, `--no-json`: a switch is off unless given; "did you mean --dry-run" would turn it on.
      const negated = long && flag.startsWith("no-") ? flag.slice(3) : undefined;
      if (negated !== undefined && negated in OPTIONS && (OPTIONS[negated as OptionName] as OptionSpec).type === "boolean") {
        throw new UsageError(`Unknown option ${shown}. --${negated} is off unless it is given: leave ${shown} out.`, command);
      }
      // `-json`, `-dry-run`: a long option written with one dash.
      const suggest = long || flag.length > 1 ? didYouMean(flag, NAMES, (match) => `--${match}`) : "";
      // `flows forget --all`: an id that starts with "-" (a stored event's id is the sender's text)
      // can be given, after `--`, which ends the options.
      const asArgument = !suggest && command !== undefined && commandArgs !== undefined ? ` If ${shown} is meant as the ${commandArgs} argument, give it after --, which ends the options: \`${invocation} ${command} -- ${shellWord(arg)}\`.` : "";
      throw new UsageError(`Unknown option ${shown}.${suggest}${asArgument}`, command);
    }
    const spec: OptionSpec = OPTIONS[name as OptionName];
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`, command);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      // A negative number is a value (to be refused by the option's own check), not an option.
      if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))) {
        // `runs --event --all`: a value that starts with "-" and is no option of flows is written with "=".
        const withEquals = next !== undefined && next !== "--" && !isOption(next) ? ` "${next}" reads as an option; a value that starts with - is written --${name}=${shellWord(next)}.` : "";
        if (!spec.optionalValue) throw new UsageError(`--${name} needs a value.${withEquals}`, command);
        value = "";
      } else {
        value = next;
        i += 1;
      }
    }
    // `--state-dir=` or `--repo "$UNSET"`: an empty value would quietly mean the current folder.
    if (value === "" && !spec.optionalValue) throw new UsageError(`--${name} needs a value; it was given empty.`, command);
    // `--flows-path ,` names no folder either: it would look in none and say "No flow.toml found under ".
    if (name === "flows-path" && value.split(",").every((part) => part.trim() === "")) {
      throw new UsageError("--flows-path needs at least one folder, comma separated (e.g. --flows-path flows,.codex/flows).", command);
    }
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else if (values[name] !== undefined && values[name] !== value) {
      // The last one silently winning hides a mistake: say which two were given.
      throw new UsageError(`--${name} is given twice ("${values[name]}" and "${value}"); give it once.`, command);
    } else values[name] = value;
  }
  return { values: values as ParsedValues, positionals };
}

/** Whether a word is an option flows knows (`--json`, `--json=x`, `-h`, `--cwd`), as parseCommandLine reads it. */
function isOption(word: string): boolean {
  if (word.startsWith("--")) {
    const [flag] = splitAt(word.slice(2), "=");
    return (OLDER_RUNNER_ALIASES[flag] ?? flag) in OPTIONS;
  }
  return NAMES.some((option) => (OPTIONS[option] as OptionSpec).short === word.slice(1));
}

function splitAt(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** What one command says about an option that means something else there (`runs --event ID`). */
export type OptionHelp = { value?: string; description: string };

/** The help line of one option: `  --name VALUE   description`, as `help` (a command's own wording) says when given. */
export function optionLine(name: OptionName, help?: OptionHelp): string {
  const { flag, description } = optionEntry(name, help);
  return `  ${flag.padEnd(30)}${description}`;
}

/** One option as help describes it (`flows help --json`, schemas/cli-help.schema.json), in a command's own wording when given. */
export function optionEntry(name: OptionName, help?: OptionHelp): CliHelpOption {
  const spec: OptionSpec = help ? { ...OPTIONS[name], value: help.value, description: help.description } : OPTIONS[name];
  const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
  return {
    name,
    flag,
    ...(spec.short ? { short: spec.short } : {}),
    ...(spec.value ? { value: spec.value } : {}),
    takesValue: spec.value !== undefined,
    ...(spec.multiple ? { repeatable: true } : {}),
    description: spec.description,
  };
}

/**
 * --repo names a folder that exists: a typo would otherwise find no flows and say nothing ran.
 * (With --state branch the branch store says it, with what to pass: a checkout or its URL.)
 */
export function checkRepoFolder(values: ParsedValues, repoRoot: string, command: string): void {
  const repo = values.repo;
  if (repo === undefined || values.state === "branch") return;
  let folder: boolean;
  try {
    folder = statSync(repoRoot).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`--repo ${repo}: there is no folder ${repoRoot}.`, command);
    const { problem, hint } = fileProblem(repoRoot, code, "folder");
    throw new UsageError(`--repo ${repo}: ${repoRoot} ${problem}. ${hint}`, command);
  }
  if (!folder) throw new UsageError(`--repo ${repo}: ${repoRoot} is a file, not a folder. Give the repository's root folder.`, command);
}

/** The options whose values are paths, taken from the current folder. */
const PATH_OPTIONS = ["repo", "event", "event-path", "state-dir", "config", "bun"] as const;

/**
 * A path that starts with `~` the shell left as it is (`--repo=~/work`: a shell expands `~` only
 * at the start of a word, not after `=` nor inside quotes) names a folder called "~" under the
 * current one: a usage error saying so, unless such a path exists. `cwd`: where paths are taken from.
 */
export function checkUnexpandedHome(values: ParsedValues, cwd: string, command: string): void {
  for (const name of PATH_OPTIONS) {
    const value = values[name];
    if (value === undefined) continue;
    if (!(value === "~" || value.startsWith("~/")) || existsSync(resolve(cwd, value))) continue;
    throw new UsageError(
      `--${name} ${value}: the ~ was not turned into your home folder (a shell does that only at the start of a word, not after = nor inside quotes), ` +
        `so it names a folder "~" under ${cwd}. Write --${name} $HOME${value.slice(1)}, or --${name} ${value} with a space and no quotes.`,
      command,
    );
  }
}

/**
 * A URL for --repo names the repository whose state branch is read (`--state branch`): the flows
 * still come from this checkout. Anywhere else it named nothing that was read, and the command
 * quietly ran on the current folder. `storeOpened`: the command opens its store from --state
 * (not `flows github`, which runs the action's code in a checkout).
 */
export function checkRepoUrl(values: ParsedValues, command: string, storeOpened: boolean): void {
  if (storeOpened && values.state === "branch") return;
  const instead = storeOpened ? "; with --state branch, a URL reads that repository's state branch" : "";
  throw new UsageError(`--repo ${values.repo} is a URL; give the repository's folder${instead}.`, command);
}
