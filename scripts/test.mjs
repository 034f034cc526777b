#!/usr/bin/env node
// `npm test`: the type check (tsc) and the linter (Biome) run beside the tests instead of before
// them. The tests keep two cores busy most of the time but not all of it (they wait on Bun, git
// and local servers), and the type check is about 20 s of one core's work: run one after the
// other, it added its whole time to `npm test`; beside the tests, about half of it.
//
// Arguments go to vitest (`npm test -- test/cli` runs one folder), as they did when the tests were
// the last of three commands. The checks' output is held and printed after the tests' (printed
// while vitest redraws a terminal, it would be cut into its lines); the exit status is the first
// failure's, so a type error fails `npm test` as before.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freeDistBuildLock, takeDistBuildLock } from "./dist-build-lock.mjs";
import { distIsStale } from "./dist-stamp.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));

/** Runs a command (a Node script of a dependency, by default), its output held; resolves with its exit status and output. */
function held(name, script, args, command = process.execPath) {
  return new Promise((done) => {
    const child = spawn(command, [script, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => done({ name, status: 1, output: `${error.message}\n` }));
    child.on("close", (status, signal) => done({ name, status: status ?? (signal ? 1 : 0), output: Buffer.concat(output).toString() }));
  });
}

// The type check's incremental state, one file a checkout: git worktrees that share one
// node_modules (a link to the main checkout's) overwrote each other's, so each run checked every
// file again (23 s of CPU here, against 6 s when little changed).
const tsBuildInfo = `node_modules/.cache/flows-tsc/${createHash("sha256").update(root).digest("hex").slice(0, 16)}.tsbuildinfo`;
const checks = [
  held("typecheck (tsc --noEmit)", require.resolve("typescript/bin/tsc"), ["--noEmit", "--incremental", "--tsBuildInfoFile", tsBuildInfo]),
  held("lint (biome lint src test bench)", require.resolve("@biomejs/biome/bin/biome"), ["lint", "src", "test", "bench"]),
];

// A stale dist/ (the sources changed since it was built here, or `git checkout -- dist` put the
// committed one back) is rebuilt by the first test that runs it (test/helpers/fresh-dist.ts), a
// minute of one core's work that some 60 test files wait for. The whole suite starts it at once,
// beside the checks, under the tests' lock: the tests that need dist/ run after the others while it
// is stale (test/helpers/test-order.ts), and find it built. A run of some files leaves it to them.
// Not taken: another run is building it, and the tests wait for that build.
let lockHeld = process.argv.length === 2 && distIsStale(root) && takeDistBuildLock(root);
if (lockHeld) {
  // As test/helpers/fresh-dist.ts builds it.
  const build = held("build of dist/ (npm run bundle)", "run", ["--silent", "bundle"], "npm");
  checks.push(
    build.finally(() => {
      freeDistBuildLock(root);
      lockHeld = false;
    }),
  );
}
// Ctrl-C reaches the whole process group: this script waits for its children to end (and frees
// the build's lock) instead of dying first.
process.on("SIGINT", () => {});
process.on("exit", () => {
  if (lockHeld) freeDistBuildLock(root);
});


// vitest's package exports no path to its command: take it from its package.json's `bin`.
const vitest = join(dirname(require.resolve("vitest/package.json")), require("vitest/package.json").bin.vitest);
const tests = await new Promise((done) => {
  const child = spawn(process.execPath, [vitest, "run", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  child.on("error", (error) => {
    process.stderr.write(`vitest did not start: ${error.message}\n`);
    done(1);
  });
  child.on("close", (status, signal) => done(status ?? (signal ? 1 : 0)));
});

let failed = tests;
for (const check of await Promise.all(checks)) {
  if (check.status === 0) {
    process.stdout.write(`${check.name}: ok\n`);
    continue;
  }
  process.stdout.write(`\n${check.name} failed (exit ${check.status}):\n${check.output}`);
  failed ||= check.status;
}
process.exitCode = failed;
