import type { Ajv as AjvCore, AnySchema, ErrorObject, Logger, Options } from "ajv";
import { linearErrors } from "./ajv-linear-errors.js";
import { loadRe2, re2RegExp } from "./schema-budget.js";
import { budgetedChecks } from "./schema-check-budget.js";

// Loading ajv and its helpers for trigger schemas, and only as much as a schema needs: a
// `flows fire` on a small repository spends most of its own time here, so what is not needed is
// not loaded (measured in BENCHMARKS.md, "Seed parity").

export type Draft = "draft-07" | "2019-09" | "2020-12";
type AjvConstructor = new (options: Options) => AjvCore;

const DRAFTS: Record<string, Draft> = {
  "http://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft/2019-09/schema": "2019-09",
  "https://json-schema.org/draft/2020-12/schema": "2020-12",
};

export function draftOf(schemaUri: string): Draft | undefined {
  return DRAFTS[schemaUri.replace(/#$/, "")];
}

// ajv is imported on first use only: a dispatch whose event matches no trigger type must not pay
// for loading it (a cold-start target for the action).
let ajvLoaded = false;
const constructors = new Map<Draft, Promise<AjvConstructor>>();

function importAjv(draft: Draft): Promise<AjvConstructor> {
  let pending = constructors.get(draft);
  if (!pending) {
    pending = (async (): Promise<AjvConstructor> => {
      ajvLoaded = true;
      if (draft === "2020-12") return commonJsExport(await import("ajv/dist/2020.js"), "Ajv2020");
      if (draft === "2019-09") return commonJsExport(await import("ajv/dist/2019.js"), "Ajv2019");
      return commonJsExport(await import("ajv"), "Ajv");
    })();
    constructors.set(draft, pending);
  }
  return pending;
}

/**
 * A CommonJS module's export as `import()` shows it. Node exposes named exports next to
 * `default`; the ncc bundle exposes only `default` (the module.exports value), so read both.
 */
function commonJsExport<T>(namespace: unknown, name: string): T {
  const module = namespace as Record<string, unknown> & { default?: Record<string, unknown> };
  const value = module[name] ?? module.default?.[name] ?? module.default;
  if (typeof value !== "function") throw new Error(`ajv did not load: no ${name} export`);
  return value as T;
}

/** True once any SchemaRegistry in this process has loaded ajv. */
export function isAjvLoaded(): boolean {
  return ajvLoaded;
}

/**
 * An ajv instance for trigger schemas. It does not check schemas against their meta-schema
 * (`validateSchema: false`): compiling a meta-schema costs ajv about 30 ms, so the registry checks
 * each schema file with `metaSchemaErrors`, compiled when flows-action is built.
 */
export async function createAjv(
  draft: Draft,
  options: {
    logger: Logger;
    loadSchema: (uri: string) => Promise<AnySchema & object>;
    metaSchemas: boolean;
    /** Keep each validator's source, for ajv's standalone code (the compiled-schema cache). */
    source?: boolean;
  },
): Promise<AjvCore> {
  const Ajv = await importAjv(draft);
  // strict: false because existing packages may carry keywords the old runtime ignored.
  return new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    // Patterns on a linear-time engine; every $ref compiled once as a function of its own, so
    // a chain of definitions that each use the previous one twice cannot blow up the code.
    // Each called validator's errors appended in place, not concatenated (ajv-linear-errors.js):
    // a payload of 100,000 items failing a $ref'd item schema took 86 s to check. ajv runs
    // `process` on the code it compiles, not on validate.source, which the schema cache rewrites.
    // Each error made and each loop iteration also reports to the check's budget
    // (schema-check-budget.ts): a payload of strangers cannot make millions of errors.
    code: { regExp: re2RegExp, source: options.source === true, process: (code) => budgetedChecks(linearErrors(code)) },
    inlineRefs: false,
    // The draft's meta-schemas, only for schemas that refer to them (`$ref` to json-schema.org):
    // adding them costs a few milliseconds, and schemas are checked by metaSchemaErrors.
    meta: options.metaSchemas,
    logger: options.logger,
    loadSchema: options.loadSchema,
  });
}

type MetaValidator = ((schema: unknown) => boolean) & { errors?: ErrorObject[] | null };

const metaValidators: Record<Draft, () => Promise<{ validate: unknown }>> = {
  "draft-07": () => import("../generated/meta-draft-07.js"),
  "2019-09": () => import("../generated/meta-2019-09.js"),
  "2020-12": () => import("../generated/meta-2020-12.js"),
};

/**
 * What is wrong with a schema against its draft's meta-schema (the errors ajv.validateSchema
 * gives), or undefined when it is a valid schema. The validators are compiled by
 * scripts/build-schemas.mjs with the options ajv compiles its own meta-schemas with.
 */
export async function metaSchemaErrors(draft: Draft, schema: unknown): Promise<ErrorObject[] | undefined> {
  const validate = (await metaValidators[draft]()).validate as MetaValidator;
  return validate(schema) ? undefined : (validate.errors ?? []);
}

const withFormats = new WeakSet<AjvCore>();

/**
 * Loads what compiling `schema` on `ajv` needs beyond ajv itself: re2js when it has patterns,
 * ajv-formats when it names a format (or may reach a meta-schema, which has both). Call it
 * for every schema object before ajv compiles it, the ones `$ref`s load included.
 */
export async function prepareToCompile(ajv: AjvCore, uses: KeywordsUsed): Promise<void> {
  const loading: Promise<void>[] = [];
  if (uses.patterns) loading.push(loadRe2());
  if (uses.formats && !withFormats.has(ajv)) {
    withFormats.add(ajv);
    loading.push(
      import("ajv-formats").then((formats) => commonJsExport<(ajv: AjvCore) => void>(formats, "default")(ajv)),
    );
  }
  await Promise.all(loading);
}

/**
 * Whether a schema uses `pattern`/`patternProperties` or `format` anywhere, and whether every
 * reference in it stays inside the file. Conservative: a property merely named "format" counts,
 * and a string naming json-schema.org (a `$ref` to a meta-schema, which has patterns and
 * formats) counts as both and as a use of the meta-schemas.
 */
export function keywordsUsed(schema: unknown): KeywordsUsed {
  const uses = { patterns: false, formats: false, metaSchemas: false, localRefsOnly: true };
  const stack: unknown[] = [schema];
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
    if (typeof node !== "object" || node === null) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" || key === "patternProperties") uses.patterns = true;
      else if (key === "format") uses.formats = true;
      else if (REFERENCES.has(key) && (typeof value !== "string" || !value.startsWith("#"))) uses.localRefsOnly = false;
      else if (key === "$id" && node !== schema) uses.localRefsOnly = false;
      stack.push(value);
    }
  }
  return uses;
}

export type KeywordsUsed = { patterns: boolean; formats: boolean; metaSchemas: boolean; localRefsOnly: boolean };

const REFERENCES = new Set(["$ref", "$dynamicRef", "$recursiveRef"]);
