// Sentences for what the compiled flow.toml schema (schemas/flow.schema.json) finds wrong. The
// schema decides what is valid; this file only says, per field, what was expected and what to
// change, so a message reads the same whatever keyword failed.
import { closest } from "../did-you-mean.js";
import { flowSchema } from "../generated/flow-schema.js";
import { describeValue } from "./diagnostics.js";
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from "./manifest-defaults.js";
import { fieldName } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";

const definitions = flowSchema.definitions;
export const NAME_MAX = definitions.name.maxLength;
const PATH_MAX = definitions.path.maxLength;
const CONDITION_MAX = definitions.trigger.properties.if.maxLength;

/**
 * What a string field allows, from the schema: its length, and the characters its pattern
 * refuses (names: C0 and C1 controls, U+2028/2029; paths: C0 controls only).
 */
type StringLimits = { max: number; refused?: RegExp; what: string };
const NAME_LIMITS: StringLimits = { max: NAME_MAX, refused: /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, what: "names" };
const PATH_LIMITS: StringLimits = { max: PATH_MAX, refused: /[\u0000-\u001f]/, what: "paths" };
// A condition may span lines (a multi-line TOML string): only its length is bounded.
const CONDITION_LIMITS: StringLimits = { max: CONDITION_MAX, what: "conditions" };

/** Keys each table of flow.toml may hold, from the schema: anything else is warned about. */
const KNOWN_KEYS: Record<string, readonly string[]> = {
  "": Object.keys(flowSchema.properties).filter((key) => key !== "$schema"),
  guidance: Object.keys(flowSchema.properties.guidance.properties),
  "steps[]": Object.keys(definitions.step.properties),
  "steps[].trigger": Object.keys(definitions.trigger.properties),
};

const ADD_STEP = "Add a [[steps]] section with name, runner and script.";
/** ADD_STEP for a manifest with no step at all: where the section goes and what it holds. */
const ADD_FIRST_STEP =
  'Add a [[steps]] section at the end of flow.toml: a line [[steps]], then the lines name = "build", runner = "bun" and script = "exec/build.ts" (its path in the package).';

/** `["steps", 2, "trigger"]` → `steps[].trigger`: the field whatever the step. */
function genericPath(path: TomlPath): string {
  return path.map((part, i) => (typeof part === "number" ? "[]" : i === 0 ? part : `.${part}`)).join("");
}

/** Where each table's keys are written, for a key found in the wrong table. */
const PLACES: Record<string, string> = {
  "": "at the top of flow.toml, above the first [[steps]] section",
  guidance: "in the [guidance] section",
  "steps[]": "in a step's [[steps]] section, above its [steps.trigger]",
  "steps[].trigger": "in a step's [steps.trigger] section, right after its [[steps]] section",
};

/** What is lost when a key that belongs elsewhere is ignored: the ones that change which events run a step. */
const LOST: Record<string, string> = {
  trigger: "so no step gets this trigger",
  type: "so no trigger gets this type",
  schema: "so no trigger checks the payload against this schema",
  if: "so no trigger is limited by this condition",
};

/** What a misspelt key costs while it is ignored, when the table lacks the key it was meant as. */
const TYPO_LOST: Record<string, string> = {
  trigger: "Until it is fixed this step has no trigger, so no event runs it",
  schema: "Until it is fixed the trigger checks no schema, so every payload of its type matches",
  if: "Until it is fixed the trigger has no condition, so every event of its type matches",
  timeout_ms: `Until it is fixed the step gets the default timeout (${DEFAULT_TIMEOUT_MS} ms)`,
  cwd: "Until it is fixed the step runs in the package folder",
  config: "Until it is fixed the steps get no flow.config",
};

/**
 * The warning for a key the schema does not define; the old runtime ignored such keys.
 * `siblings` are the keys written in the same table (to say what a misspelling costs).
 */
export function unknownKeyMessage(tablePath: TomlPath, key: string, siblings: readonly string[] = []): string {
  const table = genericPath(tablePath);
  const where = tablePath.length === 0 ? "at the top level" : `in ${fieldName(tablePath)}`;
  const home = Object.keys(KNOWN_KEYS).find((other) => other !== table && KNOWN_KEYS[other]?.includes(key));
  if (home !== undefined && key !== "name") {
    // `name` is known everywhere but the trigger; a trigger's `name` is more likely a stray than a misplaced key.
    const lost = LOST[key] ? `, ${LOST[key]}` : "";
    const fix =
      key === "trigger"
        ? "a trigger belongs to a step. Write it as [steps.trigger] right after that step's [[steps]] section."
        : `${key} belongs ${PLACES[home]}. Move it there.`;
    return `unknown key "${key}" ${where} is ignored${lost}: ${fix}`;
  }
  const known = KNOWN_KEYS[table] ?? [];
  const expected = known.length > 0 ? `; expected one of ${known.join(", ")}` : "";
  // A typo is a short key; a long one (hostile input) is not worth a distance table.
  // `timeout` for timeout_ms: a known key that starts with the one written is as likely meant.
  const typo = key.length <= 64 ? (closest(key, known) ?? (key.length >= 4 ? known.find((name) => name.startsWith(key)) : undefined)) : undefined;
  const lost = typo !== undefined && !siblings.includes(typo) ? TYPO_LOST[typo] : undefined;
  const fix =
    typo === undefined
      ? "Remove it or fix its spelling."
      : lost
        ? `Did you mean "${typo}"? ${lost}: fix its spelling.`
        : `Did you mean "${typo}"? Fix its spelling or remove it.`;
  return `unknown key "${key}" ${where} is ignored${expected}. ${fix}`;
}

/** What a name-like field (flow, step, trigger type) must be, for the "expected" half. */
const NAME_RULE = `a non-empty string of at most ${NAME_MAX} characters, not only spaces, without control characters`;
/** The same for a path (script, cwd, schema). */
const PATH_RULE = `a non-empty string of at most ${PATH_MAX} characters, not only spaces, with no character below U+0020 (tab, newline, NUL)`;

type FieldRule = {
  expected: string;
  /** The fix when the key is missing. */
  missing?: string;
  /** The fix when the value is there but wrong. */
  wrong: (value: unknown) => string;
};

const quoted = (example: string, limits: StringLimits) => (value: unknown) =>
  typeof value === "string" ? stringFix(value, example, limits) : `Write it in quotes, e.g. ${example}.`;

function stringFix(value: string, example: string, limits: StringLimits): string {
  if (value.trim() === "") return `Give it a value, e.g. ${example}.`;
  const control = limits.refused?.exec(value)?.[0];
  if (control !== undefined) {
    const code = control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    return `Remove the control character U+${code} (${limits.what} must be one printable line).`;
  }
  if (value.length > limits.max) return `Shorten it to at most ${limits.max} characters.`;
  return `Write it like ${example}.`;
}

const RULES: Record<string, FieldRule> = {
  name: {
    expected: NAME_RULE,
    missing: 'Add a line like name = "my-flow" at the top of flow.toml.',
    wrong: (value) =>
      typeof value !== "string"
        ? "Put the name in quotes."
        : value.trim() === ""
          ? "Give the flow a name."
          : stringFix(value, 'name = "my-flow"', NAME_LIMITS),
  },
  version: {
    expected: "a finite number",
    missing: "Add version = 1 at the top of flow.toml.",
    wrong: (value) => (typeof value === "string" ? "Write it without quotes, e.g. version = 1." : "Use e.g. version = 1."),
  },
  description: { expected: "a string", wrong: () => "Put it in quotes or remove it." },
  config: { expected: "a table", wrong: () => "Write it as a [config] section with key = value lines." },
  guidance: { expected: "a table", wrong: () => 'Write it as a [guidance] section with skills = ["..."].' },
  "guidance.skills": { expected: "an array of strings", wrong: () => 'Write skills = ["skill-name"].' },
  "guidance.skills[]": { expected: "a string", wrong: () => "Put each skill name in quotes." },
  steps: {
    expected: "an array of tables",
    missing: ADD_STEP,
    wrong: () => "Write each step as a [[steps]] section.",
  },
  "steps[]": { expected: "a table", wrong: () => "Write each step as a [[steps]] section." },
  "steps[].name": { expected: NAME_RULE, missing: 'Add name = "step-name".', wrong: quoted('name = "step-name"', NAME_LIMITS) },
  "steps[].runner": {
    expected: '"bun" or "code-mode"',
    missing: 'Add runner = "bun" to this step.',
    wrong: runnerFix,
  },
  "steps[].script": {
    expected: PATH_RULE,
    missing: 'Add script = "exec/step.ts".',
    wrong: quoted('script = "exec/step.ts"', PATH_LIMITS),
  },
  "steps[].cwd": { expected: PATH_RULE, wrong: quoted('cwd = "."', PATH_LIMITS) },
  "steps[].timeout_ms": {
    expected: `a positive whole number of milliseconds, at most ${MAX_TIMEOUT_MS}`,
    wrong: (value) =>
      typeof value === "number" && value > MAX_TIMEOUT_MS
        ? // setTimeout fires at once for a longer delay, and the runner capped it there silently.
          `A step's timer can run at most ${MAX_TIMEOUT_MS} ms (about 24.8 days, the longest timer Node and Bun keep). ` +
          `Write a smaller value, or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`
        : `${typeof value === "string" ? "Write it without quotes" : "Write e.g. timeout_ms = 600000"}, ` +
          `or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`,
  },
  "steps[].trigger": {
    expected: "a table",
    wrong: (value) =>
      typeof value === "string"
        ? `Write it as a [steps.trigger] section right after its [[steps]] section, holding type = ${JSON.stringify(value)}.`
        : Array.isArray(value)
          ? "A step has one trigger: write its header with single brackets, [steps.trigger], not [[steps.trigger]]."
          : "Write it as a [steps.trigger] section right after its [[steps]] section.",
  },
  "steps[].trigger.type": {
    expected: NAME_RULE,
    missing: 'Add type = "upstream.release".',
    wrong: (value) => (Array.isArray(value) ? severalTypesFix(value) : quoted('type = "upstream.release"', NAME_LIMITS)(value)),
  },
  "steps[].trigger.schema": {
    expected: PATH_RULE,
    wrong: quoted('schema = "schemas/event.schema.json"', PATH_LIMITS),
  },
  "steps[].trigger.if": {
    expected: `a non-empty string of at most ${CONDITION_MAX} characters holding a GitHub expression`,
    wrong: quoted(`if = "startsWith(event.payload.tag, 'v')"`, CONDITION_LIMITS),
  },
  $schema: { expected: "a string", wrong: () => "Write the schema URL in quotes, or use a #:schema comment." },
};

/** The fix for `type = ["push", "pull_request.opened"]`: a trigger matches one type (a wildcard at most). */
function severalTypesFix(value: readonly unknown[]): string {
  const first = value.find((item): item is string => typeof item === "string" && item.trim() !== "");
  const example = first !== undefined && first.length <= NAME_MAX ? JSON.stringify(first) : '"upstream.release"';
  return (
    `A trigger matches one type: write one in quotes, e.g. type = ${example}. For several events, ` +
    'use a wildcard that covers them ("pull_request.*") or give each type its own step (each [[steps]] section has one trigger).'
  );
}

const RUNNERS = ["bun", "code-mode"];
/** Runtimes a first flow may name: Bun runs what they run. */
const OTHER_RUNTIMES = /^(node|nodejs|deno|tsx|ts-node|typescript|ts|javascript|js|npm|npx|bunx|shell|sh|bash)$/i;

/** The fix for a wrong runner: a near miss (`Bun`, `code_mode`) by name, another runtime explained. */
function runnerFix(value: unknown): string {
  if (typeof value !== "string") return 'Write it in quotes, e.g. runner = "bun".';
  const written = value.trim();
  const meant = RUNNERS.find((runner) => runner === written.toLowerCase().replace(/[_ ]/g, "-")) ?? closest(written, RUNNERS);
  if (meant !== undefined) return `Did you mean "${meant}"? Write runner = "${meant}".`;
  if (OTHER_RUNTIMES.test(written)) {
    return 'Steps run with Bun, which runs TypeScript and JavaScript written for Node: write runner = "bun".';
  }
  return "Change runner to one of those.";
}

/** The error for an empty `[[steps]]` section: one sentence for the section, not one per missing key. */
export function emptyStepMessage(index: number): string {
  return (
    `steps[${index}] is an empty [[steps]] section; a step needs name, runner and script. ` +
    'Add them below the header (e.g. name = "build", runner = "bun", script = "exec/build.ts"), or remove the header.'
  );
}

/** The error for a flow.toml with nothing in it (or only comments). */
export const EMPTY_MANIFEST =
  "flow.toml is empty; expected a flow's name, version and steps. " +
  'Write name = "my-flow" and version = 1 at the top, then a [[steps]] section with name, runner and script.';

/**
 * The sentence for a missing required key at `path`; `misspelt` is a key of the same table
 * that is close to it (`scirpt`), whose rename is the fix.
 */
export function missingMessage(path: TomlPath, misspelt?: { key: string; line: number | undefined }): string {
  const rule = RULES[genericPath(path)];
  const field = fieldName(path);
  const key = String(path[path.length - 1]);
  const fix = (add: string) =>
    misspelt ? `Rename "${misspelt.key}"${misspelt.line === undefined ? "" : ` (line ${misspelt.line})`} to ${key}.` : add;
  if (genericPath(path) === "steps") return `steps is missing; expected at least one [[steps]] section. ${fix(ADD_FIRST_STEP)}`;
  if (!rule) return `${field} is missing. ${fix("Add it.")}`;
  return `${field} is missing; expected ${rule.expected}. ${fix(rule.missing ?? "Add it.")}`;
}

/** The sentence for a value the schema rejects at `path` (type, enum, length, pattern...). */
export function wrongValueMessage(path: TomlPath, value: unknown, keyword: string): string {
  const field = fieldName(path);
  if (genericPath(path) === "steps" && keyword === "minItems") {
    return `steps is empty; expected at least one step. ${ADD_STEP}`;
  }
  const rule = RULES[genericPath(path)];
  if (!rule) return `${field} is ${describeValue(value)}, which the flow.toml schema does not accept (${keyword}). Fix the value.`;
  return `${field} is ${describeValue(value)}; expected ${rule.expected}. ${rule.wrong(value)}`;
}
