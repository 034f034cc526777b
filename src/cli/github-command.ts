import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ActionInputError, readInputs } from "../action/inputs.js";
import { runAction } from "../action/run.js";
import { findBun, flowsActionPackageDir } from "../runners/find-bun.js";
import type { StateFolderSetting } from "../state/file-errors.js";
import { discoverFlows } from "../flows/discovery.js";
import { briefOutcome, type CliContext } from "./commands.js";
import { layoutWarnings, reportFlowWarnings } from "./flow-warnings.js";
import { allProblems } from "../report/summary.js";
import { formatProblem } from "../report/text.js";
import { parseJsonFileText, readJsonFile, readStdinText, refuseFlowEventAsWebhook, STDIN, standardInputProblem } from "./json-file.js";
import { statPath } from "../fs-async.js";
import { fileKind } from "../fs-safe.js";
import { checkPayloadShape, checkPayloadSize, MAX_PAYLOAD_BYTES } from "../events/budget.js";
import { withRunnerRefVariables } from "../events/runner-ref.js";
import { makeScratchDir } from "../scratch.js";
import { checkGitHubEventName } from "./event-names.js";
import { shellWord } from "../shell-word.js";
import { payloadOfDelivery } from "./webhook-delivery.js";
import { refuseWebhookOfAnotherEvent, warnMissingAction } from "./webhook-shape.js";
import type { ParsedValues } from "./options.js";
import { checkStateOptions, cliStateDirSetting } from "./store.js";
import { terminalIO } from "./terminal-io.js";
import { didYouMean, InputFileError, UsageError } from "./usage.js";

export { GITHUB_EVENT_NAMES } from "./event-names.js";

export type GitHubOptions = {
  eventName: string;
  eventPath: string;
  repository?: string;
  inputs: Record<string, string>;
  /** --bun: the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH). */
  bunPath?: string;
  /** What chose the state folder, as its errors name it (default: the action's state-dir input). */
  stateDirSetting?: StateFolderSetting;
};

/** `flows github` from its options: checks the event name and inputs, then runs the action's code path. */
export async function githubFromCommandLine(ctx: CliContext, values: ParsedValues): Promise<number> {
  const eventName = values["event-name"];
  if (!eventName) throw new UsageError("--event-name is required (push, pull_request, release, ...).", "github");
  checkGitHubEventName(eventName, "github");
  const eventPath = values["event-path"];
  if (!eventPath) throw new UsageError("--event-path is required: the webhook payload as JSON.", "github");
  const inputs = await githubInputs(values, ctx.env, ctx.invocation ?? "flows");
  // The folder comes from --state-dir (or its default), unless `--input state-dir=` set the input itself.
  const viaInput = (values.input ?? []).some((pair) => pair.startsWith("state-dir="));
  return githubCommand(ctx, {
    eventName,
    eventPath,
    repository: values.repository,
    inputs,
    ...(values.bun ? { bunPath: values.bun } : {}),
    ...(viaInput ? {} : { stateDirSetting: cliStateDirSetting(values["state-dir"] !== undefined) }),
  });
}

/** `flows github`: the action's own code path on this machine. */
export async function githubCommand(ctx: CliContext, options: GitHubOptions): Promise<number> {
  const fromStdin = options.eventPath === STDIN;
  const invocation = ctx.invocation ?? "flows";
  const read = fromStdin ? await payloadFromStdin(options.eventName, invocation, ctx.signal) : await payloadFromFile(resolve(options.eventPath), options.eventName, invocation);
  const shown = fromStdin ? STDIN : read.eventPath;
  // GitHub's record of a delivery (`gh api .../deliveries/ID`): its payload is what the action reads.
  const inner = payloadOfDelivery(read.payload, shown, options.eventName, "--event-name");
  const { eventPath, payload } = inner === undefined ? read : { eventPath: await scratchPayloadFile(JSON.stringify(inner)), payload: inner as Payload };
  if (inner !== undefined) ctx.debug?.(`${fromStdin ? "standard input" : shown} holds GitHub's record of a webhook delivery: its request.payload is the event payload`);
  refuseFlowEventAsWebhook(payload, shown, "--event-path", invocation);
  refuseWebhookOfAnotherEvent(options.eventName, payload, shown, "--event-name");
  warnMissingAction(ctx.err, options.eventName, payload, shown);
  // The action's debug lines, as every command's: --debug, FLOWS_DEBUG=1 or RUNNER_DEBUG=1 (src/cli/main.ts).
  const io = terminalIO({ inputs: options.inputs, stdout: ctx.err, stderr: ctx.err, color: ctx.color, debug: ctx.debug !== undefined });
  const repository = repositoryOf(options, ctx.env, payload, invocation);
  // GITHUB_REF and its kin as a runner would set them for this event, unless they are set.
  const env: NodeJS.ProcessEnv = {
    ...withRunnerRefVariables(ctx.env, options.eventName, payload),
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: ctx.repoRoot,
    GITHUB_REPOSITORY: repository.name,
    GITHUB_ACTOR: ctx.env.GITHUB_ACTOR ?? ctx.env.USER ?? "local",
    GITHUB_OUTPUT: undefined,
    GITHUB_STEP_SUMMARY: undefined,
  };
  // Bun as `flows fire` finds it (--bun, FLOWS_BUN, next to flows-action, PATH), not from a
  // runner's tool cache, which this machine has not got; not found is a user error saying so.
  const outcome = await runAction({
    io,
    env,
    signal: ctx.signal,
    findBun: async (stepEnv) => findBun({ explicit: options.bunPath, env: stepEnv, caller: "cli" }).path,
    ...(options.stateDirSetting ? { stateDirSetting: options.stateDirSetting } : {}),
    repositorySetting: repository.setting,
  });
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ outputs: Object.fromEntries(io.outputs), outcome: briefOutcome(outcome) }, null, 2)}\n`);
  } else {
    ctx.out(`${io.summaries.join("\n")}\n`);
    ctx.out("Outputs:\n");
    for (const [name, value] of io.outputs) ctx.out(`  ${name} = ${name === "results" ? `${value.length} chars of JSON` : value}\n`);
  }
  // The action's log lists the load-time warnings but those of the layout (a folder under a flow
  // root that is not a package: it loads without checkLayout), said here as fire says them; and
  // validate's warnings about the steps the event reached are counted as fire counts them.
  const roots = readInputs(terminalIO({ inputs: options.inputs, stdout: () => undefined, stderr: () => undefined, color: false, debug: false })).flowsPath;
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots, eventType: outcome.event.type, checkLayout: true });
  for (const warning of layoutWarnings(discovery, allProblems(outcome), ctx.repoRoot)) ctx.err(`${formatProblem(warning, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  await reportFlowWarnings(ctx, discovery.flows, [outcome]);
  return io.failure ? 1 : 0;
}

type Payload = { repository?: { full_name?: string } };

/**
 * GITHUB_REPOSITORY for the action's code path, and what set it: --repository, else
 * GITHUB_REPOSITORY, else the payload's repository. With none, a stand-in name will do for
 * running steps here, but not for a replay on a flow backend: the event the backend sends must be
 * of the repository its reports go to, and a stand-in would refuse every event as another
 * repository's, naming a repository nobody set. Refused before anything is sent.
 */
function repositoryOf(options: GitHubOptions, env: NodeJS.ProcessEnv, payload: Payload | undefined, invocation: string): { name: string; setting: string } {
  if (options.repository) return { name: options.repository, setting: "--repository" };
  if (env.GITHUB_REPOSITORY) return { name: env.GITHUB_REPOSITORY, setting: "GITHUB_REPOSITORY" };
  const full = payload?.repository?.full_name;
  if (typeof full === "string" && full !== "") return { name: full, setting: "the payload's repository.full_name; --repository sets another" };
  const replay = options.inputs.replay;
  if (replay && options.inputs.mode === "http") {
    throw new UsageError(
      `--input replay=${shellWord(replay)} with mode http replays an event the flow backend stores, which must be an event of the repository its check runs and comment go to, and no repository is known (no --repository, GITHUB_REPOSITORY, nor repository.full_name in the payload), so nothing was sent. Pass --repository owner/repo: \`${invocation} github ... --repository owner/repo\`.`,
      "github",
    );
  }
  return { name: "local/repository", setting: "the stand-in for no --repository" };
}

async function payloadFromFile(path: string, eventName: string, invocation: string): Promise<{ eventPath: string; payload: Payload }> {
  await checkEventFile(path, eventName);
  return { eventPath: path, payload: (await readJsonFile(path, "The event payload", invocation)) as Payload };
}

/**
 * `--event-path -`: the payload piped in (`gh api … | flows github --event-name push --event-path -`),
 * bounded as an event file is (GitHub's 25 MiB cap), checked as JSON with errors at its line on
 * <stdin>, then written to a private scratch file: the action's code path reads GITHUB_EVENT_PATH,
 * and may read it more than once.
 */
async function payloadFromStdin(eventName: string, invocation: string, signal: AbortSignal | undefined): Promise<{ eventPath: string; payload: Payload }> {
  const what = "The event payload";
  let text: string;
  try {
    text = await readStdinText(what, `cat payload.json | ${invocation} github --event-name ${eventName} --event-path -`, MAX_PAYLOAD_BYTES, signal);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EFBIG") {
      throw new InputFileError(
        `${what} on standard input is larger than 25 MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads), so it was not dispatched and nothing was stored. Send a smaller payload.`,
      );
    }
    throw new InputFileError(standardInputProblem(what, code));
  }
  const payload = parseJsonFileText(text, STDIN, what);
  // Said here, naming standard input: the action's code path would name the scratch file.
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new InputFileError(`${what} on standard input holds ${Array.isArray(payload) ? "an array" : "a plain value"}; a webhook payload is a JSON object.`);
  }
  checkPayloadShape(payload, "the webhook piped in on standard input");
  return { eventPath: await scratchPayloadFile(text), payload: payload as Payload };
}

/** A private file the action's code path reads as GITHUB_EVENT_PATH, removed when the command exits. */
async function scratchPayloadFile(text: string): Promise<string> {
  const eventPath = join(makeScratchDir("flows-event-"), "event.json");
  await writeFile(eventPath, text, { mode: 0o600 });
  return eventPath;
}

/**
 * The payload file is read twice (here for its repository, then by the action's code path), so
 * only a plain file will do: a FIFO would wait here for a writer forever, and a pipe read once
 * is empty the second time. Its size is checked before this first read, as the action checks it.
 */
async function checkEventFile(path: string, eventName: string): Promise<void> {
  const info = await statPath(path).catch(() => undefined);
  if (info === undefined || info.isDirectory()) return; // readJsonFile says what is wrong with these
  if (!info.isFile()) {
    // `--event-path <(gh api …)` is a pipe: standard input takes one, read once into a private file.
    throw new InputFileError(
      `The event payload file ${path} is ${fileKind(info)}, not a plain file; give the path of a JSON file, ` +
        `or pipe it in (\`gh api … | flows github --event-name ${shellWord(eventName)} --event-path -\`).`,
    );
  }
  checkPayloadSize(info.size, `The GitHub event file ${path} (GITHUB_EVENT_PATH)`);
}

/** Action inputs for `flows github`: `--input name=value`, checked against action.yml, plus the shortcut flags. */
async function githubInputs(values: ParsedValues, env: NodeJS.ProcessEnv, invocation: string): Promise<Record<string, string>> {
  const known = await actionInputNames();
  const inputs: Record<string, string> = {};
  for (const pair of values.input ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--input takes name=value; got "${pair}".`, "github");
    const name = pair.slice(0, at);
    if (known && !known.includes(name)) {
      throw new UsageError(
        `--input ${name}: the action has no input "${name}".${didYouMean(name, known)} Its inputs: ${known.join(", ")}.`,
        "github",
      );
    }
    const value = pair.slice(at + 1);
    // As with any option given twice: the last one quietly winning hides a mistake.
    if (inputs[name] !== undefined && inputs[name] !== value) {
      throw new UsageError(`--input ${name} is given twice ("${inputs[name]}" and "${value}"); give it once.`, "github");
    }
    inputs[name] = value;
  }
  // A flag and `--input` for the same input: one setting given twice, whichever way.
  const fromFlag = (name: string, flag: string, value: string | undefined): void => {
    if (value === undefined) return;
    if (inputs[name] !== undefined && inputs[name] !== value) {
      throw new UsageError(`--${flag} and --input ${name}= set the same input ("${value}" and "${inputs[name]}"); give one.`, "github");
    }
    inputs[name] = value;
  };
  fromFlag("flows-path", "flows-path", values["flows-path"]);
  fromFlag("dry-run", "dry-run", values["dry-run"] ? "true" : undefined);
  fromFlag("concurrency", "concurrency", values.concurrency);
  fromFlag("workspace-backend-url", "workspace-backend-url", values["workspace-backend-url"]);
  refuseEventFile(values.event, invocation);
  fromFlag("event", "event", values.event);
  // A token lets conditions list a pull request's files for changed() (docs/conditions.md).
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (token && inputs["github-token"] === undefined) inputs["github-token"] = token;
  fromFlag("state", "state", values.state);
  // Locally, remember runs in the file store unless told otherwise (the action defaults to artifacts).
  inputs.state ??= "file";
  // From the current folder, as every other command takes it (the input is read from the workspace).
  fromFlag("state-dir", "state-dir", values["state-dir"] === undefined ? undefined : resolve(values["state-dir"]));
  fromFlag("state-branch", "branch", values.branch);
  // --state-dir and --branch set inputs only the file and branch stores read (--repository is
  // the workflow's repository here, for every store).
  checkStateOptions({ "state-dir": values["state-dir"], branch: values.branch }, "github", inputs.state);
  // A bad value is a mistake on the command line (exit 2), as a misspelt input name is: read
  // them as the action will, before anything runs.
  try {
    readInputs(terminalIO({ inputs, stdout: () => undefined, stderr: () => undefined, color: false, debug: false }));
  } catch (error) {
    if (error instanceof ActionInputError) throw new UsageError(`--input: ${error.message}`, "github");
    throw error;
  }
  return inputs;
}

/**
 * `--event` is a file for fire, run and explain, but here the action's `event` input: the
 * FlowEvent as JSON text. A file's path given to it read as JSON that fails at its first letter.
 */
function refuseEventFile(value: string | undefined, flows: string): void {
  if (value === undefined || value.trimStart().startsWith("{") || !existsSync(value)) return;
  const file = shellWord(value);
  throw new UsageError(
    `--event ${file}: flows github takes the FlowEvent itself as JSON text (the action's \`event\` input), not a file's path. ` +
      `Give the file's text (--event "$(cat ${file})"), or dispatch the file with \`${flows} fire --event ${file}\`.`,
    "github",
  );
}

/** The input names in action.yml (the one list of them), or undefined when it cannot be read. */
export async function actionInputNames(): Promise<string[] | undefined> {
  const dir = flowsActionPackageDir();
  if (!dir) return undefined;
  let text: string;
  try {
    text = await readFile(join(dir, "action.yml"), "utf8");
  } catch {
    return undefined;
  }
  const block = /^inputs:\n([\s\S]*?)(?=^\S)/m.exec(`${text}\n_`)?.[1] ?? "";
  return [...block.matchAll(/^ {2}([a-z0-9][a-z0-9-]*):/gm)].map((match) => match[1]!);
}
