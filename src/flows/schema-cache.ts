import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Ajv as AjvCore, ValidateFunction } from "ajv";
import { readTextFile } from "../fs-async.js";
import { writeFileAtomically } from "../fs-safe.js";
import { sha256Hex } from "../hash.js";
import { linearErrors } from "./ajv-linear-errors.js";
import { budgetedChecks } from "./schema-check-budget.js";
import { loadRe2, re2RegExp } from "./schema-budget.js";
import type { SchemaCacheOptions } from "./schema-cache-config.js";

// Compiled trigger schemas kept between runs: ajv's standalone code for a validator, written once
// a self-contained schema compiles and loaded on later runs without importing ajv at all (about
// 20 ms of a `flows fire`: loading ajv, an instance, a cold first compile; BENCHMARKS.md, "Seed
// parity"). Every check the registry makes before compiling still runs on a hit; a file that
// cannot be read, written or trusted is a miss, never an error.

/** The version of ajv the cached code came from (test/flows/schema-cache.test.ts pins it). */
export const AJV_VERSION = "8.20.0";
/**
 * Bump when the options createAjv (src/flows/schema-ajv.ts) compiles with change, or what a file
 * holds: older files are then never read again.
 */
export const SCHEMA_CACHE_VERSION = 1;

const HEADER = `// flows-action compiled schema ${SCHEMA_CACHE_VERSION}`;
const LOGGED = "// logged: ";

/** What standalone code may `require`, and how each is found in this build of flows-action. */
const RUNTIME: Record<string, () => Promise<unknown>> = {
  "ajv/dist/runtime/equal": async () => ({ default: commonJsDefault(await import("ajv/dist/runtime/equal.js")) }),
  "ajv/dist/runtime/ucs2length": async () => ({
    default: commonJsDefault(await import("ajv/dist/runtime/ucs2length.js")),
  }),
  "ajv/dist/runtime/uri": async () => ({ default: commonJsDefault(await import("ajv/dist/runtime/uri.js")) }),
  // ajv's code for a pattern calls code.regExp's `code` with (pattern, flags); ours names re2js's
  // RE2JS, and stands for re2RegExp, which compiles the pattern on re2js exactly as a compile does.
  re2js: async () => {
    await loadRe2();
    return { RE2JS: re2RegExp };
  },
  "ajv-formats/dist/formats": async () => {
    const formats = (await import("ajv-formats/dist/formats.js")) as { fullFormats?: unknown; default?: { fullFormats?: unknown } };
    return { fullFormats: formats.fullFormats ?? formats.default?.fullFormats };
  },
};

/** A CommonJS module's `exports.default`, however the host's import() shows the module. */
function commonJsDefault(namespace: unknown): unknown {
  const module = namespace as { default?: { default?: unknown } };
  return module.default?.default ?? module.default ?? namespace;
}

export type CachedValidator = { validate: ValidateFunction; logged: string[] };

/** The file name for a schema: the registry's content key (draft + schema), ajv and this format. */
export function schemaCacheKey(contentKey: string): string {
  return sha256Hex(`flows-action schema cache ${SCHEMA_CACHE_VERSION}\0ajv ${AJV_VERSION}\0${contentKey}`);
}

function cacheFile(cache: SchemaCacheOptions, key: string): string {
  return join(cache.dir, "schemas", `${key}.cjs`);
}

/** The validator cached under `key`, or undefined (no file, or one that cannot be used). */
export async function readCachedValidator(cache: SchemaCacheOptions, key: string): Promise<CachedValidator | undefined> {
  const path = cacheFile(cache, key);
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    cache.debug?.(`schema cache miss: ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  try {
    const validator = await loadCode(text, key);
    cache.debug?.(`schema cache hit: ${path}`);
    return validator;
  } catch (error) {
    cache.debug?.(`schema cache file ignored: ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function loadCode(text: string, key: string): Promise<CachedValidator> {
  const lines = text.split("\n");
  const footer = `// end ${key}`;
  // A file cut short (a full disk, a crash mid-write on a filesystem without atomic rename).
  if (lines[0] !== HEADER || !lines[1]?.startsWith(LOGGED) || lines.at(-1) !== footer) {
    throw new Error("not a complete cache file");
  }
  const logged: unknown = JSON.parse(lines[1].slice(LOGGED.length));
  if (!Array.isArray(logged) || !logged.every((line) => typeof line === "string")) throw new Error("bad logged lines");
  // Rewritten again: files written before the rewrite hold ajv's quadratic code. The budget's
  // rewrite is made here only, so a file always holds ajv's code with linear errors.
  const code = budgetedChecks(linearErrors(lines.slice(2, -1).join("\n")));
  const modules = new Map<string, unknown>();
  for (const name of requiredModules(code)) {
    const load = RUNTIME[name];
    if (!load) throw new Error(`it requires ${JSON.stringify(name)}, which compiled schemas do not use`);
    modules.set(name, await load());
  }
  const require = (name: string): unknown => {
    if (!modules.has(name)) throw new Error(`compiled schema requires ${JSON.stringify(name)}`);
    return modules.get(name);
  };
  const module: { exports: unknown } = { exports: {} };
  new Function("require", "module", "exports", code)(require, module, module.exports);
  if (typeof module.exports !== "function") throw new Error("it does not export a validator");
  return { validate: module.exports as ValidateFunction, logged: logged as string[] };
}

/** The module names in `require("...")` calls (every one must be in RUNTIME). */
function requiredModules(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/\brequire\s*\(\s*("(?:[^"\\]|\\.)*")\s*\)/g)) names.add(JSON.parse(match[1] as string));
  // Any other way of reaching require (require(x), require.resolve) is not ajv's code.
  const calls = code.match(/\brequire\b/g)?.length ?? 0;
  if (calls !== [...code.matchAll(/\brequire\s*\(\s*"(?:[^"\\]|\\.)*"\s*\)/g)].length) names.add("<computed>");
  return names;
}

/**
 * Writes the standalone code of `validate` (compiled on `ajv`, whose options include
 * code.source) under `key`: to a temporary file renamed into place, so a reader sees all of it
 * or nothing. Failing to write (a read-only home, a full disk) is a debug line, not an error.
 */
export async function writeCachedValidator(
  cache: SchemaCacheOptions,
  key: string,
  ajv: AjvCore,
  validate: ValidateFunction,
  logged: string[],
): Promise<void> {
  const path = cacheFile(cache, key);
  try {
    const standalone = await import("ajv/dist/standalone/index.js");
    const standaloneCode = commonJsDefault(standalone) as (ajv: AjvCore, validate: ValidateFunction) => string;
    // Standalone code is made from validate.source, which ajv keeps before its code.process
    // (createAjv's linearErrors), so it is rewritten the same way here.
    const code = linearErrors(standaloneCode(ajv, validate));
    for (const name of requiredModules(code)) {
      if (!RUNTIME[name]) throw new Error(`its code requires ${JSON.stringify(name)}`);
    }
    if (code.includes("\n// end ")) throw new Error("its code contains the end marker");
    // The user's own: code from this folder runs in `flows`, so no one else may write there.
    mkdirSync(join(cache.dir, "schemas"), { recursive: true, mode: 0o700 });
    writeFileAtomically(path, `${HEADER}\n${LOGGED}${JSON.stringify(logged)}\n${code}\n// end ${key}`);
    cache.debug?.(`schema cache written: ${path}`);
  } catch (error) {
    cache.debug?.(`schema cache not written: ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
