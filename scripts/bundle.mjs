// Builds the shipped bundles: `tsc -p tsconfig.build.json` compiles src/ to .build/, then ncc
// bundles the JavaScript into dist/ (the action, from action-entry.js, which calls main.js's run()) and dist/lib/ (the library,
// from index.js, for Node consumers); dist/cli/index.js, the `flows` command, launches the
// library's runCli (on Bun when Bun is found: src/cli/launcher.js, which then runs dist/cli/bun/,
// the Bun build of the CLI: scripts/bun-cli-build.mjs). ncc never sees TypeScript, so the build does not depend on ncc's
// TypeScript loader (which needs a compiler API that TypeScript 7 does not have).
// `--check` builds into a temp folder and fails when dist/ differs (the check-dist job).
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildBunCli } from "./bun-cli-build.mjs";
import { writeStamp } from "./dist-stamp.mjs";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "flows-dist-")) : join(root, "dist");
const ncc = join(root, "node_modules", ".bin", "ncc");

if (!check) rmSync(out, { recursive: true, force: true });
rmSync(join(root, ".build"), { recursive: true, force: true });
execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
build(".build/action-entry.js", out);
build(".build/index.js", join(out, "lib"));
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
