import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { main } from "../../src/cli/main.js";
import { writeFlow } from "../helpers/flow-packages.js";
import { BUN, tempDir } from "./helpers.js";

const CLI = join(process.cwd(), "src", "cli.ts");

async function waitFor(file: string): Promise<void> {
  for (let i = 0; i < 400 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!existsSync(file)) throw new Error(`${file} never appeared`);
}

async function cli(repo: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["--repo", repo, "--no-color", ...argv], {
    env: { ...process.env, PATH: `${dirname(BUN)}:${process.env.PATH}` },
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe("kill -9 of the dispatcher while a step runs", () => {
  it("leaves a run the next `flows runs` shows as interrupted, and the redelivery runs it again as attempt 2", async () => {
    const repo = await tempDir("flows-repo-");
    const started = join(repo, "started");
    // The first execution says it started, then hangs; later ones finish at once.
    const source = [
      "import { existsSync, writeFileSync } from 'node:fs';",
      "await Bun.stdin.text();",
      `if (!existsSync(${JSON.stringify(started)})) {`,
      `  writeFileSync(${JSON.stringify(started)}, String(process.pid));`,
      "  await Bun.sleep(120_000);",
      "}",
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));',
    ].join("\n");
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
    const eventFile = join(repo, "event.json");
    await writeFile(eventFile, JSON.stringify({ id: "evt-killed", type: "release.published", payload: {} }));

    const dispatcher = spawn(BUN, [CLI, "fire", "--repo", repo, "--event", eventFile], {
      env: { ...process.env, PATH: `${dirname(BUN)}:${process.env.PATH}` },
      stdio: "ignore",
    });
    await waitFor(started);
    onTestFinished(async () => {
      const step = Number(await readFile(started, "utf8"));
      try {
        process.kill(step, "SIGKILL"); // the orphaned step, if it outlived its dispatcher
      } catch {}
    });
    dispatcher.kill("SIGKILL");
    await new Promise((resolve) => dispatcher.once("close", resolve));

    const runs = await cli(repo, "runs");
    expect(runs.out).toMatch(/🔌 interrupted\s+notes\/write\s+attempts 1/);
    const show = await cli(repo, "show", "evt-killed");
    expect(show.out).toMatch(/interrupted/);

    const again = await cli(repo, "fire", "--event", eventFile, "--json");
    expect(again.code).toBe(0);
    const outcome = JSON.parse(again.out) as { runs: Array<{ effectiveStatus: string; attempts: Array<{ status: string }> }> };
    expect(outcome.runs[0]!.attempts.map((attempt) => attempt.status)).toEqual(["interrupted", "completed"]);
    expect(outcome.runs[0]!.effectiveStatus).toBe("changed");
    expect(again.err + again.out).toMatch(/was interrupted .* runs again as attempt 2/);

    const twice = await cli(repo, "fire", "--event", eventFile, "--json");
    expect(JSON.parse(twice.out)).toMatchObject({ status: "duplicate" }); // and then it is settled
  });
});
