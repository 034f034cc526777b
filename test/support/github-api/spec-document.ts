// Loads GitHub's official OpenAPI description (the `@octokit/openapi` package) once per
// process and rewrites its OpenAPI 3.0 dialect into plain JSON Schema that ajv understands.
//
// We read the non-dereferenced file (13 MB, ~150 ms to parse) rather than the `.deref` one
// (73 MB, ~1 s to parse): `$ref`s are resolved lazily by ajv, which holds the whole document
// under one id, so only the schemas a test touches are ever compiled.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, JsonObject>;
  components: Record<string, Record<string, JsonObject>>;
}

export interface LoadedSpec {
  document: OpenApiDocument;
  /** Milliseconds spent reading, parsing and normalizing the file. */
  loadMs: number;
  /** CPU milliseconds of this process meanwhile (the load is synchronous: they are its own). */
  loadCpuMs: number;
}

/** CPU milliseconds (user and system) this process spent since `before`. */
export function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

let loaded: LoadedSpec | undefined;

/** The api.github.com description, loaded on first use and shared by every server. */
export function loadGitHubSpec(): LoadedSpec {
  if (loaded) return loaded;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve("@octokit/openapi/package.json"));
  const text = readFileSync(join(packageDir, "generated", "api.github.com.json"), "utf8");
  const document = JSON.parse(text) as OpenApiDocument;
  normalizeSchemas(document);
  loaded = { document, loadMs: performance.now() - started, loadCpuMs: cpuMsSince(cpuBefore) };
  return loaded;
}

function normalizeSchemas(document: OpenApiDocument): void {
  normalizeNode(document.paths);
  for (const section of ["schemas", "parameters", "responses", "headers"]) {
    const entries = document.components[section];
    if (entries) normalizeNode(entries);
  }
}

// OpenAPI 3.0 says `nullable: true`; JSON Schema says `type: [..., "null"]`. ajv's own
// `nullable` support rejects `nullable` without a sibling `type` (the spec uses
// `allOf: [{$ref}]` + `nullable`) and enums that do not list null, so translate up front.
function normalizeNode(node: JsonValue): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeNode(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas: a payload may well have a field named "nullable".
    if (key === "example" || key === "examples" || key.startsWith("x-")) continue;
    normalizeNode(value);
  }
  const nullable = node.nullable;
  if (typeof nullable !== "boolean") return;
  delete node.nullable;
  if (!nullable) return;
  if (typeof node.type === "string") {
    node.type = [node.type, "null"];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
    return;
  }
  const rest: JsonObject = { ...node };
  for (const key of Object.keys(node)) delete node[key];
  node.anyOf = [{ type: "null" }, rest];
}

/** Escapes one JSON Pointer token (RFC 6901). */
export function pointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export interface Resolved {
  value: JsonObject;
  /** JSON Pointer (without `#`) of `value` inside the document. */
  pointer: string;
}

/** Follows `$ref` chains (local refs only, which is all the GitHub description uses). */
export function resolveRefs(document: OpenApiDocument, value: JsonObject, pointer: string): Resolved {
  let current: Resolved = { value, pointer };
  for (let hops = 0; hops < 16; hops++) {
    const ref = current.value.$ref;
    if (typeof ref !== "string") return current;
    if (!ref.startsWith("#/")) throw new Error(`Unsupported $ref ${ref}`);
    const target = lookupPointer(document, ref.slice(1));
    if (target === null || typeof target !== "object" || Array.isArray(target)) {
      throw new Error(`Dangling $ref ${ref}`);
    }
    current = { value: target, pointer: ref.slice(1) };
  }
  throw new Error(`$ref chain too long at ${pointer}`);
}

function lookupPointer(document: OpenApiDocument, pointer: string): JsonValue | undefined {
  let node: JsonValue | undefined = document as unknown as JsonObject;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[Number(token)] : node[token];
  }
  return node;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
