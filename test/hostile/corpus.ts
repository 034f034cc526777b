import { mkdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// The hostile-input corpus (issue #12): flow packages and events written to break the job.
// Package cases share one repository and one event; event cases get a job each. The table in
// docs/hostile-input.md lists every case with its outcome.

export type Area = "schema" | "manifest" | "name" | "flow-result" | "payload" | "event";

export type PackageCase = {
  id: string;
  area: Area;
  title: string;
  /** Writes the package into `dir` (its own folder under flows/). */
  write: (dir: string) => Promise<void>;
  /** What the summary says about this package; undefined: it simply does not match (no problem). */
  expect?: RegExp;
  /** Text that marks the summary and log lines about this case (default: its folder name). */
  find?: string;
  outcome: string;
};

export type EventCase = {
  id: string;
  area: Area;
  title: string;
  eventName: string;
  /** The event file's text (written as is), or a value to JSON-encode. */
  event: () => string | Buffer | Record<string, unknown>;
  inputs?: Record<string, string>;
  /** The event is refused: the job fails with this message and stores nothing. */
  refused?: RegExp;
  /** The event runs: the healthy flow reports, and stdout/summary hold this. */
  expect?: RegExp;
  outcome: string;
};

/** The event every package case sees: a repository_dispatch whose title backtracks badly. */
export const BATCH_EVENT = {
  action: "hostile",
  client_payload: { title: `${"a".repeat(40)}!`, body: "x", number: 7 },
  repository: { full_name: "octo-org/octo-repo" },
  sender: { login: "octocat" },
};
export const BATCH_TYPE = "repository_dispatch.hostile";

const text = async (path: string, content: string | Buffer): Promise<void> => {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
};
const ok = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "ok" }));';

/** A one-step package; `schema` is written to schemas/trigger.json, `files` beside it. */
function pkg(options: {
  name?: string;
  stepName?: string;
  source?: string;
  schema?: unknown;
  schemaText?: string | Buffer;
  files?: Record<string, string>;
  trigger?: string;
  extraToml?: string;
}): (dir: string) => Promise<void> {
  return async (dir) => {
    const name = options.name ?? `"${dir.split("/").pop()}"`;
    const step = options.stepName ?? '"s"';
    const hasSchema = options.schema !== undefined || options.schemaText !== undefined;
    const toml = [
      `name = ${name}`,
      "version = 1",
      options.extraToml ?? "",
      "",
      "[[steps]]",
      `name = ${step}`,
      'runner = "bun"',
      'script = "s.ts"',
      "",
      "[steps.trigger]",
      `type = "${options.trigger ?? BATCH_TYPE}"`,
      hasSchema ? 'schema = "schemas/trigger.json"' : "",
    ].join("\n");
    await text(join(dir, "flow.toml"), `${toml}\n`);
    await text(join(dir, "s.ts"), options.source ?? ok);
    if (options.schemaText !== undefined) await text(join(dir, "schemas/trigger.json"), options.schemaText);
    else if (options.schema !== undefined) await text(join(dir, "schemas/trigger.json"), JSON.stringify(options.schema, null, 2));
    for (const [path, content] of Object.entries(options.files ?? {})) await text(join(dir, path), content);
  };
}

const onTitle = (pattern: string): unknown => ({
  type: "object",
  properties: { clientPayload: { type: "object", properties: { title: { type: "string", pattern } } } },
});
const nestedText = (levels: number, open = "[", close = "]"): string => `${open.repeat(levels)}1${close.repeat(levels)}`;
const result = (json: string): string => `console.log("FLOW_RESULT " + ${json});`;
const definitionsChain = (): unknown => {
  const definitions: Record<string, unknown> = { d0: { type: "string" } };
  for (let i = 1; i <= 40; i++) definitions[`d${i}`] = { allOf: [{ $ref: `#/definitions/d${i - 1}` }, { $ref: `#/definitions/d${i - 1}` }] };
  return { definitions, properties: { clientPayload: { properties: { title: { $ref: "#/definitions/d40" } } } } };
};

export const PACKAGE_CASES: PackageCase[] = [
  // Schemas: regular expressions
  { id: "s-redos-nested-plus", area: "schema", title: 'pattern "^(a+)+$" against a title of 40 a and "!"', write: pkg({ schema: onTitle("^(a+)+$") }), outcome: "does not match, checked in linear time (RE2)" },
  { id: "s-redos-alternation", area: "schema", title: 'pattern "^(a|a)*$" (exponential in backtracking engines)', write: pkg({ schema: onTitle("^(a|a)*$") }), outcome: "does not match, checked in linear time" },
  { id: "s-redos-pattern-properties", area: "schema", title: 'patternProperties "^(a+)+$" on payload keys', write: pkg({ schema: { properties: { clientPayload: { patternProperties: { "^(a+)+$": { type: "string" } } } } } }), outcome: "matches, checked in linear time" },
  { id: "s-backreference", area: "schema", title: 'pattern with a backreference "^(a)\\1$"', write: pkg({ schema: onTitle("^(a)\\1$") }), expect: /backreferences/, outcome: "schema problem at the pattern's line: RE2 has no backreferences" },
  { id: "s-lookahead", area: "schema", title: 'patternProperties "^(?!x)"', write: pkg({ schema: { patternProperties: { "^(?!x)": { type: "string" } } } }), expect: /lookahead/, outcome: "schema problem: no lookaround" },
  { id: "s-lookbehind", area: "schema", title: 'propertyNames pattern "(?<!a)b"', write: pkg({ schema: { properties: { clientPayload: { propertyNames: { pattern: "(?<!a)b" } } } } }), expect: /lookbehind/, outcome: "schema problem: no lookaround" },
  { id: "s-bad-regex", area: "schema", title: 'pattern "(" (not a regular expression)', write: pkg({ schema: onTitle("(") }), expect: /cannot be used|invalid/, outcome: "schema problem naming the pattern" },
  { id: "s-huge-repeat", area: "schema", title: 'pattern "a{1001}" (repeat count over RE2\'s 1000)', write: pkg({ schema: onTitle("a{1001}") }), expect: /repeat count/, outcome: "schema problem: invalid repeat count" },
  // Schemas: recursion and size
  { id: "s-ref-self", area: "schema", title: '{"$ref": "#"}', write: pkg({ schema: { $ref: "#" } }), expect: /refers back to itself/, outcome: "schema problem: $ref cycle that never steps into the payload" },
  { id: "s-ref-cycle-defs", area: "schema", title: "$ref cycle through allOf/anyOf and definitions", write: pkg({ schema: { definitions: { a: { allOf: [{ $ref: "#/definitions/b" }] }, b: { anyOf: [{ $ref: "#/definitions/a" }] } }, $ref: "#/definitions/a" } }), expect: /refers back to itself/, outcome: "schema problem: $ref cycle" },
  { id: "s-ref-cycle-files", area: "schema", title: "$ref cycle across two files (found only when checking)", write: pkg({ schema: { $ref: "other.json" }, files: { "schemas/other.json": JSON.stringify({ allOf: [{ $ref: "trigger.json" }] }) } }), expect: /could not check the payload|too deeply nested or recursive/, outcome: "schema problem: the check overflowed the stack and was stopped" },
  { id: "s-ref-recursive-ok", area: "schema", title: "recursive schema that steps into the payload", write: pkg({ schema: { type: "object", properties: { clientPayload: { $ref: "#/definitions/node" } }, definitions: { node: { type: "object", additionalProperties: { $ref: "#/definitions/node" } } } } }), outcome: "fine: checked normally (title is not an object, so no match)" },
  { id: "s-exponential-defs", area: "schema", title: "40 definitions that each use the previous one twice (2^40 checks)", write: pkg({ schema: definitionsChain() }), expect: /expands to more than/, outcome: "schema problem: expansion budget (100,000 subschemas)" },
  { id: "s-size-600k", area: "schema", title: "a 600 KB schema", write: pkg({ schemaText: JSON.stringify({ description: "x".repeat(600 * 1024) }) }), expect: /at most 512 KiB/, outcome: "schema problem: size budget (512 KiB)" },
  { id: "s-size-14m", area: "schema", title: "a 14 MB schema", write: pkg({ schemaText: JSON.stringify({ enum: Array.from({ length: 1_400_000 }, (_, i) => `v${i}`) }) }), expect: /at most 512 KiB/, outcome: "schema problem: size budget, refused before compiling" },
  { id: "s-depth-200", area: "schema", title: "schema nested 200 levels (properties in properties)", write: pkg({ schemaText: `${'{"properties":{"a":'.repeat(200)}{}${"}}".repeat(200)}` }), expect: /more than 128 levels/, outcome: "schema problem: depth budget (128)" },
  { id: "s-depth-60k", area: "schema", title: "schema nested 60,000 levels (420 KB)", write: pkg({ schemaText: nestedText(60_000, '{"not":', "}").replace('{"not":1', '{"not":{}') }), expect: /levels deep|nests|not valid JSON/, outcome: "schema problem: depth budget, found by an iterative walk" },
  { id: "s-invalid-deep-json", area: "schema", title: "schema text of 100,000 unclosed [", write: pkg({ schemaText: "[".repeat(100_000) }), expect: /not valid JSON/, outcome: "manifest problem: not valid JSON, with a position" },
  { id: "s-ref-etc-passwd", area: "schema", title: '$ref "../../../../../../etc/passwd"', write: pkg({ schema: { properties: { a: { $ref: "../../../../../../../../etc/passwd" } } } }), expect: /leaves the flow package/, outcome: "schema problem at the $ref's line" },
  { id: "s-ref-proc-environ", area: "schema", title: '$ref "file:///proc/self/environ"', write: pkg({ schema: { properties: { a: { $ref: "file:///proc/self/environ" } } } }), expect: /leaves the flow package/, outcome: "schema problem: never read" },
  { id: "s-ref-http", area: "schema", title: '$ref "http://169.254.169.254/latest/meta-data"', write: pkg({ schema: { properties: { a: { $ref: "http://169.254.169.254/latest/meta-data" } } } }), expect: /never URLs/, outcome: "schema problem: no network" },
  { id: "s-ref-symlink-out", area: "schema", title: "$ref to a file through a symlink that leaves the package", write: async (dir) => {
      await pkg({ schema: { $ref: "../linked/passwd" } })(dir);
      await symlink("/etc", join(dir, "linked"));
    }, expect: /leaves the flow package/, outcome: "schema problem: symlinks are followed before the check" },
  { id: "s-ref-sibling-ok", area: "schema", title: "$ref to a sibling file inside the package", write: pkg({ schema: { $ref: "common.json" }, files: { "schemas/common.json": JSON.stringify({ type: "object" }) } }), outcome: "fine: matches and runs" },
  { id: "s-not-json", area: "schema", title: "schema file that is not JSON", write: pkg({ schemaText: "{ nope" }), expect: /not valid JSON/, outcome: "manifest problem with line and column" },
  { id: "s-array", area: "schema", title: "schema that is a JSON array", write: pkg({ schemaText: "[]" }), expect: /expected a JSON object/, outcome: "manifest problem" },
  { id: "s-two-patterns", area: "schema", title: "two different patterns in one schema are both enforced", write: pkg({ schema: { properties: { clientPayload: { properties: { title: { pattern: "^a+!$" }, body: { pattern: "^y$" } } } } } }), outcome: "does not match (body is not y): each pattern checked on its own" },
  // FLOW_RESULT lines
  { id: "r-too-large", area: "flow-result", title: "FLOW_RESULT line of 5 MiB", write: pkg({ source: result('JSON.stringify({ status: "completed", message: "x".repeat(5 * 1024 * 1024) })') }), expect: /FLOW_RESULT too large \(\d+ bytes, limit 4 MiB\)/, outcome: "step failed: FLOW_RESULT too large (N bytes, limit 4 MiB)" },
  { id: "r-not-json", area: "flow-result", title: "FLOW_RESULT line that is not JSON", write: pkg({ source: 'console.log("FLOW_RESULT {nope");' }), expect: /not valid JSON/, outcome: "step failed: not valid JSON, the line quoted" },
  { id: "r-deep-300", area: "flow-result", title: "FLOW_RESULT nested 300 levels", write: pkg({ source: result(`'{"status":"completed","data":${nestedText(300)}}'`) }), expect: /more than 256 levels deep/, outcome: "step failed: nesting budget (256)" },
  { id: "r-deep-1m", area: "flow-result", title: "FLOW_RESULT nested 1,000,000 levels (2 MB)", write: pkg({ source: result(`'{"status":"completed","data":' + "[".repeat(1000000) + "]".repeat(1000000) + "}"`) }), expect: /more than 256 levels deep/, outcome: "step failed: nesting budget, no stack overflow" },
  { id: "r-bad-status", area: "flow-result", title: 'FLOW_RESULT with status "pwned"', write: pkg({ source: result('JSON.stringify({ status: "pwned" })') }), expect: /is not one of/, outcome: "step failed: lists the valid statuses" },
  { id: "r-missing", area: "flow-result", title: "no FLOW_RESULT line", write: pkg({ source: 'console.log("hello");' }), expect: /no FLOW_RESULT line/, outcome: "step failed: says what to print" },
  { id: "r-bad-next", area: "flow-result", title: "next event without an id", write: pkg({ source: result('JSON.stringify({ status: "completed", next: [{ type: "x" }] })') }), expect: /"next" must be an array|no string/, outcome: "step failed: next must carry id and type" },
  { id: "r-next-flood", area: "flow-result", title: "one result asking for 20,000 next events", write: pkg({ source: result('JSON.stringify({ status: "completed", next: Array.from({ length: 20000 }, (_, i) => ({ id: "flood-" + i, type: "nothing.listens" })) })') }), expect: /budget/, outcome: "100 next events dispatched (none match), the rest counted; a warning names the step" },
  { id: "r-inject-message", area: "flow-result", title: "result message with a newline and ::error::", write: pkg({ source: result('JSON.stringify({ status: "completed", message: "done\\n::error::injected" })') }), outcome: "completed; message escaped in the summary, no workflow command in the log" },
  { id: "r-html-message", area: "flow-result", title: "result message with HTML and an @team mention", write: pkg({ source: result('JSON.stringify({ status: "completed", message: "<img src=x onerror=alert(1)> @octo-org/admins" })') }), outcome: "completed; rendered as text, the mention defused" },
  { id: "r-no-newline-10m", area: "flow-result", title: "10 MB of output without a newline, then a result", write: pkg({ source: 'process.stdout.write("y".repeat(10 * 1024 * 1024));\nconsole.log("\\nFLOW_RESULT " + JSON.stringify({ status: "completed" }));' }), outcome: "completed; output kept as a bounded tail" },
  // Names
  { id: "n-nul-flow", area: "name", title: "flow name with a NUL (\\u0000)", write: pkg({ name: '"nul\\u0000flow"' }), expect: /name/, outcome: "manifest problem: no control characters in names; run ids are injective regardless" },
  { id: "n-newline-step", area: "name", title: "step name with a newline and ::error::", write: pkg({ stepName: '"s\\n::error::pwned"' }), expect: /name/, outcome: "manifest problem naming U+000A; never printed raw" },
  { id: "n-html-name", area: "name", title: "flow name with HTML", write: pkg({ name: '"<b>bold</b>"' }), find: "bold", expect: /name|&lt;b&gt;bold&lt;\/b&gt;/, outcome: "accepted (printable); rendered as &lt;b&gt; text in the summary" },
  { id: "n-long-name", area: "name", title: "a flow name of 10,000 characters", write: pkg({ name: `"${"n".repeat(10_000)}"` }), expect: /name|nnnn/, outcome: "manifest problem: names are at most 200 characters" },
  { id: "n-bidi-name", area: "name", title: "step name with a right-to-left override (U+202E)", write: pkg({ stepName: '"evil\\u202Efdp.exe"' }), find: "evil", expect: /name|evil/, outcome: "accepted, with a warning at its line (flows new refuses it); shown as `<U+202E>` on GitHub and `\\u202e` in logs and the terminal" },
  // Manifests
  { id: "m-dotted-50k", area: "manifest", title: "flow.toml with one 50,000-part dotted key (100 KB)", write: pkg({ extraToml: `${Array.from({ length: 50_000 }, () => "k").join(".")} = 1` }), expect: /unknown key/, outcome: "warning at its line, located in linear time" },
  { id: "m-deep-inline", area: "manifest", title: "flow.toml with arrays nested 100,000 levels", write: pkg({ extraToml: `deep = ${nestedText(100_000)}` }), expect: /./, outcome: "manifest problem: smol-toml refuses excessively nested structures, at its line" },
  { id: "m-script-escape", area: "manifest", title: 'script = "../../x.ts"', write: async (dir) => {
      await pkg({})(dir);
      await text(join(dir, "flow.toml"), `name = "${dir.split("/").pop()}"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "../../x.ts"\n\n[steps.trigger]\ntype = "${BATCH_TYPE}"\n`);
      await text(join(dir, "../../x.ts"), ok);
    }, expect: /package|outside|\.\.\/\.\.\/x\.ts/, outcome: "manifest problem: the script must be inside the package" },
  { id: "m-cwd-escape", area: "manifest", title: 'cwd = "../../../.."', write: async (dir) => {
      await pkg({})(dir);
      await text(join(dir, "flow.toml"), `name = "${dir.split("/").pop()}"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "s.ts"\ncwd = "../../../.."\n\n[steps.trigger]\ntype = "${BATCH_TYPE}"\n`);
    }, expect: /package|outside|cwd/, outcome: "manifest problem: cwd must be inside the repository" },
  { id: "m-not-toml", area: "manifest", title: "flow.toml that is not TOML", write: async (dir) => text(join(dir, "flow.toml"), 'name = "x\n[[[steps'), expect: /flow\.toml/, outcome: "manifest problem with line and column" },
  { id: "m-nul-byte", area: "manifest", title: "flow.toml with a NUL byte", write: async (dir) => text(join(dir, "flow.toml"), Buffer.from('name = "a\u0000"\nversion = 1\n')), expect: /flow\.toml/, outcome: "manifest problem" },
  { id: "m-2000-steps", area: "manifest", title: "2,000 steps that listen to another type", write: async (dir) => {
      const steps = Array.from({ length: 2000 }, (_, i) => `[[steps]]\nname = "s${i}"\nrunner = "bun"\nscript = "s.ts"\n[steps.trigger]\ntype = "never.sent"\n`).join("\n");
      await text(join(dir, "flow.toml"), `name = "${dir.split("/").pop()}"\nversion = 1\n\n${steps}`);
      await text(join(dir, "s.ts"), ok);
    }, outcome: "loaded and matched quickly; nothing runs" },
  { id: "m-comments-1m", area: "manifest", title: "flow.toml with 1 MB of comments", write: pkg({ extraToml: Array.from({ length: 20_000 }, () => `# ${"c".repeat(48)}`).join("\n") }), outcome: "fine: runs" },
];

const repo = { full_name: "octo-org/octo-repo" };
const sender = { login: "octocat" };
const dispatchEvent = (clientPayload: unknown, action = "hostile"): Record<string, unknown> => ({ action, client_payload: clientPayload, repository: repo, sender });
const deepValue = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

export const EVENT_CASES: EventCase[] = [
  { id: "e-type-newline", area: "event", title: "repository_dispatch event_type with a newline and ::error::", eventName: "repository_dispatch", event: () => dispatchEvent({}, "deploy\n::error::injected"), expect: /repository_dispatch\.deploy%0A::error::injected/, outcome: "type percent-encoded; no workflow command injected" },
  { id: "e-type-stop-commands", area: "event", title: "event_type with ::stop-commands::", eventName: "repository_dispatch", event: () => dispatchEvent({}, "x\r\n::stop-commands::token"), expect: /%0D%0A::stop-commands::/, outcome: "type percent-encoded; commands stay on" },
  { id: "e-deep-3000", area: "payload", title: "client_payload nesting 3,000 arrays (6 KB)", eventName: "repository_dispatch", event: () => dispatchEvent({ data: deepValue(3000) }), refused: /more than 256 levels deep/, outcome: "event refused before dispatch; nothing stored" },
  { id: "e-deep-257", area: "payload", title: "payload one level over the budget", eventName: "repository_dispatch", event: () => ({ ...dispatchEvent({}), x: deepValue(256) }), refused: /more than 256 levels deep/, outcome: "event refused" },
  { id: "e-deep-ok", area: "payload", title: "client_payload nesting 250 levels (under the budget)", eventName: "repository_dispatch", event: () => dispatchEvent({ data: deepValue(250) }), expect: /healthy/, outcome: "runs normally" },
  { id: "e-deep-objects", area: "payload", title: "payload nesting 100,000 objects", eventName: "repository_dispatch", event: () => `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`, refused: /levels deep/, outcome: "event refused, no stack overflow" },
  { id: "e-over-25mb", area: "payload", title: "event file of 26 MiB", eventName: "repository_dispatch", event: () => JSON.stringify(dispatchEvent({ blob: "x".repeat(26 * 1024 * 1024) })), refused: /at most 25 MiB/, outcome: "event refused before reading" },
  { id: "e-invalid-deep", area: "payload", title: "event file of 200,000 unclosed [", eventName: "repository_dispatch", event: () => "[".repeat(200_000), refused: /not valid JSON/, outcome: "refused: not valid JSON, with a position" },
  { id: "e-array", area: "payload", title: "event file holding an array", eventName: "push", event: () => "[]", refused: /a webhook payload is a JSON object/, outcome: "refused with the expected shape" },
  { id: "e-flowevent-deep", area: "payload", title: "client_payload.event FlowEvent with a payload nested 1,000 levels", eventName: "repository_dispatch", event: () => dispatchEvent({ event: { id: "x:1", type: "t", payload: { d: deepValue(1000) } } }), refused: /more than 256 levels deep/, outcome: "refused" },
  { id: "e-flowevent-control", area: "event", title: "FlowEvent input whose type holds a newline", eventName: "workflow_dispatch", event: () => ({ inputs: {}, repository: repo, sender }), inputs: { event: JSON.stringify({ id: "x:1", type: "t\n::error::x" }) }, refused: /control character/, outcome: "refused: control character in type" },
  { id: "e-flowevent-text-deep", area: "payload", title: "client_payload.event as text nested 100,000 levels", eventName: "repository_dispatch", event: () => dispatchEvent({ event: `{"id":"x:1","type":"t","payload":${nestedText(100_000, '{"a":', "}")}}` }), refused: /levels deep/, outcome: "refused" },
  { id: "e-id-newline", area: "event", title: "FlowEvent id with a newline", eventName: "repository_dispatch", event: () => dispatchEvent({ id: "x\n::error::y", type: "t" }), refused: /control character/, outcome: "refused: control character in id" },
  { id: "e-huge-title", area: "payload", title: "pull_request title of 1 MB against the ReDoS pattern", eventName: "repository_dispatch", event: () => dispatchEvent({ title: `${"a".repeat(1024 * 1024)}!` }), expect: /healthy/, outcome: "runs; the pattern is checked in linear time" },
];
