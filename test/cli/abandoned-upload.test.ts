// `flows github --input state=artifact` in a workflow (ACTIONS_RUNTIME_TOKEN set) against a
// results service that accepts the upload's connection and never answers. The store gives up at
// its time limit and the command fails naming the records not saved; @actions/artifact's socket
// would then keep the process running for about 16 minutes more (abandoned-work.ts). On Bun the
// launcher exits once the CLI returns; on Node (FLOWS_CLI_HOST=node, no Bun) it must end as
// soon too. Real processes: on Bun and on Node as it ships (dist/, rebuilt first
// when stale).
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { artifactWorld, REPOSITORY } from "../state/artifact-helpers.js";
import { startSilentServer } from "../support/silent-server.js";
import { childLoadMeter } from "../helpers/stalls.js";

const ROOT = resolve(".");
const HOSTS = {
  Bun: [join(ROOT, "node_modules", ".bin", "bun"), join(ROOT, "dist", "cli", "index.js")],
  Node: [process.execPath, join(ROOT, "dist", "cli", "index.js")],
} as const;

beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-abandoned-");
});
afterEach(async () => {
  await repo.cleanup();
});

type Ended = { code: number | null; stderr: string; tookMs: number; killed: boolean };

/** Runs the command; SIGKILL after `killAfterMs` (then `killed`). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, killAfterMs: number): Promise<Ended> {
  const child = spawn(command, args, { cwd: repo.dir, env, stdio: ["ignore", "pipe", "pipe"] });
  // tookMs: the command's wall time less its wait for a core (test/helpers/stalls.ts).
  const meter = childLoadMeter(child.pid!);
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  child.stdout.resume();
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, killAfterMs);
  return new Promise((done) =>
    child.once("exit", (code) => {
      clearTimeout(timer);
      const tookMs = meter.runningMs();
      meter.stop();
      done({ code, stderr, tookMs, killed });
    }),
  );
}

describe.each(Object.keys(HOSTS) as Array<keyof typeof HOSTS>)("flows github on %s with a results service that never answers", (host) => {
  it("fails naming the records not saved, and exits without waiting for the abandoned upload", async () => {
    const world = await artifactWorld();
    const silent = await startSilentServer();
    await writeFlow(repo.dir, {
      name: "deploy",
      steps: [{ name: "go", trigger: "push", source: 'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "deployed" }));' }],
    });
    const eventPath = join(repo.dir, "..", `${repo.dir.split("/").pop()}-event.json`);
    await writeFile(eventPath, JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: REPOSITORY } }));
    const env = cliTestEnv({
      ...(host === "Node" ? { FLOWS_CLI_HOST: "node" } : {}),
      ...world.results.runtimeEnv({ runId: 7102 }),
      ACTIONS_RESULTS_URL: silent.url,
      GITHUB_API_URL: world.github.url,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_RUN_ID: "7102",
      FLOWS_ARTIFACT_TIMEOUT_SECONDS: "1",
    });
    const [command, launcher] = HOSTS[host];
    const args = [launcher, "github", "--event-name", "push", "--event-path", eventPath, "--no-color"];
    for (const input of ["state=artifact", "github-token=ghs_workflow_token", "checks=off", "comment=off"]) args.push("--input", input);
    try {
      const ended = await run(command, args, env, 45_000);

      expect(ended.killed, `still running after 45 s:\n${ended.stderr}`).toBe(false);
      expect(ended.code, ended.stderr).toBe(1);
      expect(ended.stderr).toMatch(/NOT saved.*did not finish the upload within 1 s/);
      expect(silent.accepted).toBeGreaterThan(0);
      expect(ended.tookMs).toBeLessThan(30_000);
    } finally {
      const { rm } = await import("node:fs/promises");
      await rm(eventPath, { force: true });
    }
  }, 90_000);
});
