// @bun
import {
  sha256Hex,
  randomHex
} from "./main-fbb7e2a8.js";
import {
  loadRe2,
  re2RegExp
} from "./main-705341a3.js";
import {
  __toESM
} from "./main-0ba987ec.js";

// src/flows/schema-cache.ts
import { mkdir, readFile, rename, unlink, writeFile } from "fs/promises";
import { join } from "path";
var AJV_VERSION = "8.20.0";
var SCHEMA_CACHE_VERSION = 1;
var HEADER = `// flows-action compiled schema ${SCHEMA_CACHE_VERSION}`;
var LOGGED = "// logged: ";
var RUNTIME = {
  "ajv/dist/runtime/equal": async () => ({ default: commonJsDefault(await import("./equal-782d6bf2.js").then((m)=>__toESM(m.default,1))) }),
  "ajv/dist/runtime/ucs2length": async () => ({
    default: commonJsDefault(await import("./ucs2length-9995142e.js").then((m)=>__toESM(m.default,1)))
  }),
  "ajv/dist/runtime/uri": async () => ({ default: commonJsDefault(await import("./uri-4f3e8ca9.js").then((m)=>__toESM(m.default,1))) }),
  re2js: async () => {
    await loadRe2();
    return { RE2JS: re2RegExp };
  },
  "ajv-formats/dist/formats": async () => {
    const formats = await import("./formats-ca103a6e.js").then((m)=>__toESM(m.default,1));
    return { fullFormats: formats.fullFormats ?? formats.default?.fullFormats };
  }
};
function commonJsDefault(namespace) {
  const module = namespace;
  return module.default?.default ?? module.default ?? namespace;
}
function schemaCacheKey(contentKey) {
  return sha256Hex(`flows-action schema cache ${SCHEMA_CACHE_VERSION}\x00ajv ${AJV_VERSION}\x00${contentKey}`);
}
function cacheFile(cache, key) {
  return join(cache.dir, "schemas", `${key}.cjs`);
}
async function readCachedValidator(cache, key) {
  const path = cacheFile(cache, key);
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    cache.debug?.(`schema cache miss: ${path} (${error.code ?? String(error)})`);
    return;
  }
  try {
    const validator = await loadCode(text, key);
    cache.debug?.(`schema cache hit: ${path}`);
    return validator;
  } catch (error) {
    cache.debug?.(`schema cache file ignored: ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
}
async function loadCode(text, key) {
  const lines = text.split(`
`);
  const footer = `// end ${key}`;
  if (lines[0] !== HEADER || !lines[1]?.startsWith(LOGGED) || lines.at(-1) !== footer) {
    throw new Error("not a complete cache file");
  }
  const logged = JSON.parse(lines[1].slice(LOGGED.length));
  if (!Array.isArray(logged) || !logged.every((line) => typeof line === "string"))
    throw new Error("bad logged lines");
  const code = lines.slice(2, -1).join(`
`);
  const modules = new Map;
  for (const name of requiredModules(code)) {
    const load = RUNTIME[name];
    if (!load)
      throw new Error(`it requires ${JSON.stringify(name)}, which compiled schemas do not use`);
    modules.set(name, await load());
  }
  const require2 = (name) => {
    if (!modules.has(name))
      throw new Error(`compiled schema requires ${JSON.stringify(name)}`);
    return modules.get(name);
  };
  const module = { exports: {} };
  new Function("require", "module", "exports", code)(require2, module, module.exports);
  if (typeof module.exports !== "function")
    throw new Error("it does not export a validator");
  return { validate: module.exports, logged };
}
function requiredModules(code) {
  const names = new Set;
  for (const match of code.matchAll(/\brequire\s*\(\s*("(?:[^"\\]|\\.)*")\s*\)/g))
    names.add(JSON.parse(match[1]));
  const calls = code.match(/\brequire\b/g)?.length ?? 0;
  if (calls !== [...code.matchAll(/\brequire\s*\(\s*"(?:[^"\\]|\\.)*"\s*\)/g)].length)
    names.add("<computed>");
  return names;
}
async function writeCachedValidator(cache, key, ajv, validate, logged) {
  const path = cacheFile(cache, key);
  const temporary = `${path}.${randomHex(6)}.tmp`;
  try {
    const standalone = await import("./index-6bc7bd98.js").then((m)=>__toESM(m.default,1));
    const standaloneCode = commonJsDefault(standalone);
    const code = standaloneCode(ajv, validate);
    for (const name of requiredModules(code)) {
      if (!RUNTIME[name])
        throw new Error(`its code requires ${JSON.stringify(name)}`);
    }
    if (code.includes(`
// end `))
      throw new Error("its code contains the end marker");
    await mkdir(join(cache.dir, "schemas"), { recursive: true, mode: 448 });
    await writeFile(temporary, `${HEADER}
${LOGGED}${JSON.stringify(logged)}
${code}
// end ${key}`);
    await rename(temporary, path);
    cache.debug?.(`schema cache written: ${path}`);
  } catch (error) {
    cache.debug?.(`schema cache not written: ${path}: ${error instanceof Error ? error.message : String(error)}`);
    await unlink(temporary).catch(() => {
      return;
    });
  }
}
export {
  readCachedValidator,
  schemaCacheKey,
  writeCachedValidator
};
