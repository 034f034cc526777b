import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { startGitHttpServer } from "./git-http-server.js";
import { git, makeRecord, tempDir } from "./helpers.js";

const TOKEN = "ghs_TokenSeenOnlyInTheHeader0123456789";
const HEADER = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`;

describe("state branch authentication", () => {
  it("sends the token as an http.extraheader from the environment: never in ps, a URL or the git config", async () => {
    const root = await tempDir();
    git(root, "init", "--bare", "--quiet", join(root, "repo.git"));
    const seen: string[] = [];
    const server = await startGitHttpServer({ root, authorization: HEADER, pushDelayMs: 1_500, seen });
    onTestFinished(() => server.close());
    const workDir = join(await tempDir(), "git");
    const store = new BranchStateStore({ remoteUrl: `http://127.0.0.1:${server.port}/repo.git`, token: TOKEN, workDir });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    const flushing = store.flush();
    const listings: string[] = [];
    let pushSeen = false;
    for (let i = 0; i < 30 && !pushSeen; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const ps = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
      listings.push(ps);
      pushSeen = /git.* push /.test(ps) || /git-remote-http/.test(ps);
    }
    await flushing;

    expect(pushSeen).toBe(true); // ps ran while the push was in flight
    for (const ps of listings) {
      expect(ps).not.toContain(TOKEN);
      expect(ps).not.toContain(HEADER.slice(6));
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((value) => value === HEADER)).toBe(true);
    const config = await readFile(join(workDir, "config"), "utf8");
    expect(config).not.toContain(TOKEN);
    expect(config).not.toMatch(/extraheader/i);
    await store.close();

    const reader = new BranchStateStore({ remoteUrl: `http://x-access-token:${TOKEN}@127.0.0.1:${server.port}/repo.git` });
    expect((await reader.loadEvent("evt-1"))?.runs.map((run) => run.id)).toEqual(["run_a"]); // credentials in a URL move to the header
    await reader.close();
  });
});
