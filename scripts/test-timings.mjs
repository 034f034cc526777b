#!/usr/bin/env node
// Writes test/timings.json, the wall and CPU time of each test file, which the test order reads
// (test/helpers/test-order.ts): a file that mostly waits (on timers, servers, children) is started
// beside files that keep the cores busy, not beside other waiting ones.
//
//   npm run test:timings            runs the suite with FLOWS_TEST_CPU_LOG and writes the file
//   node scripts/test-timings.mjs L  writes it from a log FLOWS_TEST_CPU_LOG wrote (test/setup/cpu-log.ts)
//
// Run it after adding or changing slow test files; a file it does not list is ordered by vitest's
// last time for it, or its size.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let log = process.argv[2];
let scratch;
if (log === undefined) {
  scratch = mkdtempSync(join(tmpdir(), "flows-test-timings-"));
  log = join(scratch, "cpu.log");
  const run = spawnSync("npx", ["vitest", "run"], { cwd: root, stdio: "inherit", env: { ...process.env, FLOWS_TEST_CPU_LOG: log } });
  if (run.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error("test-timings: the tests failed; test/timings.json is left as it was");
    process.exit(1);
  }
}
const files = {};
for (const line of readFileSync(log, "utf8").split("\n")) {
  const [file, own, children, wall] = line.split("\t");
  if (!file || wall === undefined) continue;
  // Seconds, two decimals: CPU is the file's worker's and its waited children's.
  files[relative(root, file)] = { wall: Number(wall), cpu: Math.round((Number(own) + Number(children)) * 100) / 100 };
}
if (scratch) rmSync(scratch, { recursive: true, force: true });
// One file a line, by name, so a change to the times reads as a diff of the files that changed.
const lines = Object.keys(files)
  .sort()
  .map((file) => `${JSON.stringify(file)}:${JSON.stringify(files[file])}`);
writeFileSync(join(root, "test", "timings.json"), `{\n${lines.join(",\n")}\n}\n`);
console.log(`test/timings.json: ${lines.length} files`);
