// Builds the shipped bundles: `tsc -p tsconfig.build.json` compiles src/ to .build/, then ncc
// bundles the JavaScript into dist/ (the action, from action-entry.js, which calls main.js's run()) and dist/lib/ (the library,
// from index.js, for Node consumers); dist/cli/index.js, the `flows` command, launches the
// library's runCli (on Bun when Bun is found: src/cli/launcher.js, which then runs dist/cli/bun/,
// the Bun build of the CLI: scripts/bun-cli-build.mjs). ncc never sees TypeScript, so the build does not depend on ncc's
// TypeScript loader (which needs a compiler API that TypeScript 7 does not have).
// `--check` builds into a temp folder and fails when dist/ differs (the check-dist job).
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isBuiltin } from "node:module";
import { join, relative } from "node:path";
import { buildBunCli } from "./bun-cli-build.mjs";
import { writeStamp } from "./dist-stamp.mjs";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "flows-dist-")) : join(root, "dist");
const ncc = join(root, "node_modules", ".bin", "ncc");
/** src/flows/ajv-linear-errors.js: shared with scripts/build-schemas.mjs, which Node runs as it is. */
const PLAIN_MODULES = ["flows/ajv-linear-errors.js"];

if (!check) rmSync(out, { recursive: true, force: true });
rmSync(join(root, ".build"), { recursive: true, force: true });
execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
// Plain JavaScript modules of src/ (typed by a .d.ts beside them), which tsc does not emit:
// the compiled sources import them from .build/ all the same.
for (const module of PLAIN_MODULES) copyFileSync(join(root, "src", module), join(root, ".build", module));
lazyCoreDeps();
smolTomlWithoutStringify();
build(".build/action-entry.js", out);
builtinsWithoutCreateRequire(out);
asciiOnly(join(out, "index.js"));
// The library (dist/lib) is built from the real @actions/core and smol-toml, as before.
rmSync(join(root, ".build", "node_modules"), { recursive: true, force: true });
build(".build/index.js", join(out, "lib"));
// The library's declarations (package.json `types`): a consumer's tsc reads these .d.ts files,
// not src/*.ts, so it neither type-checks the engine under its own flags (skipLibCheck skips
// only .d.ts files) nor needs flows-action's devDependencies' types (@types/semver).
execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.types.json", "--outDir", join(out, "lib", "types")], { cwd: root, stdio: "inherit" });
// The `flows` command is the library's runCli: a launcher, not a third copy of the engine.
mkdirSync(join(out, "cli"), { recursive: true });
// src/cli/launcher.js: runs the CLI on Bun when Bun is found (the library's runCli on Node otherwise).
copyFileSync(join(root, "src", "cli", "launcher.js"), join(out, "cli", "index.js"));
chmodSync(join(out, "cli", "index.js"), 0o755);
writeFileSync(join(out, "cli", "package.json"), '{\n  "type": "module"\n}\n');
// What the launcher runs on Bun: the CLI built by Bun, so that a start transpiles nothing.
buildBunCli(root, join(out, "cli", "bun"));

if (check) {
  const differences = compare(out, join(root, "dist"));
  rmSync(out, { recursive: true, force: true });
  if (differences.length > 0) {
    console.error(`dist/ is stale: ${differences.length} file(s) differ from a fresh build:`);
    for (const line of differences.slice(0, 20)) console.error(`  ${line}`);
    console.error("Run `npm run bundle` and commit dist/.");
    process.exit(1);
  }
  console.log("dist/ matches a fresh build.");
}
// dist/ now matches the sources: tests that run it need not rebuild it.
writeStamp(root);

function build(entry, outDir) {
  execFileSync(ncc, ["build", join(root, entry), "-o", outDir, "--license", "licenses.txt", "--quiet"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * The action's start (issue #14, the cold-start guard): @actions/core imports @actions/http-client
 * (for getIDToken's OIDC client) and @actions/exec (for core.platform) as it loads. The action uses
 * neither, but http-client loads undici, http, https, tls and tunnel on import, and ncc put all of
 * undici in dist/index.js: together about half of a start that matches no flow.
 *
 * ncc has no resolve alias, so this is one made of node_modules: a copy of @actions/core (its
 * files unchanged) in .build/node_modules, which the compiled sources' `@actions/core` resolves to
 * first, and, in the copy's own node_modules (so that only core sees them), two stand-in packages
 * that re-export src/action/core-lazy-deps.ts, which loads the real packages with import() on
 * first use. Everything else in the bundle (@actions/artifact, @actions/tool-cache,
 * @actions/github) still resolves the real packages. Fails when core imports anything the
 * stand-ins do not provide (a newer core), rather than bundling a core that breaks.
 */
function lazyCoreDeps() {
  const real = join(root, "node_modules", "@actions", "core");
  const copy = join(root, ".build", "node_modules", "@actions", "core");
  const lazyModule = join(root, ".build", "action", "core-lazy-deps.js");
  const standIns = {
    "@actions/http-client": { ".": ["HttpClient"], "./lib/auth": ["BearerCredentialHandler"] },
    "@actions/exec": { ".": ["getExecOutput"] },
  };
  checkCoreImports(join(real, "lib"), standIns);
  // core-lazy-deps.ts imports the packages from the top of node_modules: they must be the ones
  // core resolves (not copies npm nested under core for a version the top ones do not satisfy).
  for (const name of Object.keys(standIns)) {
    if (existsSync(join(real, "node_modules", name))) throw new Error(`npm nested ${name} under @actions/core; src/action/core-lazy-deps.ts would load another copy`);
  }
  cpSync(real, copy, { recursive: true });
  randomUUIDWithoutCrypto(join(copy, "lib"));
  stdoutWithoutStream(join(copy, "lib"));
  coreWithoutSummary(join(copy, "lib", "core.js"));
  oidcOnUse(join(copy, "lib", "core.js"));
  for (const [name, entries] of Object.entries(standIns)) {
    const dir = join(copy, "node_modules", name);
    mkdirSync(dir, { recursive: true });
    const exports = {};
    for (const [subpath, names] of Object.entries(entries)) {
      const file = `${subpath === "." ? "index" : subpath.slice(2).replaceAll("/", "-")}.js`;
      exports[subpath] = `./${file}`;
      writeFileSync(join(dir, file), `export { ${names.join(", ")} } from "${relative(dir, lazyModule)}";\n`);
    }
    const standIn = { name: `flows-action-lazy-${name.split("/")[1]}`, private: true, license: "MIT", type: "module", exports };
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(standIn, null, 2)}\n`);
  }
}

/**
 * core imports node:crypto (4–6 ms of a start on Node 24) for one thing: randomUUID, the
 * delimiter of the runner's file commands (file-command.js). In the copy, that import reads
 * src/hash.ts instead, whose randomUUID draws on /dev/urandom (node:crypto where there is none).
 * Fails when core imports or uses node:crypto in any other way.
 */
function randomUUIDWithoutCrypto(libDir) {
  const hash = join(root, ".build", "hash.js");
  const problems = [];
  let replaced = 0;
  for (const file of readdirSync(libDir).filter((f) => f.endsWith(".js"))) {
    const path = join(libDir, file);
    const source = readFileSync(path, "utf8");
    if (!/['"](node:)?crypto['"]/.test(source)) continue;
    const imports = [...source.matchAll(/^import \* as (\w+) from 'crypto';$/gm)];
    const name = imports[0]?.[1];
    const rest = name ? source.replace(imports[0][0], "") : "";
    const uses = [...rest.matchAll(new RegExp(`\\b${name}\\b(\\.\\w+)?`, "g"))].map((m) => m[1]);
    if (imports.length !== 1 || source.match(/['"](node:)?crypto['"]/g).length !== 1 || uses.length === 0 || uses.some((use) => use !== ".randomUUID")) {
      problems.push(`${file}: imports or uses node:crypto otherwise than \`import * as crypto from 'crypto'\` for crypto.randomUUID()`);
      continue;
    }
    writeFileSync(path, source.replace(imports[0][0], `import * as ${name} from '${relative(libDir, hash)}';`));
    replaced += 1;
  }
  if (replaced !== 1 || problems.length > 0) throw new Error(`@actions/core's use of node:crypto changed (src/hash.ts gives it randomUUID):\n  ${problems.join("\n  ") || `${replaced} files import it`}`);
}

/**
 * core writes its log lines and workflow commands with process.stdout.write, whose stream, on the
 * runner's pipe, loads node:net and Node's stream modules (about 4 ms of a start on Node 24). In
 * the copy, those calls are src/action/stdout.ts's writeStdout, which writes with fs.writeSync
 * until something else takes process.stdout. Fails when core uses process.stdout otherwise, or
 * writes to it from other places than the three it has.
 */
function stdoutWithoutStream(libDir) {
  const writer = join(root, ".build", "action", "stdout.js");
  const call = "process.stdout.write(";
  const problems = [];
  let replaced = 0;
  for (const file of readdirSync(libDir).filter((f) => f.endsWith(".js"))) {
    const path = join(libDir, file);
    const source = readFileSync(path, "utf8");
    const uses = source.split("process.stdout").length - 1;
    if (uses === 0) continue;
    const calls = source.split(call).length - 1;
    if (calls !== uses || /\bwriteStdout\b/.test(source)) {
      problems.push(`${file}: uses process.stdout otherwise than \`${call}...)\``);
      continue;
    }
    writeFileSync(path, `import { writeStdout } from '${relative(libDir, writer)}';\n${source.replaceAll(call, "writeStdout(")}`);
    replaced += calls;
  }
  if (replaced !== 3 || problems.length > 0) throw new Error(`@actions/core's use of process.stdout changed (src/action/stdout.ts writes its lines):\n  ${problems.join("\n  ") || `${replaced} writes, not 3`}`);
}

/**
 * core.summary (and its deprecated alias markdownSummary) is a class, its constants and its
 * instance, 10 kB of the first chunk that a start compiles and runs (the cold-start guard); the
 * action writes its summary with src/action/summary-steps.ts, not core.summary. The copy of core
 * leaves the two exports out. Fails when that part of core.js changed, or when the action's
 * sources use either (they would get undefined).
 */
function coreWithoutSummary(path) {
  const lines = ["export { summary } from './summary.js';", "export { markdownSummary } from './summary.js';"];
  const source = readFileSync(path, "utf8");
  if (lines.some((line) => source.split(line).length !== 2) || source.split("./summary").length !== 3) {
    throw new Error(`@actions/core's core.js no longer exports summary as \`${lines.join(" ")}\` (scripts/bundle.mjs, coreWithoutSummary)`);
  }
  const users = actionSources().filter(({ source: text }) => /\bcore\.(summary|markdownSummary)\b/.test(text) || /\{[^}]*\b(summary|markdownSummary)\b[^}]*\}\s*from\s*["']@actions\/core["']/.test(text));
  if (users.length > 0) throw new Error(`the action uses core.summary, which its copy of @actions/core leaves out (scripts/bundle.mjs, coreWithoutSummary): ${users.map(({ file }) => file).join(", ")}`);
  writeFileSync(path, lines.reduce((text, line) => text.replace(line, ""), source));
}

/**
 * core.getIDToken's OIDC client (oidc-utils.js), which the action never calls, is imported by
 * core.js as it loads. In the copy, getIDToken (async already) imports it when called. Fails
 * when either line of core.js changed.
 */
function oidcOnUse(path) {
  const line = "import { OidcClient } from './oidc-utils.js';";
  const call = "return yield OidcClient.getIDToken(aud);";
  const source = readFileSync(path, "utf8");
  if (source.split(line).length !== 2 || source.split(call).length !== 2 || source.split("OidcClient").length !== 3) {
    throw new Error(`@actions/core's core.js no longer imports and calls OidcClient as \`${line}\` and \`${call}\` (scripts/bundle.mjs, oidcOnUse)`);
  }
  writeFileSync(path, source.replace(line, "").replace(call, "return yield (yield import('./oidc-utils.js')).OidcClient.getIDToken(aud);"));
}

/**
 * smol-toml's index exports its serializer beside the parser: 10 kB of the first chunk that
 * nothing in the action calls (the cold-start guard). The action's sources resolve smol-toml to a
 * copy in .build/node_modules (the library's bundle, built after .build/node_modules is removed,
 * keeps the whole package) whose index leaves stringify out. Fails when the index changed, or
 * when the action's sources use stringify or the default export.
 */
function smolTomlWithoutStringify() {
  const real = join(root, "node_modules", "smol-toml");
  const copy = join(root, ".build", "node_modules", "smol-toml");
  const index = join(copy, "dist", "index.js");
  cpSync(real, copy, { recursive: true });
  const source = readFileSync(index, "utf8");
  const replaced = [
    ["import { stringify } from './stringify.js';\n", ""],
    ["export { parse, stringify, TomlDate, TomlError };", "export { parse, TomlDate, TomlError };"],
    ["export default { parse, stringify, TomlDate, TomlError };", "export default { parse, TomlDate, TomlError };"],
  ];
  if (replaced.some(([from]) => source.split(from).length !== 2) || source.split("stringify").length !== 5) {
    throw new Error("smol-toml's dist/index.js changed (scripts/bundle.mjs, smolTomlWithoutStringify)");
  }
  const users = actionSources().filter(({ source: text }) => {
    const imports = [...text.matchAll(/import\s+([^;]*?)\s+from\s*["']smol-toml["']/g)].map((m) => m[1]);
    const mentions = text.split(/["']smol-toml["']/).length - 1;
    return mentions !== imports.length || imports.some((what) => !/^\{[^}]*\}$/.test(what) || /\bstringify\b/.test(what));
  });
  if (users.length > 0) throw new Error(`the action uses smol-toml's stringify or default export, which its copy leaves out (scripts/bundle.mjs, smolTomlWithoutStringify): ${users.map(({ file }) => file).join(", ")}`);
  writeFileSync(index, replaced.reduce((text, [from, to]) => text.replace(from, to), source));
}

/** The compiled sources (.build, without its node_modules), as { file, source }. */
function actionSources() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(path);
      } else if (entry.name.endsWith(".js")) files.push({ file: relative(root, path), source: readFileSync(path, "utf8") });
    }
  };
  walk(join(root, ".build"));
  return files;
}

/**
 * ncc's ES module output loads each Node built-in the bundle imports (52 of them, about 25 on a
 * start) with `createRequire(import.meta.url)("fs")`: a require function made for each, from the
 * module's URL, path and node_modules lookup paths, about 1 ms of a start that matches no flow.
 * process.getBuiltinModule (Node 22.3 and later; GitHub runs the action on Node 24) returns the
 * same module objects without one; where it is missing, one require function serves them all.
 * Fails when a name is not a built-in (which getBuiltinModule would not find).
 */
function builtinsWithoutCreateRequire(dir) {
  const load = "__WEBPACK_EXTERNAL_createRequire(import.meta.url)(";
  const declaration = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n';
  const loader = `const __nccwpck_builtin = typeof process.getBuiltinModule === "function" ? (id) => process.getBuiltinModule(id) : __WEBPACK_EXTERNAL_createRequire(import.meta.url);\n`;
  let rewritten = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const path = join(dir, file);
    const source = readFileSync(path, "utf8");
    if (!source.includes(load)) continue;
    const names = [...source.matchAll(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\(("[^"]+")\)/g)].map((m) => JSON.parse(m[1]));
    const others = names.filter((name) => !isBuiltin(name));
    if (!source.startsWith(declaration) || names.length !== source.split(load).length - 1 || others.length > 0) {
      throw new Error(`${file}: ncc loads built-ins otherwise than \`${load}"name")\`${others.length > 0 ? ` (not built-ins: ${others.join(", ")})` : ""}`);
    }
    writeFileSync(path, declaration + loader + source.slice(declaration.length).replaceAll(load, "__nccwpck_builtin("));
    rewritten += names.length;
  }
  if (rewritten === 0) throw new Error(`ncc no longer loads built-ins with \`${load}"name")\`: see builtinsWithoutCreateRequire`);
}

/**
 * The first chunk in ASCII (issue #14, the cold-start guard): one character outside ASCII (a
 * "→" in a message) and V8 holds the whole 0.7 MB source as two-byte text, which Node decodes
 * from UTF-8 and V8 scans at every start, 1.5–2.5 ms of it on Node 24. Each such character becomes
 * its \uXXXX escape (a surrogate pair for one outside the BMP), which reads the same in a string,
 * template, regular expression (with or without the u flag) or comment. Fails where an escape
 * would not: after a backslash, or where a template's raw text may be read (String.raw, `.raw`).
 */
function asciiOnly(path) {
  const source = readFileSync(path, "utf8");
  const problems = [];
  if (/\\[^\x00-\x7f]/.test(source)) problems.push("a character outside ASCII follows a backslash");
  if (/String\.raw\b|\.raw\b/.test(source)) problems.push("a template's raw text may be read (String.raw or .raw)");
  if (problems.length > 0) throw new Error(`${relative(root, path)}: cannot write it in ASCII: ${problems.join("; ")}`);
  writeFileSync(path, source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** Every name core's modules import from the stand-ins' packages must be one they provide. */
function checkCoreImports(libDir, standIns) {
  const problems = [];
  for (const file of readdirSync(libDir).filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(join(libDir, file), "utf8");
    let seen = 0;
    for (const [, what, pkg, rest] of source.matchAll(/^import\s+([^;]+?)\s+from\s+'(@[^/']+\/[^/']+)(\/[^']*)?'/gm)) {
      if (!standIns[pkg]) continue;
      seen += 1;
      const provided = standIns[pkg][`.${rest ?? ""}`] ?? [];
      const namespace = what.match(/^\*\s+as\s+(\w+)$/);
      const names = namespace
        ? [...source.matchAll(new RegExp(`\\b${namespace[1]}\\.(\\w+)`, "g"))].map((m) => m[1])
        : what.replace(/[{}]/g, "").split(",").map((name) => name.trim().split(/\s+as\s+/)[0]).filter(Boolean);
      for (const name of names) if (!provided.includes(name)) problems.push(`${file}: ${name} from ${pkg}${rest ?? ""}`);
    }
    // An import the pattern above did not read (export ... from, import()) would go unchecked.
    const mentions = Object.keys(standIns).reduce((n, pkg) => n + source.split(`'${pkg}`).length - 1, 0);
    if (mentions !== seen) problems.push(`${file}: ${mentions} mentions of the packages, ${seen} imports read`);
  }
  if (problems.length > 0) throw new Error(`@actions/core imports what src/action/core-lazy-deps.ts does not provide:\n  ${problems.join("\n  ")}`);
}

function compare(fresh, committed) {
  const files = new Set([...list(fresh).map((f) => relative(fresh, f)), ...list(committed).map((f) => relative(committed, f))]);
  const differences = [];
  for (const file of [...files].sort()) {
    const a = read(join(fresh, file));
    const b = read(join(committed, file));
    if (a === undefined) differences.push(`${file}: not produced by a fresh build`);
    else if (b === undefined) differences.push(`${file}: missing from dist/`);
    else if (!a.equals(b)) differences.push(`${file}: content differs`);
  }
  return differences;
}

function list(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? list(path) : [path];
  });
}

function read(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
