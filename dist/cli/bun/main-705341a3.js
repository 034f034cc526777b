// @bun
import {
  UserError,
  configuredSchemaCache
} from "./main-f081c345.js";
import {
  validateFlowEvent,
  validateFlow
} from "./main-845a148e.js";
import {
  ContractViolation,
  firstViolation,
  describeGot
} from "./main-fbb7e2a8.js";
import {
  __toESM
} from "./main-0ba987ec.js";

// src/flows/diagnostics.ts
function describeValue(value) {
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${String(value)} (a ${typeof value === "boolean" ? "boolean" : "number"})`;
  }
  if (Array.isArray(value))
    return "an array";
  if (value instanceof Date)
    return "a date";
  if (value === null || value === undefined)
    return "empty";
  if (typeof value === "object") {
    return "a table";
  }
  return typeof value;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
// src/flows/condition.ts
import { readFileSync } from "fs";

// src/flows/toml-locator.ts
var BARE_KEY = /[A-Za-z0-9_-]+/y;
function newNode() {
  return { children: new Map };
}
function segmentKey(part) {
  return typeof part === "number" ? `#${part}` : `.${part}`;
}
function childOf(node, part) {
  const key = segmentKey(part);
  let child = node.children.get(key);
  if (!child) {
    child = newNode();
    node.children.set(key, child);
  }
  return child;
}
function readKey(text) {
  const segments = [];
  let i = 0;
  for (;; ) {
    while (text[i] === " " || text[i] === "\t")
      i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end < 0)
        return;
      const raw = text.slice(i + 1, end);
      segments.push(quote === '"' ? safeJsonString(raw) : raw);
      i = end + 1;
    } else {
      BARE_KEY.lastIndex = i;
      const bare = BARE_KEY.exec(text);
      if (!bare)
        return;
      segments.push(bare[0]);
      i += bare[0].length;
    }
    while (text[i] === " " || text[i] === "\t")
      i++;
    if (text[i] !== ".")
      return { segments, length: i };
    i++;
  }
}
function safeJsonString(raw) {
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return raw;
  }
}
function scanValue(text) {
  let depth = 0;
  for (let i = 0;i < text.length; i++) {
    const ch = text[i];
    if (ch === "#")
      break;
    if (ch === '"' || ch === "'") {
      const triple = text.startsWith(ch.repeat(3), i);
      if (triple) {
        const close = text.indexOf(ch.repeat(3), i + 3);
        if (close < 0)
          return { depth, opensMultiline: ch.repeat(3) };
        i = close + 2;
        continue;
      }
      let j = i + 1;
      while (j < text.length && text[j] !== ch)
        j += ch === '"' && text[j] === "\\" ? 2 : 1;
      i = j;
      continue;
    }
    if (ch === "[" || ch === "{")
      depth++;
    if (ch === "]" || ch === "}")
      depth--;
  }
  return { depth };
}

class TomlLocator {
  text;
  root = newNode();
  scanned = false;
  constructor(text) {
    this.text = text;
  }
  locate(path) {
    this.ensureScanned();
    let node = this.root;
    let found;
    for (const part of path) {
      node = node.children.get(segmentKey(part));
      if (!node)
        break;
      found = node.key ?? node.table ?? found;
    }
    return found;
  }
  header(path) {
    this.ensureScanned();
    let node = this.root;
    for (const part of path) {
      node = node.children.get(segmentKey(part));
      if (!node)
        return;
    }
    return node === this.root ? undefined : node.table;
  }
  ensureScanned() {
    if (this.scanned)
      return;
    this.scanned = true;
    this.scan(this.text.split(/\r?\n/));
  }
  scan(lines) {
    let context = this.root;
    let multiline;
    let depth = 0;
    lines.forEach((text, index) => {
      const line = index + 1;
      if (multiline) {
        const close = text.indexOf(multiline);
        if (close < 0)
          return;
        text = " ".repeat(close + 3) + text.slice(close + 3);
        multiline = undefined;
      }
      if (depth > 0) {
        const scanned = scanValue(text);
        depth += scanned.depth;
        multiline = scanned.opensMultiline;
        return;
      }
      const header = /^(\s*)(\[\[?)(.*)$/.exec(text);
      if (header) {
        const isArray = header[2] === "[[";
        const key = readKey(header[3] ?? "");
        if (!key)
          return;
        let node = this.root;
        key.segments.forEach((segment, i) => {
          node = childOf(node, segment);
          const count = node.arrayCount;
          const last = i === key.segments.length - 1;
          if (last && isArray) {
            node.table ??= { line, column: 1 };
            const next = (count ?? 0) + 1;
            node.arrayCount = next;
            node = childOf(node, next - 1);
          } else if (count !== undefined) {
            node = childOf(node, count - 1);
          }
        });
        node.table ??= { line, column: (header[1]?.length ?? 0) + 1 };
        context = node;
        return;
      }
      const key = readKey(text);
      if (!key || text[key.length] !== "=")
        return;
      const column = (/^\s*/.exec(text)?.[0].length ?? 0) + 1;
      let node = context;
      for (const segment of key.segments) {
        node = childOf(node, segment);
        node.key ??= { line, column };
      }
      const scanned = scanValue(text.slice(key.length + 1));
      depth = Math.max(0, scanned.depth);
      multiline = scanned.opensMultiline;
    });
  }
}

// src/flows/condition-position.ts
var ESCAPE_LENGTH = { u: 6, U: 10 };
function conditionPosition(text, path, offset) {
  if (text === undefined)
    return;
  const key = new TomlLocator(text).locate(path);
  if (!key)
    return;
  const lines = text.split(/\r?\n/);
  const line = lines[key.line - 1] ?? "";
  const assignment = /^\s*(?:if|"if"|'if')\s*=\s*/.exec(line.slice(key.column - 1));
  if (!assignment)
    return key;
  const start = key.column - 1 + assignment[0].length;
  const rest = line.slice(start);
  const delimiter = ['"""', "'''", '"', "'"].find((quote) => rest.startsWith(quote));
  if (!delimiter)
    return key;
  const literal = delimiter.startsWith("'");
  let raw = line.slice(start + delimiter.length);
  let row = key.line;
  let column = start + delimiter.length + 1;
  if (delimiter.length === 3) {
    raw = [raw, ...lines.slice(key.line)].join(`
`);
    if (raw.startsWith(`
`)) {
      raw = raw.slice(1);
      row += 1;
      column = 1;
    }
  }
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < offset) {
    if (!literal && raw[i] === "\\") {
      const next = raw[i + 1] ?? "";
      if (delimiter.length === 3 && /[ \t\n]/.test(next)) {
        i += 1;
        while (i < raw.length && /[ \t\n]/.test(raw[i] ?? ""))
          i += 1;
        continue;
      }
      i += ESCAPE_LENGTH[next] ?? 2;
    } else {
      i += 1;
    }
    decoded += 1;
  }
  const before = raw.slice(0, i);
  const newlines = before.split(`
`).length - 1;
  if (newlines === 0)
    return { line: row, column: column + i };
  return { line: row + newlines, column: i - before.lastIndexOf(`
`) };
}

// src/flows/condition.ts
var GITHUB_CONTEXT_KEYS = [
  "repository",
  "repository_owner",
  "ref",
  "ref_name",
  "sha",
  "actor",
  "event_name",
  "event",
  "run_id",
  "run_attempt",
  "workflow",
  "job",
  "server_url",
  "base_ref",
  "head_ref"
];
function gitHubConditionContext(input) {
  const { env } = input;
  const context = {};
  const set = (key, value) => {
    if (value !== undefined && value !== "")
      context[key] = value;
  };
  set("repository", env.GITHUB_REPOSITORY);
  set("repository_owner", env.GITHUB_REPOSITORY_OWNER ?? env.GITHUB_REPOSITORY?.split("/")[0]);
  set("ref", env.GITHUB_REF);
  set("ref_name", env.GITHUB_REF_NAME);
  set("sha", env.GITHUB_SHA);
  set("actor", env.GITHUB_ACTOR);
  set("event_name", input.eventName ?? env.GITHUB_EVENT_NAME);
  set("run_id", env.GITHUB_RUN_ID);
  set("run_attempt", env.GITHUB_RUN_ATTEMPT);
  set("workflow", env.GITHUB_WORKFLOW);
  set("job", env.GITHUB_JOB);
  set("server_url", env.GITHUB_SERVER_URL);
  set("base_ref", env.GITHUB_BASE_REF);
  set("head_ref", env.GITHUB_HEAD_REF);
  if (input.payload !== undefined)
    context.event = input.payload;
  return context;
}
function unwrapCondition(text) {
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed.startsWith("${{") && trimmed.endsWith("}}") && trimmed.indexOf("${{", 3) < 0 && trimmed.length >= 5) {
    const inner = trimmed.slice(3, -2);
    const innerLead = inner.length - inner.trimStart().length;
    return { expression: inner.trim(), offset: leading + 3 + innerLead };
  }
  const at = text.indexOf("${{");
  if (at >= 0) {
    return {
      error: `has ${WRAPPER} around only part of the condition; a workflow would read that as a string, which is always true. ` + `Write the whole condition inside one ${WRAPPER}, or leave ${WRAPPER} out`,
      offset: at
    };
  }
  return { expression: trimmed, offset: leading };
}
var WRAPPER = "${{ }}";
var compiled = new WeakMap;
var compileCount = 0;
function hasConditions(flows) {
  return flows.some((flow) => flow.steps.some((step) => step.trigger?.if !== undefined));
}
function compiledCondition(trigger) {
  return compiled.get(trigger);
}
async function compileFlowConditions(flows) {
  const pending = flows.flatMap((flow) => flow.steps.flatMap((step, index) => step.trigger?.if !== undefined && !compiled.has(step.trigger) ? [{ flow, trigger: step.trigger, index }] : []));
  if (pending.length === 0)
    return [];
  const { compileCondition } = await import("./condition-compile-85edb799.js");
  const problems = [];
  const texts = new Map;
  for (const { flow, trigger, index } of pending) {
    const outcome = compileCondition(trigger.if);
    compileCount += 1;
    compiled.set(trigger, outcome);
    if (outcome.ok)
      continue;
    if (!texts.has(flow.manifestPath))
      texts.set(flow.manifestPath, readText(flow.manifestPath));
    const path = ["steps", index, "trigger", "if"];
    const where = conditionPosition(texts.get(flow.manifestPath), path, outcome.offset);
    problems.push({
      severity: "error",
      file: flow.manifestPath,
      ...where ? { line: where.line, column: where.column } : {},
      message: `steps[${index}].trigger.if ${outcome.message}.`
    });
  }
  return problems;
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return;
  }
}
// src/flows/explain.ts
function explainMatch(flows, result) {
  const matched = new Set(result.matched.map((ref) => ref.step));
  const mismatches = new Map(result.mismatches.map((miss) => [miss.step, miss]));
  const reports = new Map((result.conditions ?? []).map((check) => [check.step, check.report]));
  const explanations = [];
  for (const flow of flows) {
    for (const step of flow.steps) {
      if (!matched.has(step) && !mismatches.has(step))
        continue;
      const miss = mismatches.get(step);
      const trigger = step.trigger;
      const reason = miss?.reason;
      const typeOk = trigger !== undefined && reason !== "type" && reason !== "no-trigger";
      const schemaOk = typeOk && reason !== "schema";
      const report = miss?.condition ?? reports.get(step);
      explanations.push({
        flow: flow.name,
        step: step.name,
        manifestPath: flow.manifestPath,
        matched: matched.has(step),
        ...trigger ? { triggerType: trigger.type } : {},
        type: !trigger ? "none" : typeOk ? "passed" : "failed",
        ...trigger?.schema !== undefined ? { schema: trigger.schema } : {},
        schemaVerdict: trigger?.schema === undefined ? "none" : !typeOk ? "not checked" : schemaOk ? "passed" : "failed",
        ...trigger?.if !== undefined ? { condition: trigger.if } : {},
        conditionVerdict: trigger?.if === undefined ? "none" : !schemaOk ? "not checked" : reason === "condition" ? "failed" : "passed",
        ...report ? { conditionReport: report } : {},
        ...miss ? { reason: miss.message } : {}
      });
    }
  }
  return explanations;
}
// src/flows/discovery.ts
import { readdirSync, readFileSync as readFileSync3 } from "fs";
import { join as join3, resolve as resolve6 } from "path";

// src/flows/condition-match.ts
async function matchConditions(outcomes, event, options) {
  const pending = outcomes.flatMap((outcome, at) => ("matched" in outcome) && outcome.matched.step.trigger?.if !== undefined ? [{ ref: outcome.matched, at }] : []);
  if (pending.length === 0)
    return;
  const flows = [...new Set(pending.map(({ ref }) => ref.flow))];
  const problems = await compileFlowConditions(flows);
  const { ConditionScope } = await import("./condition-evaluate-52803a6e.js");
  const scope = new ConditionScope({
    event,
    ...options.github ? { github: options.github } : {},
    env: options.env ?? process.env,
    ...options.changedFiles ? { changedFiles: options.changedFiles } : {}
  });
  const conditions = [];
  for (const { ref, at } of pending) {
    const compiled = compiledCondition(ref.step.trigger);
    if (!compiled?.ok) {
      const why = compiled ? compiled.message : "was not compiled";
      const message = `condition cannot be used: it ${why} (reported as a problem in flow.toml)`;
      outcomes[at] = { mismatch: { ...ref, reason: "condition", message } };
      continue;
    }
    const report = await scope.evaluate(compiled, ref.flow);
    conditions.push({ ...ref, report });
    if (report.result !== "true") {
      outcomes[at] = { mismatch: { ...ref, reason: "condition", message: conditionMessage(report), condition: report } };
    }
  }
  return { conditions, ...problems.length > 0 ? { problems } : {} };
}
function conditionMessage(report) {
  const values = report.values.map(({ path, value }) => `${path} = ${value}`).join(", ");
  const read = values === "" ? "" : `: ${values}`;
  if (report.result === "error") {
    return `condition \`${report.expression}\` could not be evaluated (${report.error ?? "unknown error"})${read}`;
  }
  return `condition \`${report.expression}\` is ${report.result}${read}`;
}

// src/flows/glob.ts
var cache = new Map;
var CACHE_LIMIT = 1000;
function isLiteralGlob(pattern) {
  return !/[*?[\\]/.test(pattern);
}
function globToRegExp(glob) {
  const cached = cache.get(glob);
  if (cached)
    return cached;
  let out = "";
  for (let i = 0;i < glob.length; i++) {
    const char = glob[i] ?? "";
    if (char === "*") {
      while (glob[i + 1] === "*")
        i++;
      out += ".*";
    } else if (char === "?") {
      out += ".";
    } else if (char === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0)
        throw new Error(`"${glob}" has a "[" without a closing "]"; write \\[ for a literal bracket`);
      let body = glob.slice(i + 1, end);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated)
        body = body.slice(1);
      out += `[${negated ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
      i = end;
    } else if (char === "\\" && i + 1 < glob.length) {
      out += escapeRegExp(glob[i + 1] ?? "");
      i++;
    } else {
      out += escapeRegExp(char);
    }
  }
  const regex = new RegExp(`^${out}$`, "s");
  if (cache.size >= CACHE_LIMIT)
    cache.clear();
  cache.set(glob, regex);
  return regex;
}
function globMatches(pattern, value) {
  if (isLiteralGlob(pattern))
    return pattern === value;
  return globToRegExp(pattern).test(value);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// src/flows/schemas.ts
import { resolve as resolve3 } from "path";
import { pathToFileURL as pathToFileURL2 } from "url";

// src/json-text.ts
class JsonSyntaxError extends Error {
  offset;
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
var MAX_SCAN_DEPTH = 1000;
function scanJson(text) {
  const positions = new Map;
  let i = 0;
  const fail = (message) => {
    throw new JsonSyntaxError(i, message);
  };
  const found = () => i >= text.length ? "the end of the text" : JSON.stringify(text[i]);
  const skipSpace = () => {
    while (i < text.length && ` 	\r
`.includes(text[i] ?? ""))
      i++;
  };
  const expect = (ch) => {
    skipSpace();
    if (text[i] !== ch)
      fail(`expected "${ch}" but found ${found()}`);
    i++;
  };
  const readString = () => {
    if (text[i] !== '"')
      fail(`expected a double-quoted string but found ${found()}`);
    const start = i;
    i++;
    while (text[i] !== '"') {
      if (i >= text.length)
        throw new JsonSyntaxError(start, "this string is never closed");
      if (text.charCodeAt(i) < 32)
        fail("a raw control character inside a string (escape it, e.g. \\n)");
      if (text[i] === "\\") {
        const sequence = text.slice(i + 1, i + 6);
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(sequence))
          fail("an invalid escape sequence");
        i += sequence[0] === "u" ? 6 : 2;
      } else
        i++;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  let depth = 0;
  const readValue = (pointer) => {
    if (++depth > MAX_SCAN_DEPTH)
      fail(`the JSON nests more than ${MAX_SCAN_DEPTH} levels deep here`);
    try {
      readNested(pointer);
    } finally {
      depth--;
    }
  };
  const readNested = (pointer) => {
    skipSpace();
    if (!positions.has(pointer))
      positions.set(pointer, i);
    const ch = text[i];
    if (ch === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;; ) {
        skipSpace();
        const keyAt = i;
        const key = readString();
        const memberPointer = `${pointer}/${escapePointer(key)}`;
        positions.set(memberPointer, keyAt);
        expect(":");
        readValue(memberPointer);
        positions.set(memberPointer, keyAt);
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected "," or "}" but found ${found()}`);
      }
    }
    if (ch === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let index = 0;; index++) {
        readValue(`${pointer}/${index}`);
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected "," or "]" but found ${found()}`);
      }
    }
    if (ch === '"') {
      readString();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal)
      fail(`expected a value (object, array, string, number, true, false or null) but found ${found()}`);
    i += literal?.[0].length ?? 0;
  };
  try {
    readValue("");
    skipSpace();
    if (i < text.length)
      fail(`expected the end of the text after the JSON value but found ${found()}`);
    return { ok: true, positions };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, offset: error.offset, message: error.message };
    }
    throw error;
  }
}
function lineColumnAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0;i < offset && i < text.length; i++) {
    if (text[i] === `
`) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function parseJsonText(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const scan = scanJson(text);
    if (scan.ok)
      return { ok: false, message: error.message };
    const offset = Math.min(scan.offset, text.trimEnd().length);
    return { ok: false, message: scan.message, offset, ...lineColumnAt(text, offset) };
  }
}

// src/flows/schema-budget.ts
import { realpathSync, statSync } from "fs";
import { dirname, join, sep } from "path";
var MAX_SCHEMA_BYTES = 512 * 1024;
var MAX_SCHEMA_TOTAL_BYTES = 1024 * 1024;
var MAX_SCHEMA_DEPTH = 128;
var MAX_SCHEMA_EXPANDED = 1e5;

class SchemaBudgetProblem extends Error {
  near;
  constructor(message, near) {
    super(message);
    this.near = near;
  }
}
function checkSchemaFileSize(path, spentBytes) {
  let size;
  try {
    size = statSync(path).size;
  } catch {
    return 0;
  }
  if (size > MAX_SCHEMA_BYTES) {
    throw new SchemaBudgetProblem(`schema file ${path} is ${formatBytes(size)}; trigger schemas may be at most ${formatBytes(MAX_SCHEMA_BYTES)}. ` + "Describe only the payload fields the trigger needs (other fields can stay unlisted).");
  }
  if (spentBytes + size > MAX_SCHEMA_TOTAL_BYTES) {
    throw new SchemaBudgetProblem(`schema and the files its $refs load add up to more than ${formatBytes(MAX_SCHEMA_TOTAL_BYTES)} (at ${path}). ` + "Describe only the payload fields the trigger needs.");
  }
  return size;
}
function checkSchemaDepth(value) {
  const stack = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: item, depth } = stack.pop();
    if (typeof item !== "object" || item === null)
      continue;
    if (depth >= MAX_SCHEMA_DEPTH) {
      throw new SchemaBudgetProblem(`schema nests objects and arrays more than ${MAX_SCHEMA_DEPTH} levels deep. ` + "Flatten it with $defs and $ref.");
    }
    for (const child of Object.values(item))
      stack.push({ value: child, depth: depth + 1 });
  }
}
var DATA_KEYWORDS = new Set(["enum", "const", "examples", "default"]);
function checkSchemaExpansion(root) {
  const children = (pointer) => {
    const node = resolvePointer(root, pointer);
    if (typeof node !== "object" || node === null)
      return [];
    const kids = [];
    for (const key of Object.keys(node)) {
      if (DATA_KEYWORDS.has(key))
        continue;
      kids.push(`${pointer}/${escapePointer2(key)}`);
    }
    const ref = node.$ref;
    if (!Array.isArray(node) && typeof ref === "string" && /^#(\/|$)/.test(ref))
      kids.push(ref.slice(1));
    return kids;
  };
  const size = new Map;
  const open = new Set([""]);
  const stack = [
    { pointer: "", kids: children(""), index: 0, sum: 1 }
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.sum > MAX_SCHEMA_EXPANDED) {
      throw new SchemaBudgetProblem(`schema expands to more than ${MAX_SCHEMA_EXPANDED.toLocaleString("en-US")} subschemas once its $refs are followed ` + `(at ${top.pointer || "the root"}), so checking one payload could take minutes. ` + "Refer to each definition once instead of combining definitions that reuse each other.");
    }
    if (top.index >= top.kids.length) {
      stack.pop();
      open.delete(top.pointer);
      size.set(top.pointer, top.sum);
      if (stack.length > 0)
        stack[stack.length - 1].sum += top.sum;
      continue;
    }
    const kid = top.kids[top.index++];
    const known = size.get(kid);
    if (known !== undefined)
      top.sum += known;
    else if (open.has(kid))
      top.sum += 1;
    else {
      open.add(kid);
      stack.push({ pointer: kid, kids: children(kid), index: 0, sum: 1 });
    }
  }
}
function escapePointer2(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function resolvePointer(root, pointer) {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const part = safeDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null)
      return;
    node = node[part];
  }
  return node;
}
var APPLICATORS_SAME_PLACE = ["allOf", "anyOf", "oneOf"];
var SINGLE_SAME_PLACE = ["not", "if", "then", "else"];
function findInPlaceRefCycle(root) {
  const resolve = (pointer) => resolvePointer(root, pointer);
  const successors = (pointer) => {
    const node = resolve(pointer);
    if (typeof node !== "object" || node === null || Array.isArray(node))
      return [];
    const schema = node;
    const next = [];
    for (const key of APPLICATORS_SAME_PLACE) {
      const list = schema[key];
      if (Array.isArray(list))
        for (let i = 0;i < list.length; i++)
          next.push(`${pointer}/${key}/${i}`);
    }
    for (const key of SINGLE_SAME_PLACE)
      if (schema[key] !== undefined)
        next.push(`${pointer}/${key}`);
    const ref = schema.$ref;
    if (typeof ref === "string" && ref.startsWith("#") && !/^#[^/]/.test(ref))
      next.push(ref.slice(1));
    return next;
  };
  const pointers = new Set([""]);
  const walk = [{ node: root, pointer: "" }];
  while (walk.length > 0) {
    const { node, pointer } = walk.pop();
    if (typeof node !== "object" || node === null)
      continue;
    if (!Array.isArray(node) && typeof node.$ref === "string")
      pointers.add(pointer);
    for (const [key, child] of Object.entries(node)) {
      walk.push({ node: child, pointer: `${pointer}/${escapePointer2(key)}` });
    }
  }
  const colour = new Map;
  for (const start of pointers) {
    if (colour.has(start))
      continue;
    const stack = [
      { pointer: start, next: successors(start), index: 0 }
    ];
    colour.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.index >= top.next.length) {
        colour.set(top.pointer, 2);
        stack.pop();
        continue;
      }
      const next = top.next[top.index++];
      const state = colour.get(next);
      if (state === 1)
        return top.pointer;
      if (state === undefined) {
        colour.set(next, 1);
        stack.push({ pointer: next, next: successors(next), index: 0 });
      }
    }
  }
  return;
}
var re2;
async function loadRe2() {
  re2 ??= (await import("./index-12b071f8.js")).RE2JS;
}
var re2RegExp = Object.assign((pattern, flags) => {
  if (re2 === undefined)
    throw new Error(`re2js was not loaded before the pattern ${JSON.stringify(pattern)} was compiled`);
  let compiled;
  try {
    compiled = re2.compile(re2.translateRegExp(pattern));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SchemaBudgetProblem(`pattern ${JSON.stringify(pattern)} cannot be used: ${reason}. Patterns run on a linear-time engine (RE2), which has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!); rewrite the pattern without them`, JSON.stringify(pattern));
  }
  return { test: (text) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
}, { code: 'require("re2js").RE2JS' });
function packageRootOf(schemaPath) {
  const real = realOrSelf(schemaPath);
  for (let dir = dirname(real);; dir = dirname(dir)) {
    try {
      if (statSync(join(dir, "flow.toml")).isFile())
        return dir;
    } catch {}
    if (dirname(dir) === dir)
      return dirname(real);
  }
}
function isInside(root, file) {
  const real = realOrSelf(file);
  return real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
    } catch {
      return path;
    }
  }
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function formatBytes(bytes) {
  if (bytes >= 1048576)
    return `${(bytes / 1048576).toFixed(1)} MiB`;
  if (bytes >= 1024)
    return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

// src/flows/schema-ajv.ts
var DRAFTS = {
  "http://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft/2019-09/schema": "2019-09",
  "https://json-schema.org/draft/2020-12/schema": "2020-12"
};
function draftOf(schemaUri) {
  return DRAFTS[schemaUri.replace(/#$/, "")];
}
var ajvLoaded = false;
var constructors = new Map;
function importAjv(draft) {
  let pending = constructors.get(draft);
  if (!pending) {
    pending = (async () => {
      ajvLoaded = true;
      if (draft === "2020-12")
        return commonJsExport(await import("./2020-3a707cc8.js").then((m)=>__toESM(m.default,1)), "Ajv2020");
      if (draft === "2019-09")
        return commonJsExport(await import("./2019-f631d52e.js").then((m)=>__toESM(m.default,1)), "Ajv2019");
      return commonJsExport(await import("./ajv-d7930482.js").then((m)=>__toESM(m.default,1)), "Ajv");
    })();
    constructors.set(draft, pending);
  }
  return pending;
}
function commonJsExport(namespace, name) {
  const module = namespace;
  const value = module[name] ?? module.default?.[name] ?? module.default;
  if (typeof value !== "function")
    throw new Error(`ajv did not load: no ${name} export`);
  return value;
}
async function createAjv(draft, options) {
  const Ajv = await importAjv(draft);
  return new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    code: { regExp: re2RegExp, source: options.source === true },
    inlineRefs: false,
    meta: options.metaSchemas,
    logger: options.logger,
    loadSchema: options.loadSchema
  });
}
var metaValidators = {
  "draft-07": () => import("./meta-draft-07-bbe8f522.js"),
  "2019-09": () => import("./meta-2019-09-92756f8d.js"),
  "2020-12": () => import("./meta-2020-12-823049be.js")
};
async function metaSchemaErrors(draft, schema) {
  const validate = (await metaValidators[draft]()).validate;
  return validate(schema) ? undefined : validate.errors ?? [];
}
var withFormats = new WeakSet;
async function prepareToCompile(ajv, uses) {
  const loading = [];
  if (uses.patterns)
    loading.push(loadRe2());
  if (uses.formats && !withFormats.has(ajv)) {
    withFormats.add(ajv);
    loading.push(import("./index-9f40b57c.js").then((m)=>__toESM(m.default,1)).then((formats) => commonJsExport(formats, "default")(ajv)));
  }
  await Promise.all(loading);
}
function keywordsUsed(schema) {
  const uses = { patterns: false, formats: false, metaSchemas: false, localRefsOnly: true };
  const stack = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (node.includes("json-schema.org")) {
        uses.metaSchemas = true;
        uses.patterns = true;
        uses.formats = true;
      }
      continue;
    }
    if (typeof node !== "object" || node === null)
      continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" || key === "patternProperties")
        uses.patterns = true;
      else if (key === "format")
        uses.formats = true;
      else if (REFERENCES.has(key) && (typeof value !== "string" || !value.startsWith("#")))
        uses.localRefsOnly = false;
      else if (key === "$id" && node !== schema)
        uses.localRefsOnly = false;
      stack.push(value);
    }
  }
  return uses;
}
var REFERENCES = new Set(["$ref", "$dynamicRef", "$recursiveRef"]);

// src/flows/schema-errors.ts
import { fileURLToPath } from "url";
var MAX_SHOWN_ERRORS = 5;
function describePayloadErrors(errors) {
  return describeErrors(errors ?? [], "payload");
}
function describeSchemaErrors(errors) {
  return describeErrors(errors ?? [], "");
}
function describeErrors(errors, subject) {
  const sentences = [...new Set(errors.map((error) => describeError(error, subject)))];
  if (sentences.length === 0)
    return `${subject || "value"} is invalid`;
  const shown = sentences.slice(0, MAX_SHOWN_ERRORS).join("; ");
  const rest = sentences.length - MAX_SHOWN_ERRORS;
  return rest > 0 ? `${shown}; and ${rest} more` : shown;
}
function describeError(error, subject) {
  const where = `${subject}${error.instancePath}` || "schema";
  const params = error.params;
  let sentence = `${where} ${error.message ?? "is invalid"}`;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    sentence += `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  } else if (error.keyword === "const") {
    sentence += `: ${JSON.stringify(params.allowedValue)}`;
  } else if (error.keyword === "additionalProperties") {
    sentence += `: ${JSON.stringify(params.additionalProperty)}`;
  } else if (error.keyword === "unevaluatedProperties") {
    sentence += `: ${JSON.stringify(params.unevaluatedProperty)}`;
  }
  return sentence;
}
function positionOfPointer(text, pointer) {
  const scan = scanJson(text);
  if (!scan.ok)
    return;
  for (let current = pointer;; current = current.slice(0, current.lastIndexOf("/"))) {
    const offset = scan.positions.get(current);
    if (offset !== undefined)
      return lineColumnAt(text, offset);
    if (current === "")
      return;
  }
}
function positionOfRef(text, matches) {
  const pattern = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  for (let found = pattern.exec(text);found; found = pattern.exec(text)) {
    if (matches(found[1] ?? ""))
      return lineColumnAt(text, found.index);
  }
  return;
}
function displayUri(uri) {
  if (!uri.startsWith("file:"))
    return uri;
  const hash = uri.indexOf("#");
  const path = fileURLToPath(hash < 0 ? uri : uri.slice(0, hash));
  return hash < 0 ? path : `${path}${uri.slice(hash)}`;
}
function schemaDiagnostic(file, message, position, severity = "error") {
  const diagnostic = { severity, file, message };
  if (position) {
    diagnostic.line = position.line;
    diagnostic.column = position.column;
  }
  return diagnostic;
}
function refProblem(path, text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const missing = error.missingRef ?? /but (\S+) cannot be resolved/.exec(message)?.[1];
  if (typeof missing === "string") {
    const fragment = missing.includes("#") ? missing.slice(missing.indexOf("#")) : "";
    const at = positionOfRef(text, (ref) => fragment !== "" && ref.endsWith(fragment));
    return schemaDiagnostic(path, `$ref to ${displayUri(missing)} cannot be resolved: nothing is defined there. ` + "Fix the $ref or add the definition it points to.", at);
  }
  return schemaDiagnostic(path, `schema cannot be compiled: ${message}. Fix the schema.`);
}

// src/flows/schema-refs.ts
import { basename, dirname as dirname3, resolve as resolve2 } from "path";
import { pathToFileURL } from "url";

// src/flows/schema-files.ts
import { readFile } from "fs/promises";
import { dirname as dirname2, posix, resolve } from "path";
import { fileURLToPath as fileURLToPath2 } from "url";
class SchemaFileProblem extends UserError {
  diagnostic;
  constructor(diagnostic) {
    super(diagnostic.message);
    this.diagnostic = diagnostic;
  }
}
async function readSchemaFile(path, referencedBy) {
  const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
  let text;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch (error) {
    const code = error.code;
    const what = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`;
    throw new SchemaFileProblem(schemaDiagnostic(referencedBy ?? path, `schema file ${path} ${what}${from}. Create it or fix the reference.`));
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const position = parsed.line === undefined ? undefined : { line: parsed.line, column: parsed.column ?? 1 };
    throw new SchemaFileProblem(schemaDiagnostic(path, `schema is not valid JSON: ${parsed.message}${from}. Fix the JSON syntax.`, position));
  }
  return { text, value: parsed.value };
}
function fileForUri(uri, rootPath, declaredId) {
  const target = new URL(uri);
  if (target.protocol === "file:")
    return fileURLToPath2(target);
  if (!declaredId)
    return;
  const base = new URL(declaredId);
  if (base.origin !== target.origin)
    return;
  const relativePath = posix.relative(posix.dirname(base.pathname), target.pathname);
  return resolve(dirname2(rootPath), relativePath);
}
async function safeRead(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return "";
  }
}

// src/flows/schema-refs.ts
class MetaSchemasNeeded extends Error {
}
async function loadReferencedSchema(uri, draft, current) {
  const referrer = current?.path ?? "the schema";
  const file = current ? fileForUri(uri, current.path, current.declaredId) : undefined;
  if (!file) {
    throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${uri} cannot be followed: only files next to the schema are loaded, never URLs. ` + "Copy that schema into the package and refer to it by a relative path.", current ? positionOfRef(await safeRead(current.path), (ref) => uri.endsWith(ref.split("#")[0] ?? "\x00")) : undefined));
  }
  if (current && !isInside(current.root, file)) {
    throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${file} leaves the flow package (${current.root}): only files inside the package are loaded. ` + "Copy that schema into the package and refer to it by a relative path.", positionOfRef(await safeRead(current.path), (ref) => refNames(ref, uri, file, current.path))));
  }
  if (current)
    current.spent += checkSchemaFileSize(file, current.spent);
  let loaded;
  try {
    loaded = await readSchemaFile(file, referrer);
  } catch (error) {
    if (error instanceof SchemaFileProblem && current && error.diagnostic.file === referrer) {
      const text = await safeRead(current.path);
      const at = positionOfRef(text, (ref) => ref.split("#")[0] !== "" && basename(ref.split("#")[0] ?? "") === basename(file));
      throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref points to ${file}, which does not exist. Create that file or fix the $ref (it is relative to ${dirname3(referrer)}).`, at));
    }
    throw error;
  }
  if (!isTable(loaded.value)) {
    throw new SchemaFileProblem(schemaDiagnostic(file, `schema is ${describeValue(loaded.value)}; expected a JSON object (referenced by a $ref in ${referrer}).`, { line: 1, column: 1 }));
  }
  const schema = loaded.value;
  checkSchemaDepth(schema);
  checkSchemaExpansion(schema);
  delete schema.$schema;
  const metaErrors = await metaSchemaErrors(draft, schema);
  if (metaErrors !== undefined && current) {
    throw new Error(`schema is invalid: ${current.ajv.errorsText(metaErrors)}`);
  }
  if (typeof schema.$id !== "string")
    schema.$id = pathToFileURL(file).href;
  if (current) {
    const uses = keywordsUsed(schema);
    if (uses.metaSchemas && !current.metaSchemas)
      throw new MetaSchemasNeeded;
    await prepareToCompile(current.ajv, uses);
  }
  return schema;
}
function refNames(ref, uri, file, from) {
  const target = ref.split("#")[0] ?? "";
  if (target === "")
    return false;
  if (target === uri.split("#")[0])
    return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && resolve2(dirname3(from), target) === file;
}

// src/flows/schemas.ts
class SchemaRegistry {
  options;
  compiled = new Map;
  instances = new Map;
  queue = Promise.resolve();
  current;
  checkProblems = new Map;
  shared = new Map;
  ajvCompiles = 0;
  cacheHits = 0;
  constructor(options = {}) {
    this.options = options;
  }
  get cacheHitCount() {
    return this.cacheHits;
  }
  get cache() {
    const { cache } = this.options;
    return typeof cache === "function" ? cache() : cache;
  }
  get compiledCount() {
    return this.compiled.size;
  }
  get ajvCompileCount() {
    return this.ajvCompiles;
  }
  async problemsOf(schemaPath) {
    const path = resolve3(schemaPath);
    const entry = this.compiled.get(path);
    const compiled = entry ? await entry : undefined;
    const problems = compiled && !compiled.ok ? [compiled.diagnostic] : [];
    const checked = this.checkProblems.get(path);
    return checked ? [...problems, checked] : problems;
  }
  compile(schemaPath) {
    const path = resolve3(schemaPath);
    let entry = this.compiled.get(path);
    if (!entry) {
      const task = () => this.compileNow(path);
      const run = this.queue.then(task, task);
      this.queue = run;
      entry = run;
      this.compiled.set(path, entry);
    }
    return entry;
  }
  async compileNow(path) {
    const warnings = [];
    let text = "";
    try {
      const spent = checkSchemaFileSize(path, 0);
      const file = await readSchemaFile(path);
      text = file.text;
      const schema = file.value;
      if (typeof schema === "boolean") {
        const validate = (await this.instance("draft-07")).compile(schema);
        return { ok: true, schemaPath: path, check: this.checker(path, validate), warnings };
      }
      checkSchemaDepth(schema);
      checkSchemaExpansion(schema);
      const cycle = findInPlaceRefCycle(schema);
      if (cycle !== undefined) {
        const message = "schema refers back to itself without stepping into the payload (a $ref cycle through " + `${cycle || "the root"}), so checking any payload would recurse forever. Make the $ref point at a ` + "subschema that describes a property or item, or remove it.";
        return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, `${cycle}/$ref`)), warnings);
      }
      if (!isTable(schema)) {
        const message = `schema is ${describeValue(schema)}; expected a JSON object (a JSON Schema). Start the file with {.`;
        return this.failed(path, schemaDiagnostic(path, message, { line: 1, column: 1 }), warnings);
      }
      const declared = typeof schema.$schema === "string" ? schema.$schema : undefined;
      let draft = declared === undefined ? "draft-07" : draftOf(declared);
      if (!draft) {
        warnings.push(schemaDiagnostic(path, `$schema "${declared}" is not supported, so the schema is checked as draft-07. ` + 'Set $schema to "http://json-schema.org/draft-07/schema#" or ' + '"https://json-schema.org/draft/2020-12/schema".', positionOfPointer(file.text, "/$schema"), "warning"));
        draft = "draft-07";
        delete schema.$schema;
      }
      return await this.compileObject({ path, text: file.text, spent, warnings }, schema, draft);
    } catch (error) {
      return this.failed(path, compileProblem(path, text, error), warnings);
    }
  }
  async compileObject(file, schema, draft) {
    const { path, text, warnings } = file;
    const metaErrors = await metaSchemaErrors(draft, schema);
    if (metaErrors !== undefined) {
      const message = `schema is invalid: ${describeSchemaErrors(metaErrors)}. Fix it to follow JSON Schema ${draft}.`;
      return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, metaErrors[0]?.instancePath ?? "")), warnings);
    }
    delete schema.$schema;
    const uses = keywordsUsed(schema);
    const key = uses.localRefsOnly ? `${draft}\x00${JSON.stringify(schema)}` : undefined;
    const copy = key === undefined ? undefined : this.shared.get(key);
    if (copy)
      return this.compiledFrom(path, text, copy, warnings);
    const cache = key !== undefined && !uses.metaSchemas ? this.cache : undefined;
    const cached = cache && key !== undefined ? await this.fromCache(cache, key) : undefined;
    if (cached)
      return this.compiledFrom(path, text, cached, warnings);
    const declaredId = typeof schema.$id === "string" ? schema.$id : undefined;
    const compiled = await this.compileWith({ ...file, declaredId }, schema, draft, uses);
    if (compiled.ok && key !== undefined)
      this.shared.set(key, compiled.shared);
    if (compiled.ok && cache && key !== undefined && compiled.ajv) {
      const { schemaCacheKey, writeCachedValidator } = await import("./schema-cache-c76a5846.js");
      const { validate, logged } = compiled.shared;
      await writeCachedValidator(cache, schemaCacheKey(key), compiled.ajv, validate, logged);
    }
    return compiled.ok ? this.compiledFrom(path, text, compiled.shared, warnings) : compiled.failed;
  }
  async fromCache(cache, key) {
    const { readCachedValidator, schemaCacheKey } = await import("./schema-cache-c76a5846.js");
    const cached = await readCachedValidator(cache, schemaCacheKey(key));
    if (!cached)
      return;
    this.cacheHits += 1;
    this.shared.set(key, cached);
    return cached;
  }
  async compileWith(file, schema, draft, uses) {
    const { path, text, warnings, declaredId } = file;
    const id = declaredId ?? pathToFileURL2(path).href;
    schema.$id = id;
    let ajv = await this.instance(draft, uses.metaSchemas);
    const idKey = id.replace(/#$/, "");
    if (ajv.schemas[idKey] || ajv.refs[idKey])
      ajv = await this.createInstance(draft, uses.metaSchemas);
    await prepareToCompile(ajv, uses);
    this.current = {
      path,
      ajv,
      metaSchemas: uses.metaSchemas,
      logged: [],
      root: packageRootOf(path),
      spent: file.spent,
      ...declaredId ? { declaredId } : {}
    };
    this.ajvCompiles += 1;
    try {
      const validate = await ajv.compileAsync(schema);
      return { ok: true, shared: { validate, logged: this.current.logged }, ajv };
    } catch (error) {
      try {
        ajv.removeSchema(idKey);
      } catch {}
      this.current = undefined;
      if (error instanceof MetaSchemasNeeded) {
        return this.compileWith(file, schema, draft, { ...uses, metaSchemas: true, patterns: true, formats: true });
      }
      if (error instanceof SchemaFileProblem || error instanceof SchemaBudgetProblem || error instanceof RangeError) {
        return { ok: false, failed: this.failed(path, compileProblem(path, text, error), warnings) };
      }
      return { ok: false, failed: this.failed(path, refProblem(path, text, error), warnings) };
    } finally {
      this.current = undefined;
    }
  }
  compiledFrom(path, text, compiled, warnings) {
    for (const message of new Set(compiled.logged))
      warnings.push(loggedWarning(path, text, message));
    return { ok: true, schemaPath: path, check: this.checker(path, compiled.validate), warnings };
  }
  checker(path, validate) {
    return (payload) => {
      try {
        return validate(payload) ? { ok: true } : { ok: false, message: describePayloadErrors(validate.errors) };
      } catch (error) {
        const reason = error instanceof RangeError ? "it recurses too deeply" : `it failed (${String(error)})`;
        const message = `schema could not check the payload: ${reason}. Remove $ref cycles that do not step into the payload, or simplify the schema.`;
        this.checkProblems.set(path, schemaDiagnostic(path, message));
        return { ok: false, message };
      }
    };
  }
  failed(path, diagnostic, warnings) {
    return { ok: false, schemaPath: path, diagnostic, warnings };
  }
  instance(draft, metaSchemas = false) {
    const key = metaSchemas ? `${draft}+meta` : draft;
    let pending = this.instances.get(key);
    if (!pending) {
      pending = this.createInstance(draft, metaSchemas);
      this.instances.set(key, pending);
    }
    return pending;
  }
  createInstance(draft, metaSchemas) {
    const logger = {
      log: () => {
        return;
      },
      warn: (...args) => this.current?.logged.push(args.map(String).join(" ")),
      error: (...args) => this.current?.logged.push(args.map(String).join(" "))
    };
    return createAjv(draft, {
      logger,
      loadSchema: (uri) => loadReferencedSchema(uri, draft, this.current),
      metaSchemas,
      source: this.cache !== undefined
    });
  }
}
function loggedWarning(path, text, logged) {
  const at = /at path "#([^"]*)"/.exec(logged)?.[1];
  const format = /unknown format "([^"]*)"/.exec(logged)?.[1];
  if (format === undefined)
    return schemaDiagnostic(path, logged, undefined, "warning");
  const pointer = at === undefined ? undefined : `${at}/format`;
  return schemaDiagnostic(path, `${logged}; payloads are not checked against it. Use a format ajv-formats knows (date-time, uri, email, ...) or remove it.`, pointer === undefined ? undefined : positionOfPointer(text, pointer), "warning");
}
function compileProblem(path, text, error) {
  if (error instanceof SchemaFileProblem)
    return error.diagnostic;
  if (error instanceof SchemaBudgetProblem) {
    const at = error.near === undefined ? -1 : text.indexOf(error.near);
    return schemaDiagnostic(path, error.message, at < 0 ? undefined : lineColumnAt(text, at));
  }
  if (error instanceof RangeError) {
    return schemaDiagnostic(path, `schema cannot be compiled: it is too deeply nested or recursive (${error.message}). Simplify it: fewer nested levels, no $ref cycles that do not step into the payload.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return schemaDiagnostic(path, `schema cannot be compiled: ${message}`);
}
var shared;
function sharedSchemaRegistry() {
  shared ??= new SchemaRegistry({ cache: configuredSchemaCache });
  return shared;
}

// src/flows/match.ts
function typeMatches2(pattern, type) {
  try {
    return globMatches(pattern, type);
  } catch {
    return pattern === type;
  }
}
async function matchSteps2(flows, event, options = {}) {
  const outcomes = [];
  const typeMatched = [];
  for (const flow of flows) {
    for (const step of flow.steps) {
      const trigger = step.trigger;
      if (!trigger) {
        const message = `step "${step.name}" has no [steps.trigger], so no event runs it`;
        outcomes.push({ mismatch: { flow, step, reason: "no-trigger", message } });
      } else if (!typeMatches2(trigger.type, event.type)) {
        const message = `trigger type "${trigger.type}" does not match event type "${event.type}"`;
        outcomes.push({ mismatch: { flow, step, reason: "type", message } });
      } else {
        typeMatched.push({ ref: { flow, step }, at: outcomes.length });
        outcomes.push({ matched: { flow, step } });
      }
    }
  }
  const needsSchema = typeMatched.filter(({ ref }) => ref.step.trigger?.schemaPath !== undefined);
  if (needsSchema.length > 0) {
    const registry = options.schemas ?? sharedSchemaRegistry();
    const payload = event.payload ?? {};
    for (const { ref, at } of needsSchema) {
      const trigger = ref.step.trigger;
      const compiled = await registry.compile(trigger.schemaPath);
      const shown = trigger.schema ?? trigger.schemaPath;
      if (!compiled.ok) {
        const message = `schema ${shown} cannot be used: ${compiled.diagnostic.message}`;
        outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
        continue;
      }
      const check = compiled.check(payload);
      if (!check.ok) {
        const message = `payload does not match ${shown}: ${check.message}`;
        outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
      }
    }
  }
  const conditions = await matchConditions(outcomes, event, options);
  const result = { matched: [], mismatches: [] };
  if (conditions)
    Object.assign(result, conditions);
  for (const outcome of outcomes) {
    if ("matched" in outcome)
      result.matched.push(outcome.matched);
    else
      result.mismatches.push(outcome.mismatch);
  }
  return result;
}

// src/flows/deferred.ts
var TABLE_HEADER = /^\s*\[/;
var NAME_LINE = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
var TYPE_KEY = /^\s*type\s*=/;
var TYPE_LINE = /^\s*type\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
var UNFOLLOWED_TYPE = /["']type["']\s*=|[{,]\s*type\s*=/;
function scanManifest(text) {
  if (UNFOLLOWED_TYPE.test(text) || text.includes('"""') || text.includes("'''"))
    return;
  const lines = text.split(/\r?\n/);
  const names = [];
  const types = [];
  let topLevel = true;
  for (const line of lines) {
    if (TABLE_HEADER.test(line))
      topLevel = false;
    const name = topLevel ? NAME_LINE.exec(line) : null;
    if (name)
      names.push(name[1]);
    if (TYPE_KEY.test(line)) {
      const type = TYPE_LINE.exec(line);
      if (!type)
        return;
      types.push(type[1]);
    }
  }
  return names.length === 1 ? { name: names[0], types } : undefined;
}
function couldMatch(deferred, eventType) {
  return deferred.types.some((type) => typeMatches2(type, eventType));
}

// src/flows/manifest.ts
import { dirname as dirname5, resolve as resolve5 } from "path";

// node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1;i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += `
`;
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += `^
`;
    }
  }
  return codeblock;
}

class TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  static x(message, ctx, ptr) {
    throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
}

// node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (;ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0;j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "\t";
        else if (c === 110)
          parsed += `
`;
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;

class TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 60000);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
}

// node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function skipComment(ctx) {
  for (;ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = Object.create(null);
  let seen = new Set;
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0;i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(ctx, 125);
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(ctx, 93));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0;i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1000,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = Object.create(null);
  let meta = Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(ctx, 93);
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(ctx, k, tbl, m, 0);
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, undefined);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
var HAS_WELLFORMED = !!"".isWellFormed;

// node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

// src/flows/manifest-paths.ts
import { existsSync, realpathSync as realpathSync2, statSync as statSync2 } from "fs";
import { dirname as dirname4, isAbsolute, join as join2, relative, resolve as resolve4, sep as sep2 } from "path";

// src/flows/manifest-report.ts
function fieldName(path) {
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`).join("");
}

class ManifestReport {
  file;
  locator;
  problems = [];
  constructor(file, locator) {
    this.file = file;
    this.locator = locator;
  }
  error(path, message) {
    this.add("error", path, message);
  }
  warn(path, message) {
    this.add("warning", path, message);
  }
  line(path) {
    return this.locator.header(path)?.line ?? this.locator.locate(path)?.line;
  }
  get errorCount() {
    return this.problems.filter((problem) => problem.severity === "error").length;
  }
  add(severity, path, message) {
    const position = this.locator.locate(path);
    const problem = { severity, file: this.file, message };
    if (position) {
      problem.line = position.line;
      problem.column = position.column;
    }
    this.problems.push(problem);
  }
}

// src/flows/manifest-paths.ts
var repositoryCache = new Map;
function packageBounds(root) {
  const repository = repositoryOf(dirname4(root)) ?? dirname4(dirname4(root));
  return { root, realRoot: real(root) ?? root, repository, realRepository: real(repository) ?? repository };
}
function repositoryOf(dir) {
  const cached = repositoryCache.get(dir);
  if (cached !== undefined)
    return cached || undefined;
  const found = existsSync(join2(dir, ".git")) ? dir : dirname4(dir) === dir ? undefined : repositoryOf(dirname4(dir));
  repositoryCache.set(dir, found ?? "");
  return found;
}
function isInside2(path, folder) {
  const rel = relative(folder, path);
  return rel === "" || !rel.startsWith(`..${sep2}`) && rel !== ".." && !isAbsolute(rel);
}
function real(path) {
  try {
    return realpathSync2(path);
  } catch {
    return;
  }
}
function readPackagePath(options) {
  const { report, path, value, root, bounds, expected, bound } = options;
  const field = fieldName(path);
  if (isAbsolute(value)) {
    report.error(path, `${field} is "${value}", an absolute path; expected a path relative to the package folder. ` + "Make it relative so the package works wherever it is installed.");
    return;
  }
  const absolute = resolve4(root, value);
  const [limit, realLimit] = bound === "package" ? [bounds.root, bounds.realRoot] : [bounds.repository, bounds.realRepository];
  const outside = `outside the ${bound === "package" ? "package folder" : "repository"} (${limit})`;
  const fix = bound === "package" ? `Keep ${String(path[path.length - 1])} inside the package: move the ${expected} into the package folder.` : "Point cwd at a folder inside the repository.";
  if (!isInside2(absolute, limit)) {
    report.error(path, `${field} "${value}" resolves to ${absolute}, ${outside}. ${fix}`);
    return;
  }
  const kind = kindOf(absolute);
  if (kind === "missing") {
    report.error(path, `${field} "${value}" does not exist (looked for ${absolute}); expected a ${expected}. ` + `Create the ${expected} or fix the path (it is relative to the package folder).`);
    return;
  }
  if (kind !== expected) {
    report.error(path, `${field} "${value}" is ${kind === "other" ? "not a regular file or directory" : `a ${kind}`}; ` + `expected a ${expected}. Point ${String(path[path.length - 1])} at a ${expected}.`);
    return;
  }
  const target = real(absolute);
  if (target === undefined || !isInside2(target, realLimit)) {
    report.error(path, `${field} "${value}" is a symbolic link to ${target ?? "nothing"}, ${outside}. ${fix}`);
    return;
  }
  return absolute;
}
function kindOf(path) {
  try {
    const info = statSync2(path);
    if (info.isFile())
      return "file";
    return info.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

// src/generated/schemas.ts
var contractSchemas = {
  "backend-dispatch-result.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", title: "BackendDispatchAnswer", description: "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", type: "object", required: ["status"], properties: { status: { type: "string", enum: ["accepted", "duplicate"] }, eventId: { description: "Used when a non-empty string; else the event's id.", tsType: "unknown" }, runIds: { type: ["array", "null"], items: { type: "string", minLength: 1 } }, matched: { description: "Used when a whole number; else the number of run ids.", tsType: "unknown" }, idempotent: { description: "Used when true or false; a duplicate is idempotent otherwise.", tsType: "unknown" }, event: { description: "A FlowEvent (flow-event.schema.json), or the event sent when missing.", tsType: "unknown" }, runs: { description: "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", tsType: "unknown" } } },
  "backend-run.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json", title: "BackendRun", description: "A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion, times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again.", type: "object", allOf: [{ anyOf: [{ required: ["id"], properties: { id: { $ref: "#/definitions/nonEmpty" } } }, { required: ["runId"], properties: { runId: { $ref: "#/definitions/nonEmpty" } } }] }, { required: ["eventId"] }, { anyOf: [{ required: ["processStatus"] }, { required: ["status"] }] }, { anyOf: [{ required: ["flowName"], properties: { flowName: { $ref: "#/definitions/nonEmpty" } } }, { required: ["flow"], properties: { flow: { $ref: "#/definitions/nonEmpty" } } }] }, { anyOf: [{ required: ["stepName"], properties: { stepName: { $ref: "#/definitions/nonEmpty" } } }, { required: ["step"], properties: { step: { $ref: "#/definitions/nonEmpty" } } }] }, { anyOf: [{ required: ["flowVersion"] }, { required: ["version"] }] }], properties: { id: { type: "string" }, runId: { type: "string" }, eventId: { $ref: "#/definitions/nonEmpty" }, flowName: { type: "string" }, flow: { type: "string" }, stepName: { type: "string" }, step: { type: "string" }, flowVersion: { $ref: "#/definitions/version" }, version: { $ref: "#/definitions/version" }, runner: { anyOf: [{ type: "null" }, { $ref: "flow-run-view.schema.json#/definitions/FlowRunner" }] }, processStatus: { $ref: "flow-run-view.schema.json#/definitions/ProcessStatus" }, status: { $ref: "#/definitions/anyStatus" }, resultStatus: { anyOf: [{ type: "null" }, { $ref: "flow-result.schema.json#/definitions/FlowResultStatus" }] }, effectiveStatus: { anyOf: [{ type: "null" }, { $ref: "#/definitions/anyStatus" }] }, needsAttention: { type: "boolean" }, resultPayload: { anyOf: [{ type: "null" }, { $ref: "flow-result.schema.json" }] }, result: { anyOf: [{ type: "null" }, { $ref: "flow-result.schema.json" }] }, attempts: { anyOf: [{ type: "null" }, { type: "array", items: { $ref: "#/definitions/attempt" } }] }, output: { $ref: "#/definitions/text" }, error: { $ref: "#/definitions/text" }, createdAt: { $ref: "#/definitions/time" }, updatedAt: { $ref: "#/definitions/time" }, startedAt: { $ref: "#/definitions/time" }, completedAt: { $ref: "#/definitions/time" } }, definitions: { nonEmpty: { type: "string", minLength: 1 }, version: { anyOf: [{ type: "number" }, { type: "string", pattern: "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] }, anyStatus: { anyOf: [{ $ref: "flow-run-view.schema.json#/definitions/ProcessStatus" }, { $ref: "flow-result.schema.json#/definitions/FlowResultStatus" }] }, time: { anyOf: [{ type: "null" }, { type: "number" }, { type: "string" }] }, text: { anyOf: [{ type: "null" }, { type: "string" }, { type: "object", required: ["message"], properties: { message: { type: "string" } } }] }, attempt: { type: "object", properties: { id: { type: "string" }, number: { type: "number" }, status: { $ref: "flow-run-view.schema.json#/definitions/ProcessStatus" }, processStatus: { $ref: "flow-run-view.schema.json#/definitions/ProcessStatus" }, resultStatus: { anyOf: [{ type: "null" }, { $ref: "flow-result.schema.json#/definitions/FlowResultStatus" }] }, startedAt: { $ref: "#/definitions/time" }, completedAt: { $ref: "#/definitions/time" }, error: { $ref: "#/definitions/text" } }, anyOf: [{ required: ["status"] }, { required: ["processStatus"] }] } } },
  "event-record.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json", title: "StoredEventRecord", description: "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).", type: "object", required: ["formatVersion", "event", "runs"], properties: { formatVersion: { type: "integer", minimum: 1 }, event: { $ref: "flow-event.schema.json" }, runs: { type: "array", items: { $ref: "flow-run-view.schema.json" } }, firstDispatchedAt: { type: "string" }, updatedAt: { type: "string" }, dispatchCount: { type: "integer", minimum: 0 } } },
  "flow-diagnostic.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", title: "FlowDiagnostic", description: "A problem found in a flow package or schema: where it is and what to change.", type: "object", required: ["severity", "file", "message"], properties: { severity: { type: "string", enum: ["error", "warning"] }, file: { type: "string" }, line: { type: "integer", minimum: 1 }, column: { type: "integer", minimum: 1 }, message: { type: "string" } } },
  "flow-event.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", title: "FlowEventShape", description: "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", type: "object", required: ["id", "type", "receivedAt", "payload"], properties: { id: { type: "string", minLength: 1, description: "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, type: { type: "string", minLength: 1, description: "Matched against trigger.type." }, source: { type: "string", description: "Product or subsystem that emitted it." }, occurredAt: { type: "string", description: "ISO time of the domain event." }, receivedAt: { type: "string", description: "ISO time the flow system accepted it." }, payload: { description: "Validated by each step's trigger schema.", tsType: "unknown" } }, definitions: { FlowEventInput: { title: "FlowEventInput", description: "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", type: "object", required: ["id", "type"], properties: { id: { type: "string" }, type: { type: "string" }, source: { type: "string" }, occurredAt: { type: "string" }, receivedAt: { type: "string" }, payload: { tsType: "unknown" } } } } },
  "flow-result.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", title: "FlowResult", description: "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", type: "object", required: ["status"], additionalProperties: true, properties: { status: { $ref: "#/definitions/FlowResultStatus" }, message: { type: "string" }, artifacts: { type: "object", tsType: "Record<string, unknown>" }, next: { type: "array", description: "Events to dispatch after this run (id and type required).", items: { $ref: "flow-event.schema.json#/definitions/FlowEventInput" } }, annotations: { type: "array", items: { $ref: "#/definitions/FlowAnnotation" } } }, definitions: { FlowResultStatus: { title: "FlowResultStatus", type: "string", enum: ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, FlowAnnotation: { title: "FlowAnnotation", description: "A file/line note a step may return; shown as an annotation on checks. (Extension.)", type: "object", required: ["path", "message"], additionalProperties: false, properties: { path: { type: "string" }, line: { type: "number" }, endLine: { type: "number" }, column: { type: "number" }, level: { type: "string", enum: ["notice", "warning", "failure"] }, message: { type: "string" }, title: { type: "string" } } } } },
  "flow-run-view.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", title: "FlowRunView", description: "One executed (or deliberately not executed) step of one flow for one event.", type: "object", required: ["id", "eventId", "flowName", "flowVersion", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], properties: { id: { type: "string" }, eventId: { type: "string" }, flowName: { type: "string" }, flowVersion: { type: "number" }, stepName: { type: "string" }, runner: { $ref: "#/definitions/FlowRunner" }, processStatus: { $ref: "#/definitions/ProcessStatus" }, resultStatus: { $ref: "flow-result.schema.json#/definitions/FlowResultStatus" }, effectiveStatus: { $ref: "#/definitions/EffectiveStatus" }, needsAttention: { type: "boolean" }, attempts: { type: "array", items: { $ref: "#/definitions/FlowRunAttempt" } }, output: { type: "string", description: "Bounded tail of the step's stdout and stderr." }, resultPayload: { $ref: "flow-result.schema.json" }, error: { type: "string" }, createdAt: { type: "string" }, updatedAt: { type: "string" }, startedAt: { type: "string" }, completedAt: { type: "string" }, durationMs: { type: "number" }, timedOut: { type: "boolean" }, replay: { type: "boolean" }, alreadyHandled: { type: "boolean", description: "Set when this dispatch reused a stored successful run instead of running again." } }, definitions: { FlowRunner: { title: "FlowRunner", type: "string", enum: ["bun", "code-mode"] }, ProcessStatus: { title: "ProcessStatus", type: "string", enum: ["queued", "running", "completed", "failed", "canceled", "interrupted"], description: "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, EffectiveStatus: { title: "EffectiveStatus", description: "resultStatus when there is one, else processStatus.", anyOf: [{ $ref: "flow-result.schema.json#/definitions/FlowResultStatus" }, { $ref: "#/definitions/ProcessStatus" }] }, FlowRunAttempt: { title: "FlowRunAttempt", type: "object", required: ["id", "number", "status"], properties: { id: { type: "string" }, number: { type: "number" }, status: { $ref: "#/definitions/ProcessStatus" }, resultStatus: { $ref: "flow-result.schema.json#/definitions/FlowResultStatus" }, startedAt: { type: "string" }, completedAt: { type: "string" }, error: { type: "string" }, timedOut: { type: "boolean", description: "The attempt ran past the step's timeout_ms." }, replay: { type: "boolean", description: "The attempt was started by an explicit replay." }, key: { type: "string", description: "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, dispatcher: { $ref: "#/definitions/FlowDispatcher" }, edit: { $ref: "#/definitions/ReplayEdit" } } }, ReplayEdit: { title: "ReplayEdit", description: "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", type: "object", required: ["changed", "payload"], properties: { changed: { type: "array", items: { type: "string" }, description: "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, payload: { description: "The payload the attempt ran with." } } }, FlowDispatcher: { title: "FlowDispatcher", description: "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", type: "object", required: ["host", "pid", "startedAt"], properties: { host: { type: "string" }, pid: { type: "number" }, startedAt: { type: "string" }, until: { type: "string" } } } } },
  "flow.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json", title: "FlowManifest", description: "flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).", type: "object", required: ["name", "version", "steps"], additionalProperties: false, properties: { $schema: { type: "string", description: "Schema for editors (ignored by flows-action)." }, name: { $ref: "#/definitions/name", description: "The flow's name: unique among the packages of a repository (the first package found wins)." }, version: { type: "number", description: "The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion." }, description: { type: "string", description: "One line about what the flow does." }, config: { type: "object", description: "Free-form settings, passed to every step as flow.config.", tsType: "Record<string, unknown>" }, guidance: { type: "object", additionalProperties: false, properties: { skills: { type: "array", items: { type: "string" }, description: "Skills a Code Mode step should load." } } }, steps: { type: "array", minItems: 1, items: { $ref: "#/definitions/step" }, description: "The steps, one [[steps]] section each." } }, definitions: { name: { type: "string", minLength: 1, maxLength: 200, pattern: "^[^\x00-\x1F\x7F-\x9F\u2028\u2029]*[^\\s\x00-\x1F\x7F-\x9F\u2028\u2029][^\x00-\x1F\x7F-\x9F\u2028\u2029]*$", description: "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." }, path: { type: "string", minLength: 1, maxLength: 4096, pattern: "^[^\x00-\x1F]*[^\\s\x00-\x1F][^\x00-\x1F]*$", description: "A relative path, resolved from the package folder." }, step: { type: "object", required: ["name", "runner", "script"], additionalProperties: false, properties: { name: { $ref: "#/definitions/name", description: "The step's name, unique within the flow." }, runner: { type: "string", enum: ["bun", "code-mode"], description: "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, script: { $ref: "#/definitions/path", description: "The script, relative to the package folder; it must stay inside the package." }, cwd: { $ref: "#/definitions/path", description: 'Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. "../..") but not outside the repository.' }, timeout_ms: { type: "integer", exclusiveMinimum: 0, maximum: 9007199254740991, description: "Timeout in milliseconds (default 300000); the step's whole process tree is stopped when it runs past it." }, trigger: { $ref: "#/definitions/trigger" } } }, trigger: { type: "object", required: ["type"], additionalProperties: false, description: "Which FlowEvents the step reacts to. A step without trigger never matches an event.", properties: { type: { $ref: "#/definitions/name", description: 'The FlowEvent type to match; `*` matches any run of characters (e.g. "github.release.*").' }, schema: { $ref: "#/definitions/path", description: "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package." }, if: { type: "string", minLength: 1, maxLength: 4096, description: "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional." } } } } },
  "handover.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json", title: "Handover", description: "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.", type: "object", required: ["version", "repository", "event", "headSha", "prNumbers", "runs"], properties: { version: { const: 1 }, repository: { $ref: "#/definitions/name" }, headSha: { type: "string", pattern: "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, prNumbers: { type: "array", maxItems: 10, uniqueItems: true, items: { type: "integer", minimum: 1 } }, event: { allOf: [{ $ref: "flow-event.schema.json" }, { properties: { id: { $ref: "#/definitions/eventId" }, type: { type: "string", minLength: 1, maxLength: 200, pattern: "^[A-Za-z0-9_.:/-]+$" }, source: { $ref: "#/definitions/name" }, receivedAt: { $ref: "#/definitions/time" }, occurredAt: { $ref: "#/definitions/time" }, payload: { type: "object", tsType: "Record<string, unknown>" } } }] }, runs: { type: "array", maxItems: 500, items: { $ref: "#/definitions/run" } }, problems: { type: "array", maxItems: 500, items: { allOf: [{ $ref: "flow-diagnostic.schema.json" }, { properties: { file: { type: "string", maxLength: 1024, pattern: "^[^\x00-\x1F\x7F]*$" }, message: { type: "string", maxLength: 8192, pattern: "^[^\x00]*$" } } }] } } }, definitions: { name: { type: "string", maxLength: 200, pattern: "^[^\x00-\x1F\x7F]*$" }, eventId: { type: "string", maxLength: 1024, pattern: "^[^\x00-\x1F\x7F]*$" }, time: { type: "string", maxLength: 64, pattern: "^[^\x00-\x1F\x7F]*$" }, multiline: { type: "string", maxLength: 65536, pattern: "^[^\x00]*$" }, attempt: { allOf: [{ $ref: "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { properties: { id: { $ref: "#/definitions/name" }, number: { type: "integer", minimum: 1 }, startedAt: { $ref: "#/definitions/time" }, completedAt: { $ref: "#/definitions/time" }, error: { $ref: "#/definitions/multiline" } } }] }, run: { allOf: [{ $ref: "flow-run-view.schema.json" }, { properties: { id: { $ref: "#/definitions/name" }, eventId: { $ref: "#/definitions/eventId" }, flowName: { $ref: "#/definitions/name" }, stepName: { $ref: "#/definitions/name" }, attempts: { type: "array", maxItems: 50, items: { $ref: "#/definitions/attempt" } }, output: { $ref: "#/definitions/multiline" }, error: { $ref: "#/definitions/multiline" }, createdAt: { $ref: "#/definitions/time" }, updatedAt: { $ref: "#/definitions/time" }, startedAt: { $ref: "#/definitions/time" }, completedAt: { $ref: "#/definitions/time" }, resultPayload: { properties: { message: { $ref: "#/definitions/multiline" } } } } }] } } },
  "runs-file.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json", title: "RunsFile", description: "What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.", type: "object", required: ["version", "event", "runs", "children"], properties: { version: { const: 1 }, event: { $ref: "flow-event.schema.json" }, runs: { type: "array", items: { $ref: "flow-run-view.schema.json" } }, children: { type: "array", items: { $ref: "#" } } } },
  "watch-cursor.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", title: "WatchCursor", description: "Where polling of one upstream repository's releases left off, kept in the state store.", type: "object", required: ["format", "repo", "seen", "polledAt"], properties: { format: { type: "number", description: "WATCH_CURSOR_FORMAT (1)." }, repo: { type: "string", description: "owner/repo, as configured." }, etag: { type: "string", description: "ETag of the first page of releases at the last poll that changed something." }, deepEtag: { type: "string", description: "ETag of the second page, when the repository has one." }, etagAt: { type: "string", description: "When `etag` was received." }, tagsEtag: { type: "string", description: "ETag of the tag refs listing (updates=true)." }, watermark: { type: "string", description: "The latest publishedAt seen; a release published before it is not new." }, seen: { type: "array", description: "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", items: { $ref: "#/definitions/SeenRelease" } }, pending: { type: "array", description: "Releases waiting for min-age, oldest first.", items: { $ref: "#/definitions/HeldRelease" } }, dispatched: { type: "array", description: "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", items: { $ref: "#/definitions/DispatchedRelease" } }, redeliver: { type: "array", items: { type: "string" }, description: "Tags to deliver again at the next poll (`flows forget` of a polled release)." }, polledAt: { type: "string", description: "When this cursor was written." }, checkedAt: { type: "string", description: "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." } }, definitions: { SeenRelease: { title: "SeenRelease", type: "object", required: ["id", "tag", "publishedAt", "prerelease"], properties: { id: { type: "number" }, tag: { type: "string" }, publishedAt: { type: "string" }, prerelease: { type: "boolean" } } }, HeldRelease: { title: "HeldRelease", description: "A release held back by `min-age`.", type: "object", required: ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], properties: { id: { type: "number" }, tag: { type: "string" }, publishedAt: { type: "string", description: "GitHub's published_at, or the first-seen time when it had none usable." }, firstSeenAt: { type: "string", description: "The poll that first saw it." }, ageFrom: { type: "string", enum: ["published", "first-seen"], description: "Where its age counts from." }, createdAt: { type: "string", description: `Commit date (GitHub's list order), to tell "deleted" from "beyond the pages read".` } } }, DispatchedRelease: { title: "DispatchedRelease", description: "A release this watch dispatched, as it was then.", type: "object", required: ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], properties: { id: { type: "number" }, tag: { type: "string" }, eventId: { type: "string" }, prerelease: { type: "boolean" }, createdAt: { type: "string" }, dispatchedAt: { type: "string" }, commit: { type: "string", description: "The commit the tag pointed at, when known." }, tagObject: { type: "string", description: "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } }
};

// src/flows/manifest-defaults.ts
var DEFAULT_TIMEOUT_MS = 300000;

// src/flows/manifest-messages.ts
var flowSchema = contractSchemas["flow.schema.json"];
var definitions = flowSchema.definitions;
var NAME_MAX = definitions.name.maxLength;
var KNOWN_KEYS = {
  "": Object.keys(flowSchema.properties).filter((key) => key !== "$schema"),
  guidance: Object.keys(flowSchema.properties.guidance.properties),
  "steps[]": Object.keys(definitions.step.properties),
  "steps[].trigger": Object.keys(definitions.trigger.properties)
};
var ADD_STEP = "Add a [[steps]] section with name, runner and script.";
function genericPath(path) {
  return path.map((part, i) => typeof part === "number" ? "[]" : i === 0 ? part : `.${part}`).join("");
}
function unknownKeyMessage(tablePath, key) {
  const where = tablePath.length === 0 ? "at the top level" : `in ${fieldName(tablePath)}`;
  const known = KNOWN_KEYS[genericPath(tablePath)] ?? [];
  const expected = known.length > 0 ? `; expected one of ${known.join(", ")}` : "";
  return `unknown key "${key}" ${where} is ignored${expected}. Remove it or fix its spelling.`;
}
var NAME_RULE = `a non-empty string of at most ${NAME_MAX} characters without control characters`;
var quoted = (example) => (value) => typeof value === "string" ? stringFix(value, example) : `Write it in quotes, e.g. ${example}.`;
function stringFix(value, example) {
  if (value.trim() === "")
    return `Give it a value, e.g. ${example}.`;
  const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(value)?.[0];
  if (control !== undefined) {
    const code = control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    return `Remove the control character U+${code} (names must be one printable line).`;
  }
  if (value.length > NAME_MAX)
    return `Shorten it to at most ${NAME_MAX} characters.`;
  return `Write it like ${example}.`;
}
var RULES = {
  name: {
    expected: NAME_RULE,
    missing: 'Add a line like name = "my-flow" at the top of flow.toml.',
    wrong: (value) => typeof value !== "string" ? "Put the name in quotes." : value.trim() === "" ? "Give the flow a name." : stringFix(value, 'name = "my-flow"')
  },
  version: {
    expected: "a finite number",
    missing: "Add version = 1 at the top of flow.toml.",
    wrong: (value) => typeof value === "string" ? "Write it without quotes, e.g. version = 1." : "Use e.g. version = 1."
  },
  description: { expected: "a string", wrong: () => "Put it in quotes or remove it." },
  config: { expected: "a table", wrong: () => "Write it as a [config] section with key = value lines." },
  guidance: { expected: "a table", wrong: () => 'Write it as a [guidance] section with skills = ["..."].' },
  "guidance.skills": { expected: "an array of strings", wrong: () => 'Write skills = ["skill-name"].' },
  "guidance.skills[]": { expected: "a string", wrong: () => "Put each skill name in quotes." },
  steps: {
    expected: "an array of tables",
    missing: ADD_STEP,
    wrong: () => "Write each step as a [[steps]] section."
  },
  "steps[]": { expected: "a table", wrong: () => "Write each step as a [[steps]] section." },
  "steps[].name": { expected: NAME_RULE, missing: 'Add name = "step-name".', wrong: quoted('name = "step-name"') },
  "steps[].runner": {
    expected: '"bun" or "code-mode"',
    missing: 'Add runner = "bun" to this step.',
    wrong: () => "Change runner to one of those."
  },
  "steps[].script": {
    expected: "a non-empty string",
    missing: 'Add script = "exec/step.ts".',
    wrong: quoted('script = "exec/step.ts"')
  },
  "steps[].cwd": { expected: "a non-empty string", wrong: quoted('cwd = "."') },
  "steps[].timeout_ms": {
    expected: "a positive whole number of milliseconds",
    wrong: (value) => `${typeof value === "string" ? "Write it without quotes" : "Write e.g. timeout_ms = 600000"}, ` + `or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`
  },
  "steps[].trigger": {
    expected: "a table",
    wrong: () => "Write it as a [steps.trigger] section right after its [[steps]] section."
  },
  "steps[].trigger.type": {
    expected: NAME_RULE,
    missing: 'Add type = "upstream.release".',
    wrong: quoted('type = "upstream.release"')
  },
  "steps[].trigger.schema": {
    expected: "a non-empty string",
    wrong: quoted('schema = "schemas/event.schema.json"')
  },
  "steps[].trigger.if": {
    expected: "a non-empty string holding a GitHub expression",
    wrong: quoted(`if = "startsWith(event.payload.tag, 'v')"`)
  },
  $schema: { expected: "a string", wrong: () => "Write the schema URL in quotes, or use a #:schema comment." }
};
function missingMessage(path) {
  const rule = RULES[genericPath(path)];
  const field = fieldName(path);
  if (genericPath(path) === "steps")
    return `steps is missing; expected at least one [[steps]] section. ${ADD_STEP}`;
  if (!rule)
    return `${field} is missing. Add it.`;
  return `${field} is missing; expected ${rule.expected}. ${rule.missing ?? "Add it."}`;
}
function wrongValueMessage(path, value, keyword) {
  const field = fieldName(path);
  if (genericPath(path) === "steps" && keyword === "minItems") {
    return `steps is empty; expected at least one step. ${ADD_STEP}`;
  }
  const rule = RULES[genericPath(path)];
  if (!rule)
    return `${field} is ${describeValue(value)}, which the flow.toml schema does not accept (${keyword}). Fix the value.`;
  return `${field} is ${describeValue(value)}; expected ${rule.expected}. ${rule.wrong(value)}`;
}

// src/flows/manifest-schema.ts
var TOML_DATE = Symbol("TOML date");
function checkManifestSchema(report, document) {
  const failed = new Set;
  if (validateFlow(schemaView(document)))
    return failed;
  const reported = new Set;
  for (const error of validateFlow.errors ?? []) {
    const base = pathOf(error.instancePath);
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      report.warn([...base, key], unknownKeyMessage(base, key));
      continue;
    }
    const path = error.keyword === "required" ? [...base, String(error.params.missingProperty)] : base;
    const key = JSON.stringify(path);
    if (reported.has(key))
      continue;
    reported.add(key);
    failed.add(key);
    report.error(path, error.keyword === "required" ? missingMessage(path) : wrongValueMessage(path, valueAt(document, path), error.keyword));
  }
  return failed;
}
function pathKey(path) {
  return JSON.stringify(path);
}
function pathOf(pointer) {
  if (pointer === "")
    return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part);
}
function valueAt(document, path) {
  let value = document;
  for (const part of path) {
    if (value === null || typeof value !== "object")
      return;
    value = value[part];
  }
  return value;
}
function schemaView(document) {
  const view = shallow(document);
  if (isTable(document.guidance)) {
    const guidance = shallow(document.guidance);
    if (Array.isArray(document.guidance.skills))
      guidance.skills = document.guidance.skills.map(dateless);
    view.guidance = guidance;
  }
  if (Array.isArray(document.steps)) {
    view.steps = document.steps.map((step) => {
      if (!isTable(step))
        return dateless(step);
      const copy = shallow(step);
      if (isTable(step.trigger))
        copy.trigger = shallow(step.trigger);
      return copy;
    });
  }
  return view;
}
function shallow(table) {
  const copy = {};
  for (const [key, value] of Object.entries(table))
    copy[key] = dateless(value);
  return copy;
}
function dateless(value) {
  return value instanceof Date ? TOML_DATE : value;
}

// src/flows/manifest-steps.ts
import { readFileSync as readFileSync2 } from "fs";
function readSteps(context, value) {
  if (!Array.isArray(value))
    return;
  const steps = [];
  const firstIndexByName = new Map;
  for (const [index, entry] of value.entries()) {
    if (!isTable(entry))
      continue;
    const path = ["steps", index];
    const name = entry.name;
    if (typeof name === "string" && !context.failed.has(pathKey([...path, "name"]))) {
      const first = firstIndexByName.get(name);
      if (first === undefined)
        firstIndexByName.set(name, index);
      else {
        context.report.error([...path, "name"], `${fieldName([...path, "name"])} "${name}" is already used by steps[${first}]; ` + "step names must be unique within a flow. Rename one of them.");
      }
    }
    const step = readStep(context, path, entry);
    if (step)
      steps.push(step);
  }
  return steps.length === value.length ? steps : undefined;
}
function readStep(context, path, table) {
  const { report, bounds } = context;
  const usable = (key) => {
    const value = table[key];
    return typeof value === "string" && !context.failed.has(pathKey([...path, key])) ? value : undefined;
  };
  const script = usable("script");
  const scriptPath = script === undefined ? undefined : readPackagePath({ report, path: [...path, "script"], value: script, root: bounds.root, bounds, expected: "file", bound: "package" });
  const cwd = usable("cwd");
  const cwdPath = table.cwd === undefined ? bounds.root : cwd === undefined ? undefined : readPackagePath({ report, path: [...path, "cwd"], value: cwd, root: bounds.root, bounds, expected: "directory", bound: "repository" });
  const trigger = isTable(table.trigger) ? readTrigger(context, [...path, "trigger"], table.trigger) : undefined;
  const name = usable("name");
  const runner = table.runner;
  if (name === undefined || script === undefined || scriptPath === undefined || cwdPath === undefined)
    return;
  if (table.trigger !== undefined && !trigger)
    return;
  const timeoutMs = typeof table.timeout_ms === "number" ? table.timeout_ms : DEFAULT_TIMEOUT_MS;
  const step = { name, runner, script, scriptPath, cwdPath, timeoutMs };
  if (trigger)
    step.trigger = trigger;
  Object.defineProperty(step, "line", { enumerable: true, configurable: true, get: () => report.line(path) });
  return step;
}
function readTrigger(context, path, table) {
  const { report, bounds, failed } = context;
  const ok = (key) => typeof table[key] === "string" && !failed.has(pathKey([...path, key]));
  let schemaPath;
  if (table.schema !== undefined) {
    if (!ok("schema"))
      return;
    const field = [...path, "schema"];
    schemaPath = readPackagePath({ report, path: field, value: table.schema, root: bounds.root, bounds, expected: "file", bound: "package" });
    if (!schemaPath || !checkSchemaJson(report, schemaPath, field))
      return;
  }
  if (!ok("type") || table.if !== undefined && !ok("if"))
    return;
  const trigger = { type: table.type };
  if (schemaPath) {
    trigger.schema = table.schema;
    trigger.schemaPath = schemaPath;
  }
  if (typeof table.if === "string")
    trigger.if = table.if;
  return trigger;
}
function checkSchemaJson(report, schemaPath, field) {
  const from = `(referenced by ${fieldName(field)} in ${report.file})`;
  let text;
  try {
    text = readFileSync2(schemaPath, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const code = error.code ?? String(error);
    report.problems.push({ severity: "error", file: schemaPath, message: `schema cannot be read (${code}). Check its permissions ${from}.` });
    return false;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const problem = {
      severity: "error",
      file: schemaPath,
      message: `schema is not valid JSON: ${parsed.message}. Fix the JSON syntax ${from}.`
    };
    report.problems.push(parsed.line === undefined ? problem : { ...problem, line: parsed.line, column: parsed.column });
    return false;
  }
  if (typeof parsed.value !== "boolean" && !isTable(parsed.value)) {
    report.problems.push({
      severity: "error",
      file: schemaPath,
      line: 1,
      column: 1,
      message: `schema is ${describeValue(parsed.value)}; expected a JSON object (a JSON Schema). ` + `Start the file with { and describe the payload ${from}.`
    });
    return false;
  }
  return true;
}

// src/flows/manifest.ts
function parseFlowManifest(manifestPath, text) {
  const file = resolve5(manifestPath);
  const root = dirname5(file);
  let document;
  try {
    document = parse(text);
  } catch (error) {
    return { problems: [tomlSyntaxProblem(file, error)] };
  }
  const report = new ManifestReport(file, new TomlLocator(text));
  const bounds = packageBounds(root);
  if (!isInside2(bounds.realRoot, bounds.realRepository)) {
    report.problems.push({
      severity: "error",
      file,
      message: `the package folder ${root} is a symbolic link to ${bounds.realRoot}, outside the repository (${bounds.realRepository}). ` + "Copy the package into the repository instead of linking to it."
    });
    return { problems: report.problems };
  }
  const failed = checkManifestSchema(report, document);
  const steps = readSteps({ report, bounds, failed }, document.steps);
  const problems = inLineOrder(report.problems, file);
  if (report.errorCount > 0 || !steps)
    return { problems };
  const manifest = document;
  const flow = { name: manifest.name, version: manifest.version, root, manifestPath: file, steps };
  if (manifest.description !== undefined)
    flow.description = manifest.description;
  if (manifest.config !== undefined)
    flow.config = manifest.config;
  if (manifest.guidance !== undefined)
    flow.guidance = { skills: manifest.guidance.skills ?? [] };
  return { flow, problems };
}
function inLineOrder(problems, manifest) {
  const rank = (problem) => (problem.file === manifest ? 0 : 1e9) + (problem.line ?? 0);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}
function tomlSyntaxProblem(file, error) {
  if (error instanceof TomlError) {
    const reason = (error.message.split(`
`)[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
    return {
      severity: "error",
      file,
      line: error.line,
      column: error.column,
      message: `flow.toml is not valid TOML: ${reason}. Fix the syntax at this position.`
    };
  }
  return { severity: "error", file, message: `flow.toml is not valid TOML: ${String(error)}.` };
}

// src/flows/discovery.ts
var DEFAULT_FLOW_ROOTS = [".codex/flows", "flows"];
var DEFER_ABOVE = 100;
async function discoverFlows(options) {
  const problems = [];
  const folders = [];
  const seenRoots = new Set;
  for (const root of options.roots ?? DEFAULT_FLOW_ROOTS) {
    const absoluteRoot = resolve6(options.repoRoot, root);
    if (seenRoots.has(absoluteRoot))
      continue;
    seenRoots.add(absoluteRoot);
    folders.push(...await packageFolders(absoluteRoot, problems));
  }
  const loaded = [];
  const deferred = [];
  const lazy = options.eventType !== undefined && folders.length > (options.deferAbove ?? DEFER_ABOVE);
  folders.forEach((folder, order) => {
    const manifestPath = join3(folder, "flow.toml");
    const text = readManifest(manifestPath);
    if (text === undefined)
      return;
    const scan = !lazy || text === null ? undefined : scanManifest(text);
    if (scan && text !== null && !couldMatch(scan, options.eventType)) {
      deferred.push({ manifestPath, text, order, ...scan });
      return;
    }
    loaded.push({ order, result: text === null ? missingManifest(manifestPath) : parseFlowManifest(manifestPath, text) });
  });
  const discovery = { flows: [], problems, shadowed: [], ...options.eventType === undefined ? {} : { deferred } };
  const loadedNames = new Set(loaded.map(({ result }) => result.flow?.name));
  const contenders = deferred.filter((item) => loadedNames.has(item.name));
  admit(discovery, [...loaded, ...takeDeferred(discovery, contenders)]);
  if (hasConditions(discovery.flows))
    discovery.problems.push(...await compileFlowConditions(discovery.flows));
  return discovery;
}
function loadDeferredFlows(discovery, eventType) {
  const wanted = (discovery.deferred ?? []).filter((item) => couldMatch(item, eventType));
  if (wanted.length > 0) {
    const names = new Set(wanted.map((item) => item.name));
    admit(discovery, takeDeferred(discovery, (discovery.deferred ?? []).filter((item) => names.has(item.name))));
  }
  return discovery.flows;
}
function takeDeferred(discovery, items) {
  if (items.length === 0)
    return [];
  const taken = new Set(items);
  discovery.deferred = (discovery.deferred ?? []).filter((item) => !taken.has(item));
  return items.map((item) => ({ order: item.order, result: parseFlowManifest(item.manifestPath, item.text) }));
}
var ORDER = new WeakMap;
function admit(discovery, results) {
  const keptByName = new Map(discovery.flows.map((flow) => [flow.name, flow]));
  for (const { order, result } of [...results].sort((a, b) => a.order - b.order)) {
    discovery.problems.push(...result.problems);
    const flow = result.flow;
    if (!flow)
      continue;
    ORDER.set(flow, order);
    const kept = keptByName.get(flow.name);
    if (kept) {
      discovery.shadowed.push({ name: flow.name, keptManifest: kept.manifestPath, shadowedManifest: flow.manifestPath });
      discovery.problems.push({
        severity: "warning",
        file: flow.manifestPath,
        message: `flow "${flow.name}" is also defined by ${kept.manifestPath}, which was found first, ` + `so ${flow.manifestPath} is ignored. Rename one of them or remove the stale copy.`
      });
      continue;
    }
    keptByName.set(flow.name, flow);
    discovery.flows.push(flow);
  }
  discovery.flows.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
async function packageFolders(root, problems) {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT") {
      problems.push({
        severity: "warning",
        file: root,
        message: `flow root cannot be read (${code ?? String(error)}); no flows were loaded from it. ` + "Check that it is a readable folder."
      });
    }
    return [];
  }
  const names = entries.filter((entry) => !entry.isFile()).map((entry) => entry.name);
  return names.sort().map((name) => join3(root, name));
}
function readManifest(manifestPath) {
  try {
    return readFileSync3(manifestPath, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR")
      return;
    return null;
  }
}
function missingManifest(manifestPath) {
  return {
    problems: [
      { severity: "error", file: manifestPath, message: "flow.toml cannot be read. Check that the file exists and is readable." }
    ]
  };
}
// src/flows/validate.ts
async function validateFlows(options) {
  const discovered = await discoverFlows(options);
  const registry = options.schemas ?? new SchemaRegistry;
  const problems = [...discovered.problems];
  const seen = new Set;
  for (const flow of discovered.flows) {
    for (const step of flow.steps) {
      const schemaPath = step.trigger?.schemaPath;
      if (!schemaPath || seen.has(schemaPath))
        continue;
      seen.add(schemaPath);
      const compiled = await registry.compile(schemaPath);
      problems.push(...compiled.warnings);
      if (!compiled.ok)
        problems.push(compiled.diagnostic);
      else if (compiled.check({}) && (await registry.problemsOf(schemaPath)).length > 0) {
        problems.push(...await registry.problemsOf(schemaPath));
      }
    }
  }
  return { flows: discovered.flows, problems, shadowed: discovered.shadowed };
}
// src/events/errors.ts
var FLOW_EVENT_SHAPE = '{"id": "my-source:deploy:owner/repo:42", "type": "deploy", "payload": {}} ' + "(id and type: non-empty strings; payload: optional object; source, occurredAt, receivedAt: optional strings)";
var UPSTREAM_RELEASE_SHAPE = '{"repo": "owner/repo", "tag": "v1.2.3", "url": "https://github.com/owner/repo/releases/tag/v1.2.3", ' + '"publishedAt": "2024-01-31T12:00:00Z"} (repo and tag required)';

class FlowEventInputError extends UserError {
  name = "FlowEventInputError";
  origin;
  problem;
  position;
  constructor(options) {
    const at = options.position ? ` at line ${options.position.line}, column ${options.position.column} (position ${options.position.offset})` : "";
    super(`The ${options.subject ?? "FlowEvent"} in ${options.origin} is not usable: ${options.problem}${at}. ` + `Expected JSON like ${options.expected ?? FLOW_EVENT_SHAPE}.`);
    this.origin = options.origin;
    this.problem = options.problem;
    if (options.position)
      this.position = options.position;
  }
}

class GitHubEventError extends UserError {
  name = "GitHubEventError";
  variable;
  path;
  constructor(options) {
    super(options.message, {
      ...options.line !== undefined ? { line: options.line } : {},
      ...options.column !== undefined ? { column: options.column } : {}
    });
    if (options.variable !== undefined)
      this.variable = options.variable;
    if (options.path !== undefined)
      this.path = options.path;
  }
}

class PayloadBudgetError extends UserError {
  name = "PayloadBudgetError";
}

// src/events/budget.ts
var MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
var MAX_PAYLOAD_DEPTH = 256;
var heights = new WeakMap;
function rememberHeight(value, height) {
  heights.set(value, height);
}
function exceedsDepth(value, maxDepth) {
  const height = measure(value, maxDepth);
  return height === undefined;
}
function measure(value, maxDepth) {
  if (typeof value !== "object" || value === null)
    return 0;
  const known = heights.get(value);
  if (known !== undefined)
    return known <= maxDepth ? known : undefined;
  const stack = [value];
  const depths = [1];
  let height = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    const depth = depths.pop();
    const below = heights.get(item);
    const reach = below === undefined ? depth : depth - 1 + below;
    if (reach > maxDepth)
      return;
    if (reach > height)
      height = reach;
    if (below !== undefined)
      continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  heights.set(value, height);
  return height;
}
function checkPayloadDepth(value, origin) {
  if (exceedsDepth(value, MAX_PAYLOAD_DEPTH)) {
    throw new PayloadBudgetError(`The payload of ${origin} nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep, ` + "so it was not dispatched and nothing was stored. Send a flatter payload (for example, nested data as a JSON string).");
  }
}
function checkPayloadSize(bytes, origin) {
  if (bytes <= MAX_PAYLOAD_BYTES)
    return;
  throw new PayloadBudgetError(`${origin} is ${(bytes / (1024 * 1024)).toFixed(1)} MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads), ` + "so it was not dispatched and nothing was stored. Send a smaller payload.");
}

// src/engine/event.ts
var CONTRACT = "flow-event.schema.json";

class FlowEventError extends ContractViolation {
  name = "FlowEventError";
}
function normalizeFlowEvent(value, now = new Date) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new FlowEventError(CONTRACT, "", 'A FlowEvent must be a JSON object like {"id": "...", "type": "...", "payload": {}}.');
  }
  const event = {
    ...value,
    receivedAt: "receivedAt" in value && value.receivedAt !== undefined ? value.receivedAt : now.toISOString(),
    payload: "payload" in value && value.payload !== undefined ? value.payload : {}
  };
  if (!validateFlowEvent(event)) {
    const { field, reason } = firstViolation(validateFlowEvent.errors, event);
    throw new FlowEventError(CONTRACT, field, explain(field, reason, event));
  }
  checkPayloadDepth(event.payload, `event ${JSON.stringify(event.id)}`);
  return event;
}
function explain(field, reason, event) {
  if (field === "id" || field === "type") {
    return `A FlowEvent needs a non-empty string "${field}"; got ${describeGot(event[field])}.`;
  }
  return `FlowEvent ${reason}; correct "${field}" or leave it out.`;
}

// src/report/markdown.ts
var ZERO_WIDTH_SPACE = "\u200B";
function inlineText(text, maxChars = 300) {
  const oneLine = text.replace(/\r?\n/g, " ").trim();
  const cut = oneLine.length > maxChars ? `${oneLine.slice(0, maxChars - 1)}\u2026` : oneLine;
  return cut.replace(/([\\`*_[\]#~])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
function codeBlock(content, language = "") {
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${content.replace(/\n$/, "")}
${fence}`;
}
function inlineCode(text) {
  const oneLine = text.replace(/\r?\n/g, " ");
  const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${ticks}${pad}${oneLine.replace(/\|/g, "\\|")}${pad}${ticks}`;
}
function htmlText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
function cutToBytes(text, maxBytes, note) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= maxBytes)
    return text;
  const reserve = Buffer.byteLength(note(bytes), "utf8") + 16;
  let keep = Buffer.from(text, "utf8").subarray(0, Math.max(0, maxBytes - reserve)).toString("utf8");
  keep = keep.replace(/\uFFFD$/, "");
  return `${keep}
${note(bytes - Buffer.byteLength(keep, "utf8"))}`;
}

// src/report/explain.ts
var MARK = { passed: "\u2705", failed: "\u274C", "not checked": "\u2013", none: "" };
function renderExplain(event, steps, options = {}) {
  const matched = steps.filter((step) => step.matched).length;
  const lines = [
    `### Why each step matched ${inlineCode(event.type)} or not`,
    "",
    `Event ${inlineCode(event.id)} \xB7 ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched.`,
    ""
  ];
  if (steps.length === 0)
    return [...lines, "No flow packages were found."].join(`
`);
  lines.push("| Flow | Step | Type | Schema | Condition | Matched | Why |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const step of steps) {
    const type = step.triggerType === undefined ? "no trigger" : `${MARK[step.type]} ${inlineCode(step.triggerType)}`;
    const schema = step.schema === undefined ? "\u2013" : `${MARK[step.schemaVerdict]} ${inlineCode(step.schema)}`;
    const condition = step.condition === undefined ? "\u2013" : `${MARK[step.conditionVerdict]} ${inlineCode(cut(step.condition, 120))}`;
    lines.push(`| ${inlineText(step.flow, 80)} | ${inlineText(step.step, 80)} | ${type} | ${schema} | ${condition} | ${step.matched ? "yes" : "no"} | ${step.reason ? inlineText(step.reason, 400) : ""} |`);
  }
  const read = steps.filter((step) => step.conditionReport && step.conditionReport.values.length > 0);
  if (read.length > 0) {
    lines.push("", "<details><summary>Values the conditions read</summary>", "");
    for (const step of read) {
      const report = step.conditionReport;
      if (!report)
        continue;
      const values = report.values.map(({ path, value }) => `${path} = ${value}`).join(`
`);
      lines.push(`**${inlineText(`${step.flow} / ${step.step}`, 160)}**: ${report.result}${report.error ? ` (${inlineText(report.error, 300)})` : ""}`, "");
      lines.push(codeBlock(values), "");
    }
    lines.push("</details>");
  }
  if (options.baseDir !== undefined) {
    const manifests = [...new Set(steps.map((step) => relative2(step.manifestPath, options.baseDir)))];
    lines.push("", `Manifests: ${manifests.map(inlineCode).join(", ")}`);
  }
  return lines.join(`
`);
}
function renderExplainText(event, steps, options = {}) {
  const matched = steps.filter((step) => step.matched).length;
  const lines = [`event ${event.id} type=${event.type}: ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched`];
  for (const step of steps) {
    lines.push("", `${step.matched ? "MATCH" : "no   "}  ${step.flow}/${step.step}  (${relative2(step.manifestPath, options.baseDir)})`);
    lines.push(`  type       ${step.triggerType === undefined ? "no [steps.trigger]" : `${verdict(step.type)} ${step.triggerType}`}`);
    if (step.schema !== undefined)
      lines.push(`  schema     ${verdict(step.schemaVerdict)} ${step.schema}`);
    if (step.condition !== undefined) {
      lines.push(`  condition  ${verdict(step.conditionVerdict)} ${step.condition}`);
      for (const { path, value } of step.conditionReport?.values ?? [])
        lines.push(`               ${path} = ${value}`);
      if (step.conditionReport?.error)
        lines.push(`               error: ${step.conditionReport.error}`);
    }
    if (step.reason)
      lines.push(`  why not    ${step.reason}`);
  }
  return lines.join(`
`);
}
function verdict(value) {
  return value === "passed" ? "ok  " : value === "failed" ? "FAIL" : value === "not checked" ? "--  " : "";
}
function cut(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function relative2(file, baseDir) {
  if (!baseDir || !file.startsWith(`${baseDir}/`))
    return file;
  return file.slice(baseDir.length + 1);
}

// src/report/status.ts
var SYMBOLS = {
  completed: "\u2705",
  changed: "\u2705",
  skipped: "\u23ED\uFE0F",
  needs_intervention: "\u270B",
  blocked: "\u26D4",
  failed: "\u274C",
  queued: "\u23F3",
  running: "\u23F3",
  canceled: "\uD83D\uDEAB",
  interrupted: "\uD83D\uDD0C"
};
function statusLabel(run) {
  const symbol = run.timedOut ? "\u23F1\uFE0F" : SYMBOLS[run.effectiveStatus];
  const word = run.timedOut ? "timed out" : run.effectiveStatus.replace("_", " ");
  const notes = [run.alreadyHandled ? "already handled" : "", run.replay ? "replay" : ""].filter(Boolean);
  return `${symbol} ${word}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}
function formatDuration(ms) {
  if (ms === undefined)
    return "\u2013";
  if (ms < 1000)
    return `${Math.round(ms)} ms`;
  if (ms < 60000)
    return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60000);
  return `${minutes} min ${Math.round(ms % 60000 / 1000)} s`;
}
function runMessage(run) {
  const message = run.resultPayload?.message;
  if (typeof message === "string" && message)
    return message;
  return run.error?.split(`
`)[0] ?? "";
}

// src/report/step-text.ts
var COMMAND_LINE = /^(\s*)::([a-z][a-z-]*)(?: (.*?))?::(.*)$/;
var PROPERTY_START = /,(?=(?:file|line|col|endLine|endColumn|title)=)/;
function decode(value) {
  return value.replace(/%0D/gi, "\r").replace(/%0A/gi, `
`).replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
}
function readableStepText(text) {
  if (!text.includes("::"))
    return text;
  return text.split(`
`).map((line) => {
    const match = COMMAND_LINE.exec(line);
    if (!match)
      return line;
    const [, indent = "", name = "", rawProperties = "", data = ""] = match;
    const properties = new Map(rawProperties.split(PROPERTY_START).filter(Boolean).map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at), decode(pair.slice(at + 1))];
    }));
    const where = [properties.get("file"), properties.get("line"), properties.get("col")].filter(Boolean).join(":");
    const title = properties.get("title");
    const message = decode(data).replace(/^\n+/, "");
    const head = `${indent}${name}${where ? ` (${where})` : ""}${title ? `: ${title}` : ""}`;
    return message ? `${head}${title ? `
` : ": "}${message}` : head;
  }).join(`
`);
}
function errorBesideOutput(error, output) {
  const at = error.indexOf(`
Last lines of `);
  if (at < 0 || !output)
    return error;
  const tail = error.slice(error.indexOf(`
`, at + 1) + 1).split(`
`);
  const shown = new Set(output.split(`
`));
  return tail.every((line) => line.trim() === "" || shown.has(line)) ? `${error.slice(0, at)} (its output is below)` : error;
}

// src/report/summary.ts
var JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SUMMARY_BUDGET_BYTES = JOB_SUMMARY_LIMIT_BYTES - 24 * 1024;
var RESULT_DETAIL_BYTES = 8 * 1024;
var OUTPUT_DETAIL_BYTES = 16 * 1024;
function renderSummary(outcome, options = {}) {
  const parts = [];
  for (const each of flatten(outcome)) {
    parts.push(renderEvent(each));
    if (each.explanation)
      parts.push(renderExplain(each.event, each.explanation, { baseDir: options.baseDir }));
  }
  const problems = allProblems(outcome);
  if (problems.length > 0)
    parts.push(renderProblems(problems, options));
  const body = parts.join(`

`);
  return cutToBytes(`${body}
`, SUMMARY_BUDGET_BYTES, (cut) => `
> [!NOTE]
> ${cut} bytes of this summary were cut to stay under GitHub's 1 MiB job summary limit.` + (options.runUrl ? ` The full output is in the [run log](${options.runUrl}).` : " The full output is in the run log."));
}
function flatten(outcome) {
  return [outcome, ...outcome.children.flatMap(flatten)];
}
function allProblems(outcome) {
  const seen = new Set;
  const problems = [];
  for (const each of flatten(outcome)) {
    for (const problem of each.problems) {
      const key = `${problem.file}:${problem.line}:${problem.message}`;
      if (seen.has(key))
        continue;
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
function renderEvent(outcome) {
  const head = [
    `### Flows for ${inlineCode(outcome.event.type)}`,
    "",
    `Event ${inlineCode(outcome.eventId)} \xB7 ${outcome.matched} matching step${outcome.matched === 1 ? "" : "s"}` + (outcome.dryRun ? " \xB7 dry run: nothing was run" : "") + alreadyHandledNote(outcome)
  ];
  if (outcome.runs.length === 0)
    return [...head, "", renderNothingMatched(outcome)].join(`
`);
  const table = [
    "| Flow | Step | Status | Message | Duration | Attempt |",
    "| --- | --- | --- | --- | --- | --- |",
    ...outcome.runs.map((run) => `| ${inlineText(run.flowName, 80)} | ${inlineText(run.stepName, 80)} | ${statusLabel(run)} | ${inlineText(runMessage(run))} | ${formatDuration(run.durationMs)} | ${run.attempts.length} |`)
  ];
  const details = outcome.runs.map(renderRunDetails);
  return [...head, "", ...table, "", ...details, ...renderConditionMisses(outcome)].join(`
`);
}
function alreadyHandledNote(outcome) {
  const handled = outcome.runs.filter((run) => run.alreadyHandled).length;
  if (handled === 0)
    return outcome.status === "duplicate" ? " \xB7 already handled: nothing new ran" : "";
  const steps = `already handled: ${handled} step${handled === 1 ? "" : "s"}`;
  return outcome.status === "duplicate" ? ` \xB7 ${steps}, nothing new ran` : ` \xB7 ${steps}`;
}
function renderConditionMisses(outcome) {
  const misses = outcome.mismatches.filter((miss) => miss.reason === "condition");
  if (misses.length === 0)
    return [];
  const rows = misses.map((miss) => `| ${inlineText(miss.flow.name, 80)} | ${inlineText(miss.step.name, 80)} | ${inlineText(miss.message, 500)} |`);
  return [
    "",
    `<details><summary>Not matched: ${misses.length} step${misses.length === 1 ? "" : "s"} whose condition was not true</summary>`,
    "",
    "| Flow | Step | Why not |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "</details>"
  ];
}
function renderNothingMatched(outcome) {
  if (outcome.mismatches.length === 0) {
    return `Nothing matched: no flow step in this repository has a trigger for ${inlineCode(outcome.event.type)} (\`[steps.trigger]\` \`type\` in \`flow.toml\`).`;
  }
  const rows = outcome.mismatches.map((miss) => `| ${inlineText(miss.flow.name, 80)} | ${inlineText(miss.step.name, 80)} | ${miss.step.trigger ? inlineCode(miss.step.trigger.type) : "\u2013"} | ${inlineText(miss.message, 500)} |`);
  return [
    "Nothing matched. Why each step did not run:",
    "",
    "| Flow | Step | Trigger | Why not |",
    "| --- | --- | --- | --- |",
    ...rows
  ].join(`
`);
}
function renderRunDetails(run) {
  const lines = [`<details><summary>${htmlText(`${run.flowName} / ${run.stepName}`)} \u2014 ${statusLabel(run)}</summary>`, ""];
  lines.push(`Run ${inlineCode(run.id)}, attempt ${run.attempts.length}.`, "");
  if (run.error)
    lines.push("**Error**", "", codeBlock(cut2(readableStepText(errorBesideOutput(run.error, run.output)), RESULT_DETAIL_BYTES)), "");
  if (run.resultPayload) {
    lines.push("**Result**", "", codeBlock(cut2(JSON.stringify(run.resultPayload, null, 2), RESULT_DETAIL_BYTES), "json"), "");
  }
  if (run.output)
    lines.push("**Output (tail)**", "", codeBlock(cutTail(readableStepText(run.output), OUTPUT_DETAIL_BYTES)), "");
  lines.push("</details>");
  return lines.join(`
`);
}
function renderProblems(problems, options) {
  const rows = problems.map((problem) => {
    const where = [relative3(problem.file, options.baseDir), problem.line, problem.column].filter((x) => x !== undefined).join(":");
    return `| ${problem.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning"} | ${inlineCode(where)} | ${inlineText(problem.message, 1000)} |`;
  });
  return [`### Problems in flow packages (${problems.length})`, "", "| Severity | Where | Problem |", "| --- | --- | --- |", ...rows].join(`
`);
}
function relative3(file, baseDir) {
  if (!baseDir || !file.startsWith(`${baseDir}/`))
    return file;
  return file.slice(baseDir.length + 1);
}
function cut2(text, maxBytes) {
  return cutToBytes(text, maxBytes, (n) => `\u2026 ${n} more bytes cut`);
}
function cutTail(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes)
    return text;
  const tail = bytes.subarray(bytes.length - maxBytes).toString("utf8").replace(/^\uFFFD/, "");
  return `\u2026 ${bytes.length - maxBytes} bytes cut \u2026
${tail}`;
}

// src/report/text.ts
function renderText(outcome, options = {}) {
  const lines = [];
  for (const each of flatten(outcome)) {
    const handled = each.runs.filter((run) => run.alreadyHandled).length;
    const note = each.dryRun ? " (dry run)" : each.status === "duplicate" ? " (duplicate: nothing new ran)" : "";
    const reused = handled > 0 ? ` already handled: ${handled} step${handled === 1 ? "" : "s"}` : "";
    lines.push(`${bold(`event ${each.eventId}`, options)} type=${each.event.type} matched=${each.matched}${reused}${note}`);
    for (const run of each.runs) {
      const message = runMessage(run);
      lines.push(`  ${statusLabel(run)}  ${run.flowName}/${run.stepName}  ${formatDuration(run.durationMs)}${message ? `  ${message}` : ""}`);
    }
    if (each.runs.length === 0) {
      lines.push("  nothing matched");
      for (const miss of each.mismatches)
        lines.push(`    ${miss.flow.name}/${miss.step.name}: ${miss.message}`);
    }
  }
  const problems = allProblems(outcome);
  if (problems.length > 0) {
    lines.push("", `${problems.length} problem${problems.length === 1 ? "" : "s"} in flow packages:`);
    for (const problem of problems)
      lines.push(`  ${formatProblem(problem, options)}`);
  }
  return lines.join(`
`);
}
function formatProblem(problem, options = {}) {
  const file = options.baseDir && problem.file.startsWith(`${options.baseDir}/`) ? problem.file.slice(options.baseDir.length + 1) : problem.file;
  const where = [file, problem.line, problem.column].filter((x) => x !== undefined).join(":");
  const label = problem.severity === "error" ? red("error", options) : yellow("warning", options);
  return `${where}: ${label}: ${problem.message}`;
}
function bold(text, options) {
  return options.color ? `\x1B[1m${text}\x1B[22m` : text;
}
function red(text, options) {
  return options.color ? `\x1B[31m${text}\x1B[39m` : text;
}
function yellow(text, options) {
  return options.color ? `\x1B[33m${text}\x1B[39m` : text;
}

// src/cli/json-file.ts
import { readFile as readFile2 } from "fs/promises";
class InputFileError extends UserError {
  name = "InputFileError";
}
async function readJsonFile(path, what) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputFileError(code === "ENOENT" ? `${what} file ${path} does not exist.` : `${what} file ${path} cannot be read (${code ?? String(error)}).`);
  }
  const parsed = parseJsonText(text);
  if (parsed.ok)
    return parsed.value;
  const where = parsed.line === undefined ? "" : `:${parsed.line}:${parsed.column ?? 1}`;
  throw new InputFileError(`${path}${where}: ${what} is not valid JSON: ${parsed.message}.`);
}

export { TomlLocator, globToRegExp, globMatches, GITHUB_CONTEXT_KEYS, gitHubConditionContext, unwrapCondition, explainMatch, parseJsonText, loadRe2, re2RegExp, sharedSchemaRegistry, typeMatches2, matchSteps2, TomlError, parse, contractSchemas, discoverFlows, loadDeferredFlows, validateFlows, UPSTREAM_RELEASE_SHAPE, FlowEventInputError, GitHubEventError, PayloadBudgetError, MAX_PAYLOAD_DEPTH, rememberHeight, exceedsDepth, checkPayloadDepth, checkPayloadSize, normalizeFlowEvent, inlineText, codeBlock, inlineCode, htmlText, cutToBytes, renderExplainText, statusLabel, formatDuration, runMessage, readableStepText, errorBesideOutput, renderSummary, flatten, allProblems, renderText, formatProblem, readJsonFile };
