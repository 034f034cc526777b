import type { CliHelpOption } from "../generated/types.js";
/** Every option `flows` knows; each command lists the ones it takes (see command-table.ts). */
export declare const OPTIONS: {
    readonly repo: {
        readonly type: "string";
        readonly value: "DIR";
        readonly description: "repository root (default: the current folder, or from a subfolder of a git repository the nearest folder above it that holds a flow root); a URL for --state branch; --cwd DIR, the older runner's spelling, means the same";
    };
    readonly "flows-path": {
        readonly type: "string";
        readonly value: "P";
        readonly description: "flow roots, comma separated (default: .codex/flows,flows)";
    };
    readonly json: {
        readonly type: "boolean";
        readonly description: "machine-readable output: one JSON document on standard output, {\"error\": ...} when it stops before its result";
    };
    readonly "no-color": {
        readonly type: "boolean";
        readonly description: "plain output (also NO_COLOR=1; FORCE_COLOR=1 colours output that is no terminal)";
    };
    readonly "no-cache": {
        readonly type: "boolean";
        readonly description: "do not keep compiled trigger schemas between runs (also FLOWS_CACHE=0)";
    };
    readonly debug: {
        readonly type: "boolean";
        readonly description: "say why each step matched or not, what was reused, cached and stored (also FLOWS_DEBUG=1 or RUNNER_DEBUG=1)";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
        readonly description: "help for the command";
    };
    readonly version: {
        readonly type: "boolean";
        readonly description: "the version of flows";
    };
    readonly event: {
        readonly type: "string";
        readonly value: "FILE";
        readonly description: "a FlowEvent as JSON (fire, run, explain: - reads it from standard input)";
    };
    readonly "dry-run": {
        readonly type: "boolean";
        readonly description: "match and report, but run and record nothing";
    };
    readonly "ignore-trigger": {
        readonly type: "boolean";
        readonly description: "run the named step though its trigger does not match the event (flows run; as the older runner's run did)";
    };
    readonly concurrency: {
        readonly type: "string";
        readonly value: "N";
        readonly description: "steps in flight at once (default 16; one flow's steps keep their order)";
    };
    readonly bun: {
        readonly type: "string";
        readonly value: "PATH";
        readonly description: "the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH)";
    };
    readonly "workspace-backend-url": {
        readonly type: "string";
        readonly value: "URL";
        readonly description: "runtime.workspaceBackendUrl for steps (default: CODEX_WORKSPACE_BACKEND_WS_URL)";
    };
    readonly state: {
        readonly type: "string";
        readonly value: "KIND";
        readonly description: "where runs are remembered: file (default), branch, artifact (written only inside a workflow run) or none";
    };
    readonly "state-dir": {
        readonly type: "string";
        readonly value: "DIR";
        readonly description: "file store folder (default: <repo>/.codex/flow-client)";
    };
    readonly branch: {
        readonly type: "string";
        readonly value: "NAME";
        readonly description: "state branch (default: flows-state)";
    };
    readonly repository: {
        readonly type: "string";
        readonly value: "OWNER/REPO";
        readonly description: "the GitHub repository (artifact store, flows github)";
    };
    readonly "event-name": {
        readonly type: "string";
        readonly value: "NAME";
        readonly description: "the GitHub event name (push, pull_request, release, ...)";
    };
    readonly "event-path": {
        readonly type: "string";
        readonly value: "FILE";
        readonly description: "the webhook payload as JSON (- reads it from standard input)";
    };
    readonly input: {
        readonly type: "string";
        readonly multiple: true;
        readonly value: "NAME=VALUE";
        readonly description: "an action input (repeatable)";
    };
    readonly type: {
        readonly type: "string";
        readonly value: "T";
        readonly description: "event type; * matches any text, as in triggers";
    };
    readonly limit: {
        readonly type: "string";
        readonly value: "N";
        readonly description: "at most N entries";
    };
    readonly status: {
        readonly type: "string";
        readonly optionalValue: true;
        readonly value: "S";
        readonly description: "only runs with this effective status (completed, failed, needs_intervention, ...)";
    };
    readonly "max-requests": {
        readonly type: "string";
        readonly value: "N";
        readonly description: "requests one poll may make (default 300)";
    };
    readonly "needs-attention": {
        readonly type: "boolean";
        readonly description: "only runs that are blocked or need intervention";
    };
    readonly once: {
        readonly type: "boolean";
        readonly description: "poll once and exit";
    };
    readonly watch: {
        readonly type: "string";
        readonly value: "LINES";
        readonly description: "\"owner/repo ...\" lines, as the action's watch input";
    };
    readonly config: {
        readonly type: "string";
        readonly value: "FILE";
        readonly description: "a TOML file with [[watch]] tables (default: the repository's .github/flows.toml)";
    };
    readonly on: {
        readonly type: "string";
        readonly value: "TYPE";
        readonly description: "the event type the new step runs on (default workflow_dispatch); * matches any text, as in triggers";
    };
    readonly step: {
        readonly type: "string";
        readonly value: "NAME";
        readonly description: "the new step's name, and its script's: exec/NAME.ts (default main)";
    };
    readonly module: {
        readonly type: "boolean";
        readonly description: "a module-style step: its default export gets the context and returns the result (the default)";
    };
    readonly raw: {
        readonly type: "boolean";
        readonly description: "a raw step: reads the context on standard input, prints a FLOW_RESULT line";
    };
    readonly force: {
        readonly type: "boolean";
        readonly description: "forget it even while a step of it reads as running (its dispatcher gone on another host, before its lease runs out)";
    };
};
export type OptionName = keyof typeof OPTIONS;
export type ParsedValues = {
    [K in OptionName]?: (typeof OPTIONS)[K] extends {
        type: "boolean";
    } ? boolean : (typeof OPTIONS)[K] extends {
        multiple: true;
    } ? string[] : string;
};
/**
 * argv → values and positionals. Unknown options and missing values are usage errors with a
 * suggestion; `invocation` is how a suggested command starts (`flows`, `npx flows`). (Not
 * node:util's parseArgs: loading node:util costs Bun more than the whole parse, and its messages
 * are not ours.)
 */
export declare function parseCommandLine(argv: string[], command: string | undefined, invocation: string, 
/** The command's id argument as its usage names it (`<event-id>`), when it takes one. */
commandArgs?: string): {
    values: ParsedValues;
    positionals: string[];
};
/** What one command says about an option that means something else there (`runs --event ID`). */
export type OptionHelp = {
    value?: string;
    description: string;
};
/** The help line of one option: `  --name VALUE   description`, as `help` (a command's own wording) says when given. */
export declare function optionLine(name: OptionName, help?: OptionHelp): string;
/** One option as help describes it (`flows help --json`, schemas/cli-help.schema.json), in a command's own wording when given. */
export declare function optionEntry(name: OptionName, help?: OptionHelp): CliHelpOption;
/**
 * --repo names a folder that exists: a typo would otherwise find no flows and say nothing ran.
 * (With --state branch the branch store says it, with what to pass: a checkout or its URL.)
 */
export declare function checkRepoFolder(values: ParsedValues, repoRoot: string, command: string): void;
/**
 * A path that starts with `~` the shell left as it is (`--repo=~/work`: a shell expands `~` only
 * at the start of a word, not after `=` nor inside quotes) names a folder called "~" under the
 * current one: a usage error saying so, unless such a path exists. `cwd`: where paths are taken from.
 */
export declare function checkUnexpandedHome(values: ParsedValues, cwd: string, command: string): void;
/**
 * A URL for --repo names the repository whose state branch is read (`--state branch`): the flows
 * still come from this checkout. Anywhere else it named nothing that was read, and the command
 * quietly ran on the current folder. `storeOpened`: the command opens its store from --state
 * (not `flows github`, which runs the action's code in a checkout).
 */
export declare function checkRepoUrl(values: ParsedValues, command: string, storeOpened: boolean): void;
