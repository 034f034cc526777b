import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type CliContext,
  fireCommand,
  githubCommand,
  listCommand,
  validateCommand,
} from "./commands.js";
import { describeError } from "../describe-error.js";

const USAGE = `flows — run flow packages locally, the way flows-action runs them on GitHub.

Usage:
  flows list                                  flow packages, steps and triggers
  flows validate                              check every manifest and schema (exit 1 on errors)
  flows fire --event event.json [--dry-run]   dispatch a FlowEvent to every matching step
  flows run <flow> <step> --event event.json  run one step for an event
  flows github --event-name NAME --event-path payload.json [--input name=value ...]
                                              run the GitHub Action's code path on this machine

Options:
  --repo DIR          repository root (default: current folder)
  --flows-path P      flow roots, comma separated (default: .codex/flows,flows)
  --concurrency N     steps in flight at once (default: number of CPUs)
  --json              machine-readable output
  --no-color          plain output
  -h, --help          this text
`;

/** `flows` entry: argv → the same functions the action uses → terminal. Returns the exit code. */
export type MainOptions = {
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
};

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((text: string): void => void process.stdout.write(text));
  const err = options.err ?? ((text: string): void => void process.stderr.write(text));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const ctx: CliContext = {
    repoRoot: resolve(values.repo ?? "."),
    roots: values["flows-path"]?.split(",").map((root) => root.trim()).filter(Boolean),
    json: values.json === true,
    color: values["no-color"] !== true && process.stderr.isTTY === true && !env.NO_COLOR,
    out,
    err,
    env,
  };
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    err(`--concurrency must be a whole number of at least 1; got "${values.concurrency}".\n`);
    return 2;
  }
  try {
    switch (command) {
      case "list":
        return await listCommand(ctx);
      case "validate":
        return await validateCommand(ctx);
      case "fire":
        return await fireCommand(ctx, { eventPath: required(values.event, "--event"), dryRun: values["dry-run"] === true, concurrency });
      case "run": {
        const [flow, step] = rest;
        if (!flow || !step) throw new UsageError("flows run needs a flow name and a step name: flows run <flow> <step> --event event.json");
        return await fireCommand(ctx, { eventPath: required(values.event, "--event"), dryRun: values["dry-run"] === true, concurrency, only: { flow, step } });
      }
      case "github":
        return await githubCommand(ctx, {
          eventName: required(values["event-name"], "--event-name"),
          eventPath: required(values["event-path"], "--event-path"),
          repository: values.repository,
          inputs: githubInputs(values),
        });
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    err(`${describeError(error)}\n`);
    return 1;
  }
}

class UsageError extends Error {
  override name = "UsageError";
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: "string" },
      "flows-path": { type: "string" },
      concurrency: { type: "string" },
      event: { type: "string" },
      "event-name": { type: "string" },
      "event-path": { type: "string" },
      repository: { type: "string" },
      input: { type: "string", multiple: true },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required.`);
  return value;
}

/** Action inputs for `flows github`: `--input name=value`, plus the shortcut flags. */
function githubInputs(values: ReturnType<typeof parse>["values"]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const pair of values.input ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--input takes name=value; got "${pair}".`);
    inputs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (values["flows-path"]) inputs["flows-path"] = values["flows-path"];
  if (values["dry-run"]) inputs["dry-run"] = "true";
  if (values.concurrency) inputs.concurrency = values.concurrency;
  if (values.event) inputs.event = values.event;
  return inputs;
}
