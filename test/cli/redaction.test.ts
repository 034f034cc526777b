import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The terminal is a place secrets leave the process too (CI logs of `flows fire`): the
// environment's tokens and token-shaped text are redacted from everything `flows` prints,
// including what steps print, as the action redacts its log.

const TOKEN = "ghp_cliTerminalSecret0123456789abcdefABCD";
const LEAKY_STEP = `console.log("token: ${TOKEN} and remote https://user:hunter2-password@example.com/r.git");
console.log("$ base64 credentials");
console.log(Buffer.from("x-access-token:${TOKEN}\\n").toString("base64").match(/.{1,20}/g).join("\\n"));
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "pushed with ${TOKEN}" }));
`;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-redact-");
  await writeFlow(repo.dir, { name: "leaky", steps: [{ name: "push", trigger: "push", source: LEAKY_STEP }] });
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("push", "evt-redact")));
});
afterEach(async () => {
  await repo.cleanup();
});

// A build of dist/ is waited for here, not within the time of the tests that run it (DIST_BUILD_WAIT_MS).
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

describe("flows on a terminal", () => {
  it("redacts GITHUB_TOKEN, URL credentials and token shapes from step lines and results (in process)", async () => {
    let text = "";
    const code = await main(["fire", "--repo", repo.dir, "--event", join(repo.dir, "event.json"), "--state", "none", "--no-color"], {
      env: cliTestEnv({ GITHUB_TOKEN: TOKEN }),
      out: (chunk) => {
        text += chunk;
      },
      err: (chunk) => {
        text += chunk;
      },
    });
    expect(code).toBe(0);
    expect(text).toContain("leaky/push");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("hunter2-password");
    expect(text).toContain("pushed with ***");
    // Its base64, wrapped over lines as `base64` prints it (here at 20 columns), in no line whole.
    const base64 = Buffer.from(`x-access-token:${TOKEN}\n`).toString("base64");
    expect(text).toContain("[leaky/push] $ base64 credentials");
    expect(text.replace(/\n\[leaky\/push\] /g, "")).not.toContain(base64.slice(24, 48));
  });

  it("redacts the shipped command's output too (dist/cli/index.js)", async () => {
    await ensureFreshDist();
    const launcher = resolve("dist/cli/index.js");
    const child = spawnSync(process.execPath, [launcher, "fire", "--repo", repo.dir, "--event", join(repo.dir, "event.json"), "--state", "none", "--no-color"], {
      env: cliTestEnv({ GH_TOKEN: TOKEN }),
      encoding: "utf8",
    });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout + child.stderr).toContain("leaky/push");
    expect(child.stdout + child.stderr).not.toContain(TOKEN);
  }, 300_000);
});
