// The read commands over 20,000 stored records: a listing in full is one JSON document, and a
// reader that leaves after one line (`| head -1`) costs no stack trace and no failing exit
// code. Real processes: the `flows` launcher on Bun as it ships.
import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventRecordPath } from "../../src/state/index.js";
import type { EventRecord } from "../../src/state/types.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
let many: string;

beforeAll(async () => {
  repo = await tempRepo("flows-read-many-");
  many = join(repo.dir, "many");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-template")));
  const template = join(repo.dir, "template");
  const fired = await runCli(["--repo", repo.dir, "--state-dir", template, "fire", "--event", join(repo.dir, "event.json")], cliTestEnv());
  expect(fired.code).toBe(0);
  const record = JSON.parse(await readFile(join(template, ...eventRecordPath("evt-template").split("/")), "utf8")) as EventRecord;
  // Written as the store writes them, a thousand at a time.
  await Promise.all(
    Array.from({ length: 20 }, async (_, batch) => {
      for (let index = batch * 1000; index < (batch + 1) * 1000; index++) {
        const copy = structuredClone(record);
        copy.event.id = `evt-${index}`;
        for (const run of copy.runs) {
          run.eventId = copy.event.id;
          run.id = `run_${index.toString(16).padStart(12, "0")}`;
        }
        const path = join(many, ...eventRecordPath(copy.event.id).split("/"));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, JSON.stringify(copy));
      }
    }),
  );
}, 300_000);
afterAll(async () => {
  await repo.cleanup();
});

type Ran = { code: number | null; out: string; err: string };

/** `flows --repo REPO ARGV` as a real process; `firstLine`: the reader closes the pipe once a line has come, as `| head -1` does. */
function flowsProcess(argv: string[], options: { firstLine?: boolean } = {}): Promise<Ran> {
  const child = spawn(join(process.cwd(), "node_modules", ".bin", "bun"), [join(process.cwd(), "dist", "cli", "index.js"), "--repo", repo.dir, ...argv], {
    env: cliTestEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    if (options.firstLine && out.includes("\n")) child.stdout.destroy();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

describe("20,000 records", () => {
  it("list in full as one JSON document, and to a reader that leaves after one line with exit 0 and nothing on standard error", async () => {
    const all = await flowsProcess(["--state-dir", many, "--json", "runs"]);
    expect(all.code).toBe(0);
    expect((JSON.parse(all.out) as unknown[]).length).toBe(20_000);
    for (const argv of [["runs"], ["events"], ["runs", "--json"], ["events", "--json"], ["show", "--json", "evt-7"], ["show", "run_000000000007"]]) {
      const run = await flowsProcess(["--state-dir", many, ...argv], { firstLine: true });
      expect(run.err, argv.join(" ")).toBe("");
      expect(run.code, argv.join(" ")).toBe(0);
    }
  }, 300_000);
});
