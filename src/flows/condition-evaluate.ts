// Evaluates compiled conditions for one event with GitHub's evaluator. The contexts are
// wrapped once per event (lazily: only what a condition reads is converted) and shared by
// every step; each evaluation records the value of every context path it read, so a false
// condition can say why.
import { data, type Expr } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import type { FlowEvent } from "../contracts.js";
import type { ConditionGitHubContext, ConditionReport, ConditionValue } from "./condition.js";
import type { CompiledCondition } from "./condition-compile.js";
import { showValue, toExpressionData } from "./condition-data.js";
import { type ChangedFiles, customFunctions } from "./condition-functions.js";
import { BoundedEvaluator, TextBudget } from "./condition-limits.js";
import type { FlowPackage } from "./types.js";
import { clipText } from "../text-cut.js";

/**
 * The files of a pull request from outside flows/ (an API edge passed in): a list, or one with
 * `incomplete` saying why it may lack files; undefined when it cannot tell. A throw becomes the
 * reason the condition could not be evaluated.
 */
export type ChangedFilesSource = (
  event: FlowEvent,
  github: ConditionGitHubContext | undefined,
) => Promise<readonly string[] | { files: readonly string[]; incomplete?: string } | undefined>;

export type ConditionScopeInput = {
  event: FlowEvent;
  github?: ConditionGitHubContext;
  /** The host environment, read-only (`env.NAME`). */
  env: NodeJS.ProcessEnv;
  changedFiles?: ChangedFilesSource;
};

const ERROR_SHOWN = 300;

// Variables whose values a report must not repeat (the redactor also masks registered secrets).
// `*KEY*` as docs/conditions.md says: DEPLOY_KEY and SSH_KEY too, not only API keys.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|KEY|AUTH/i;

class RecordingEvaluator extends BoundedEvaluator {
  constructor(
    tree: Expr,
    context: data.Dictionary,
    functions: Map<string, FunctionDefinition>,
    private readonly paths: Map<Expr, string>,
    private readonly seen: Map<Expr, data.ExpressionData>,
  ) {
    super(tree, context, functions);
  }

  protected override eval(node: Expr): data.ExpressionData {
    const value = super.eval(node);
    if (this.paths.has(node) && !this.seen.has(node)) this.seen.set(node, value);
    return value;
  }
}

/** Everything conditions need for one event, built once and shared by all steps. */
export class ConditionScope {
  private readonly shared: data.ExpressionData[];
  private readonly flows = new WeakMap<FlowPackage, data.ExpressionData>();
  private readonly functions: Map<string, FunctionDefinition>;
  private files: ChangedFiles | undefined;
  private readonly budget = new TextBudget();

  constructor(private readonly input: ConditionScopeInput) {
    const { event, github, env } = input;
    this.shared = [toExpressionData(event), toExpressionData(github ?? {}), toExpressionData(env)];
    this.functions = customFunctions(() => this.files ?? { unknown: "changed() was not prepared for this event" }, this.budget);
  }

  async evaluate(condition: CompiledCondition, flow: FlowPackage): Promise<ConditionReport> {
    if (condition.usesChanged && this.files === undefined) this.files = await changedFiles(this.input);
    const context = this.context(flow);
    const seen = new Map<Expr, data.ExpressionData>();
    this.budget.reset();
    const evaluator = new RecordingEvaluator(condition.tree, context, this.functions, condition.paths, seen);
    let result: ConditionReport["result"];
    let thrown: unknown;
    try {
      result = truthy(evaluator.evaluate()) ? "true" : "false";
    } catch (caught) {
      result = "error";
      thrown = caught;
    }
    const values: ConditionValue[] = [];
    const shown = new Set<string>();
    const hidden: string[] = [];
    for (const [node, value] of seen) {
      const path = condition.paths.get(node) as string;
      if (shown.has(path)) continue;
      shown.add(path);
      const secret = isSecretPath(path);
      if (secret) hidden.push(...textsOf(value));
      values.push({ path, value: secret ? "***" : showValue(value) });
    }
    // An error can quote the text it failed on (fromJSON, format, semver, glob): a value shown
    // as *** must not come back through it.
    const error = result === "error" ? describeThrown(thrown, hidden) : undefined;
    return { expression: condition.expression, result, values, ...(error !== undefined ? { error } : {}) };
  }

  /** The expression's value as plain JSON (for tests and tools; matching uses evaluate). */
  async valueOf(condition: CompiledCondition, flow: FlowPackage): Promise<unknown> {
    if (condition.usesChanged && this.files === undefined) this.files = await changedFiles(this.input);
    this.budget.reset();
    const evaluator = new BoundedEvaluator(condition.tree, this.context(flow), this.functions);
    return JSON.parse(JSON.stringify(evaluator.evaluate(), data.replacer) ?? "null");
  }

  private context(flow: FlowPackage): data.Dictionary {
    const [event, github, env] = this.shared as [data.ExpressionData, data.ExpressionData, data.ExpressionData];
    return new data.Dictionary(
      { key: "event", value: event },
      { key: "github", value: github },
      { key: "flow", value: this.flowData(flow) },
      { key: "env", value: env },
    );
  }

  private flowData(flow: FlowPackage): data.ExpressionData {
    let value = this.flows.get(flow);
    if (!value) {
      value = toExpressionData({ name: flow.name, version: flow.version, config: flow.config ?? {} });
      this.flows.set(flow, value);
    }
    return value;
  }
}

function isSecretPath(path: string): boolean {
  // `env` alone shows as `{…} (n keys)`; `env.NAME` and `env['NAME']` by their name.
  const found = /^env(?:\.([^.[]+)|\['([^']*)'\]|(.))/i.exec(path);
  if (!found) return false;
  const name = found[1] ?? found[2];
  // A name the condition computes (`env[event.payload.x]`, `env.*`) may be any variable's.
  if (name === undefined || name === "*") return true;
  return SECRET_NAME.test(name);
}

/**
 * The files a push or pull request touched. A push lists them in its webhook payload (each
 * commit's added, modified and removed; GitHub lists at most 2048 commits). A pull request's
 * payload does not: they come from `changedFiles` when the caller has an API edge (the action
 * and `flows github` with a token), else changed() cannot answer and the condition says so.
 */
async function changedFiles(input: ConditionScopeInput): Promise<ChangedFiles> {
  const { event, github } = input;
  const eventName = github?.event_name ?? event.type.split(".")[0] ?? event.type;
  const webhook = webhookPayload(event, github);
  if (eventName === "push") {
    const commits = webhook?.commits;
    if (!Array.isArray(commits)) {
      return { unknown: "changed() needs the push's commits with their files (the webhook payload under event.payload.github), which this event does not carry" };
    }
    const files = new Set<string>();
    for (const commit of commits) {
      for (const key of ["added", "modified", "removed"]) {
        const list = (commit as Record<string, unknown> | null)?.[key];
        if (Array.isArray(list)) for (const file of list) if (typeof file === "string") files.add(file);
      }
    }
    return { files: [...files] };
  }
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    let listed: Awaited<ReturnType<ChangedFilesSource>>;
    try {
      listed = input.changedFiles ? await input.changedFiles(event, github) : undefined;
    } catch (thrown) {
      return { unknown: `changed() could not list the pull request's files: ${describeThrown(thrown)}` };
    }
    if (Array.isArray(listed)) return { files: listed };
    if (listed) return listed as ChangedFiles;
    return {
      unknown:
        "changed() cannot tell which files this pull request touched: its payload does not list them, and no GitHub token " +
        "was given to list them (docs/conditions.md: changed() and pull requests)",
    };
  }
  return { unknown: `changed() works on push and pull_request events; this is a ${event.type} event` };
}

function webhookPayload(event: FlowEvent, github: ConditionGitHubContext | undefined): Record<string, unknown> | undefined {
  const payload = event.payload as Record<string, unknown> | null;
  const candidates = [payload?.github, github?.event];
  for (const candidate of candidates) {
    if (candidate && typeof candidate === "object" && !Array.isArray(candidate)) return candidate as Record<string, unknown>;
  }
  return undefined;
}

/** Why an evaluation failed, cut (an error can quote payload text), with `hidden` texts as ***. */
function describeThrown(thrown: unknown, hidden: readonly string[] = []): string {
  // A cause is JSON.parse's, which quotes a cut piece of the text (`"hunter2..."`, `token 'h'`):
  // left out when a hidden value was read, as the piece could be one.
  const cause = thrown instanceof Error && thrown.cause instanceof Error && hidden.length === 0 ? `: ${thrown.cause.message}` : "";
  let text = thrown instanceof Error ? `${thrown.message}${cause}` : String(thrown);
  // Longest first: a secret that contains another is hidden whole.
  for (const secret of [...hidden].sort((a, b) => b.length - a.length)) text = text.split(secret).join("***");
  return clipText(text, ERROR_SHOWN);
}

/** The texts a value holds: itself, or an array's items (`env.*`). */
function textsOf(value: data.ExpressionData): string[] {
  const items = value.kind === data.Kind.Array ? (value as data.Array).values() : [value];
  return items.flatMap((item) => (item.primitive && item.kind !== data.Kind.Null && item.coerceString() !== "" ? [item.coerceString()] : []));
}
