import { realpathSync, type Stats, statSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import type { CodeOptions } from "ajv";
import type { RE2JS } from "re2js";
import { fileKind } from "../fs-safe.js";
import { formatBytes } from "./diagnostics.js";

// Trigger schemas are written by package authors and run against payloads written by strangers,
// so compiling and checking them has budgets: a schema that would take the job down (stack
// overflow, minutes of compile time, catastrophic backtracking) is a problem of its own step.
// The figures and the reasons behind them are in docs/hostile-input.md.

import { MAX_SCHEMA_BYTES } from "./schema-size.js";

export { MAX_SCHEMA_BYTES };
/** Largest total of one schema and every file its `$ref`s load. */
export const MAX_SCHEMA_TOTAL_BYTES = 1024 * 1024;
/** Deepest nesting of objects and arrays inside a schema file. */
export const MAX_SCHEMA_DEPTH = 128;

/**
 * Most subschemas one payload value may be checked against once `$ref`s are followed. A chain of
 * definitions that each use the previous one twice is tiny on disk and doubles with every link.
 */
export const MAX_SCHEMA_EXPANDED = 100_000;

/** A schema that is over a budget or uses what the safe engine cannot run. */
export class SchemaBudgetProblem extends Error {
  constructor(
    message: string,
    /** Text to look for in the schema file, to give the problem a line. */
    readonly near?: string,
  ) {
    super(message);
  }
}

/**
 * Throws when the file is over MAX_SCHEMA_BYTES, or no plain file (a FIFO would never end the
 * read, a device never stop it); checked before the file is read.
 */
export function checkSchemaFileSize(path: string, spentBytes: number): number {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    return 0; // Reading it reports the problem with the usual message.
  }
  if (!info.isFile() && !info.isDirectory()) {
    throw new SchemaBudgetProblem(`schema file ${path} is ${fileKind(info)}, not a plain file. Replace it with a JSON file.`);
  }
  const size = info.size;
  if (size > MAX_SCHEMA_BYTES) {
    throw new SchemaBudgetProblem(
      `schema file ${path} is ${formatBytes(size)}; trigger schemas may be at most ${formatBytes(MAX_SCHEMA_BYTES)}. ` +
        "Describe only the payload fields the trigger needs (other fields can stay unlisted).",
    );
  }
  if (spentBytes + size > MAX_SCHEMA_TOTAL_BYTES) {
    throw new SchemaBudgetProblem(
      `schema and the files its $refs load add up to more than ${formatBytes(MAX_SCHEMA_TOTAL_BYTES)} (at ${path}). ` +
        "Describe only the payload fields the trigger needs.",
    );
  }
  return size;
}

/** Throws when objects and arrays in the schema nest deeper than MAX_SCHEMA_DEPTH (iterative walk). */
export function checkSchemaDepth(value: unknown): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: item, depth } = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    if (depth >= MAX_SCHEMA_DEPTH) {
      throw new SchemaBudgetProblem(
        `schema nests objects and arrays more than ${MAX_SCHEMA_DEPTH} levels deep. ` +
          "Flatten it with $defs and $ref.",
      );
    }
    for (const child of Object.values(item)) stack.push({ value: child, depth: depth + 1 });
  }
}

/** Keywords whose values are data, not subschemas. */
const DATA_KEYWORDS = new Set(["enum", "const", "examples", "default"]);

/**
 * Throws when the schema, with its same-file `$ref`s expanded, holds more than
 * MAX_SCHEMA_EXPANDED nodes. A reference back to a schema being expanded (recursion that steps
 * into the payload) counts once. Iterative, so a long chain of references cannot overflow.
 */
export function checkSchemaExpansion(root: unknown): void {
  const children = (pointer: string): string[] => {
    const node = resolvePointer(root, pointer);
    if (typeof node !== "object" || node === null) return [];
    const kids: string[] = [];
    for (const key of Object.keys(node)) {
      if (DATA_KEYWORDS.has(key)) continue;
      kids.push(`${pointer}/${escapePointer(key)}`);
    }
    const ref = (node as { $ref?: unknown }).$ref;
    if (!Array.isArray(node) && typeof ref === "string" && /^#(\/|$)/.test(ref)) kids.push(ref.slice(1));
    return kids;
  };
  const size = new Map<string, number>();
  const open = new Set<string>([""]);
  const stack: Array<{ pointer: string; kids: string[]; index: number; sum: number }> = [
    { pointer: "", kids: children(""), index: 0, sum: 1 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.sum > MAX_SCHEMA_EXPANDED) {
      throw new SchemaBudgetProblem(
        `schema expands to more than ${MAX_SCHEMA_EXPANDED.toLocaleString("en-US")} subschemas once its $refs are followed ` +
          `(at ${top.pointer || "the root"}), so checking one payload could take minutes. ` +
          "Refer to each definition once instead of combining definitions that reuse each other.",
      );
    }
    if (top.index >= top.kids.length) {
      stack.pop();
      open.delete(top.pointer);
      size.set(top.pointer, top.sum);
      if (stack.length > 0) stack[stack.length - 1]!.sum += top.sum;
      continue;
    }
    const kid = top.kids[top.index++]!;
    const known = size.get(kid);
    if (known !== undefined) top.sum += known;
    else if (open.has(kid)) top.sum += 1;
    else {
      open.add(kid);
      stack.push({ pointer: kid, kids: children(kid), index: 0, sum: 1 });
    }
  }
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const part = safeDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const APPLICATORS_SAME_PLACE = ["allOf", "anyOf", "oneOf"] as const;
const SINGLE_SAME_PLACE = ["not", "if", "then", "else"] as const;

/**
 * A `$ref` chain that comes back to where it started without stepping into the payload
 * (`{"$ref": "#"}`, `a → allOf → b → a`) recurses forever on every payload. Found statically for
 * references inside the same file; other cycles are caught when a check overflows the stack.
 * Returns the JSON pointer of a `$ref` on such a cycle, or undefined.
 */
export function findInPlaceRefCycle(root: unknown): string | undefined {
  const resolve = (pointer: string): unknown => resolvePointer(root, pointer);
  // Same-place successors of a schema node: its in-place applicators and its local $ref.
  const successors = (pointer: string): string[] => {
    const node = resolve(pointer);
    if (typeof node !== "object" || node === null || Array.isArray(node)) return [];
    const schema = node as Record<string, unknown>;
    const next: string[] = [];
    for (const key of APPLICATORS_SAME_PLACE) {
      const list = schema[key];
      if (Array.isArray(list)) for (let i = 0; i < list.length; i++) next.push(`${pointer}/${key}/${i}`);
    }
    for (const key of SINGLE_SAME_PLACE) if (schema[key] !== undefined) next.push(`${pointer}/${key}`);
    const ref = schema.$ref;
    if (typeof ref === "string" && ref.startsWith("#") && !/^#[^/]/.test(ref)) next.push(ref.slice(1));
    return next;
  };
  const pointers = new Set<string>([""]);
  // Every subschema could be an entry point; collect the ones with a local $ref (cheap filter).
  const walk: Array<{ node: unknown; pointer: string }> = [{ node: root, pointer: "" }];
  while (walk.length > 0) {
    const { node, pointer } = walk.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (!Array.isArray(node) && typeof (node as { $ref?: unknown }).$ref === "string") pointers.add(pointer);
    for (const [key, child] of Object.entries(node)) {
      walk.push({ node: child, pointer: `${pointer}/${escapePointer(key)}` });
    }
  }
  // Iterative depth-first search with colours over the same-place graph.
  const colour = new Map<string, 1 | 2>();
  for (const start of pointers) {
    if (colour.has(start)) continue;
    const stack: Array<{ pointer: string; next: string[]; index: number }> = [
      { pointer: start, next: successors(start), index: 0 },
    ];
    colour.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.index >= top.next.length) {
        colour.set(top.pointer, 2);
        stack.pop();
        continue;
      }
      const next = top.next[top.index++]!;
      const state = colour.get(next);
      if (state === 1) return top.pointer;
      if (state === undefined) {
        colour.set(next, 1);
        stack.push({ pointer: next, next: successors(next), index: 0 });
      }
    }
  }
  return undefined;
}

let re2: typeof RE2JS | undefined;

/**
 * Loads re2js, which re2RegExp needs (about 5 ms, more than the rest of a small trigger
 * schema's compile): ajv calls re2RegExp synchronously while it compiles, so the registry
 * loads it first when a schema has patterns (src/flows/schema-ajv.ts, prepareToCompile).
 */
export async function loadRe2(): Promise<void> {
  re2 ??= (await import("re2js")).RE2JS;
}

/** True once re2js is loaded in this process (for tests of what a schema without patterns loads). */
export function isRe2Loaded(): boolean {
  return re2 !== undefined;
}

/**
 * ajv's `code.regExp`: patterns run on re2js, a linear-time engine, so no pattern can make a
 * payload check take exponential time. RE2 has no backreferences or lookaround; such a pattern
 * fails to compile and becomes a problem of its schema.
 */
export const re2RegExp: NonNullable<CodeOptions["regExp"]> = Object.assign(
  (pattern: string, flags: string): { test: (text: string) => boolean; toString: () => string } => {
    // Never a fallback to JavaScript's backtracking engine: without re2js the schema fails.
    if (re2 === undefined) throw new Error(`re2js was not loaded before the pattern ${JSON.stringify(pattern)} was compiled`);
    let compiled: RE2JS;
    try {
      compiled = re2.compile(re2.translateRegExp(pattern));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SchemaBudgetProblem(
        `pattern ${JSON.stringify(pattern)} cannot be used: ${reason}. Patterns run on a linear-time ` +
          "engine (RE2), which has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!); " +
          "rewrite the pattern without them",
        JSON.stringify(pattern),
      );
    }
    // ajv caches compiled patterns under toString(): it must differ per pattern.
    return { test: (text: string) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
  },
  { code: 'require("re2js").RE2JS' },
);

/**
 * The flow package a schema belongs to: the nearest folder above it with a flow.toml (after
 * following symlinks), else the schema's own folder. `$ref`s may only load files inside it.
 */
export function packageRootOf(schemaPath: string): string {
  const real = realOrSelf(schemaPath);
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    try {
      if (statSync(join(dir, "flow.toml")).isFile()) return dir;
    } catch {
      // Not here; look one folder up.
    }
    if (dirname(dir) === dir) return dirname(real);
  }
}

/** True when `file` (after following symlinks) is inside `root`. */
export function isInside(root: string, file: string): boolean {
  const real = realOrSelf(file);
  return real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // A missing file is reported when it is read; judge it by its own path meanwhile.
    try {
      return join(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
    } catch {
      return path;
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
