// @bun
import {
  Kind,
  Dictionary,
  Array2,
  BooleanData,
  Null,
  NumberData,
  StringData,
  replacer,
  truthy,
  Evaluator,
  customFunctions
} from "./main-c2b2901e.js";

// src/flows/condition-data.ts
function toExpressionData(value) {
  if (value === null || value === undefined)
    return new Null;
  if (typeof value === "string")
    return new StringData(value);
  if (typeof value === "number")
    return new NumberData(value);
  if (typeof value === "boolean")
    return new BooleanData(value);
  if (Array.isArray(value))
    return new LazyArray(value);
  if (value instanceof Date)
    return new StringData(value.toISOString());
  if (typeof value === "object")
    return new LazyDictionary(value);
  return new StringData(String(value));
}

class LazyDictionary extends Dictionary {
  source;
  converted = new Map;
  lowerKeys;
  constructor(source) {
    super();
    this.source = source;
  }
  get(key) {
    const own = Object.hasOwn(this.source, key) ? key : this.findKey(key);
    if (own === undefined)
      return;
    let value = this.converted.get(own);
    if (!value) {
      value = toExpressionData(this.source[own]);
      this.converted.set(own, value);
    }
    return value;
  }
  values() {
    return this.pairs().map((pair) => pair.value);
  }
  pairs() {
    const seen = new Set;
    const pairs = [];
    for (const key of Object.keys(this.source)) {
      if (seen.has(key.toLowerCase()))
        continue;
      seen.add(key.toLowerCase());
      pairs.push({ key, value: this.get(key) });
    }
    return pairs;
  }
  get size() {
    return Object.keys(this.source).length;
  }
  findKey(key) {
    if (!this.lowerKeys) {
      this.lowerKeys = new Map;
      for (const own of Object.keys(this.source)) {
        if (!this.lowerKeys.has(own.toLowerCase()))
          this.lowerKeys.set(own.toLowerCase(), own);
      }
    }
    return this.lowerKeys.get(key.toLowerCase());
  }
}

class LazyArray extends Array2 {
  source;
  converted;
  constructor(source) {
    super();
    this.source = source;
    this.converted = new Array(source.length);
  }
  get(index) {
    let value = this.converted[index];
    if (!value) {
      value = toExpressionData(this.source[index]);
      this.converted[index] = value;
    }
    return value;
  }
  values() {
    return this.source.map((_, index) => this.get(index));
  }
  add(value) {
    throw new Error("condition data is read-only");
  }
}
var SHOWN_CHARS = 120;
function showValue(value) {
  if (value === undefined)
    return "null";
  switch (value.kind) {
    case Kind.Null:
      return "null";
    case Kind.String:
      return cut(JSON.stringify(value.coerceString()));
    case Kind.Number:
    case Kind.Boolean:
      return value.coerceString();
    case Kind.Array: {
      const items = value.values();
      if (items.length <= 10 && items.every((item) => item.primitive || item.kind === Kind.Null)) {
        return cut(`[${items.map(showValue).join(", ")}]`);
      }
      return `[\u2026] (${items.length} item${items.length === 1 ? "" : "s"})`;
    }
    default: {
      const size = value instanceof LazyDictionary ? value.size : value.pairs().length;
      return `{\u2026} (${size} key${size === 1 ? "" : "s"})`;
    }
  }
}
function cut(text) {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}\u2026` : text;
}

// src/flows/condition-evaluate.ts
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|AUTH/i;

class RecordingEvaluator extends Evaluator {
  paths;
  seen;
  constructor(tree, context, functions, paths, seen) {
    super(tree, context, functions);
    this.paths = paths;
    this.seen = seen;
  }
  eval(node) {
    const value = super.eval(node);
    if (this.paths.has(node) && !this.seen.has(node))
      this.seen.set(node, value);
    return value;
  }
}

class ConditionScope {
  input;
  shared;
  flows = new WeakMap;
  functions;
  files;
  constructor(input) {
    this.input = input;
    const { event, github, env } = input;
    this.shared = [toExpressionData(event), toExpressionData(github ?? {}), toExpressionData(env)];
    this.functions = customFunctions(() => this.files ?? { unknown: "changed() was not prepared for this event" });
  }
  async evaluate(condition, flow) {
    if (condition.usesChanged && this.files === undefined)
      this.files = await changedFiles(this.input);
    const context = this.context(flow);
    const seen = new Map;
    const evaluator = new RecordingEvaluator(condition.tree, context, this.functions, condition.paths, seen);
    let result;
    let error;
    try {
      result = truthy(evaluator.evaluate()) ? "true" : "false";
    } catch (thrown) {
      result = "error";
      error = describeThrown(thrown);
    }
    const values = [];
    const shown = new Set;
    for (const [node, value] of seen) {
      const path = condition.paths.get(node);
      if (shown.has(path))
        continue;
      shown.add(path);
      values.push({ path, value: isSecretPath(path) ? "***" : showValue(value) });
    }
    return { expression: condition.expression, result, values, ...error !== undefined ? { error } : {} };
  }
  async valueOf(condition, flow) {
    if (condition.usesChanged && this.files === undefined)
      this.files = await changedFiles(this.input);
    const evaluator = new Evaluator(condition.tree, this.context(flow), this.functions);
    return JSON.parse(JSON.stringify(evaluator.evaluate(), replacer) ?? "null");
  }
  context(flow) {
    const [event, github, env] = this.shared;
    return new Dictionary({ key: "event", value: event }, { key: "github", value: github }, { key: "flow", value: this.flowData(flow) }, { key: "env", value: env });
  }
  flowData(flow) {
    let value = this.flows.get(flow);
    if (!value) {
      value = toExpressionData({ name: flow.name, version: flow.version, config: flow.config ?? {} });
      this.flows.set(flow, value);
    }
    return value;
  }
}
function isSecretPath(path) {
  const [context, name] = path.split(/[.[]/, 2);
  return context?.toLowerCase() === "env" && name !== undefined && SECRET_NAME.test(name);
}
async function changedFiles(input) {
  const { event, github } = input;
  const eventName = github?.event_name ?? event.type.split(".")[0] ?? event.type;
  const webhook = webhookPayload(event, github);
  if (eventName === "push") {
    const commits = webhook?.commits;
    if (!Array.isArray(commits)) {
      return { unknown: "changed() needs the push's commits with their files (the webhook payload under event.payload.github), which this event does not carry" };
    }
    const files = new Set;
    for (const commit of commits) {
      for (const key of ["added", "modified", "removed"]) {
        const list = commit?.[key];
        if (Array.isArray(list)) {
          for (const file of list)
            if (typeof file === "string")
              files.add(file);
        }
      }
    }
    return { files: [...files] };
  }
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    let listed;
    try {
      listed = input.changedFiles ? await input.changedFiles(event, github) : undefined;
    } catch (thrown) {
      return { unknown: `changed() could not list the pull request's files: ${describeThrown(thrown)}` };
    }
    if (Array.isArray(listed))
      return { files: listed };
    if (listed)
      return listed;
    return {
      unknown: "changed() cannot tell which files this pull request touched: its payload does not list them, and no GitHub token " + "was given to list them (docs/conditions.md: changed() and pull requests)"
    };
  }
  return { unknown: `changed() works on push and pull_request events; this is a ${event.type} event` };
}
function webhookPayload(event, github) {
  const payload = event.payload;
  const candidates = [payload?.github, github?.event];
  for (const candidate of candidates) {
    if (candidate && typeof candidate === "object" && !Array.isArray(candidate))
      return candidate;
  }
  return;
}
function describeThrown(thrown) {
  if (!(thrown instanceof Error))
    return String(thrown);
  const cause = thrown.cause instanceof Error ? `: ${thrown.cause.message}` : "";
  return `${thrown.message}${cause}`;
}
export {
  ConditionScope
};
