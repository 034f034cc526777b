// `flows watch --status` (and polls) over a cursor file that an older version wrote, or that was
// damaged or grew by hand: through the real `flows` command and its file store.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

beforeEach(async () => {
  repo = await tempRepo("flows-old-cursor-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: rawStep("changed", "regenerated") }] });
  server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

async function flows(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["--repo", repo.dir, "--no-color", ...argv], {
    env: cliTestEnv({ GITHUB_API_URL: server.url, GITHUB_TOKEN: "ghp_local" }),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

/** The cursor file the first poll wrote, rewritten by `edit` (its record, parsed). */
async function editCursorFile(edit: (cursor: Record<string, unknown>) => void): Promise<string> {
  const paths: string[] = [];
  for (const file of await readdir(join(repo.dir, ".codex/flow-client"), { recursive: true })) {
    const path = join(repo.dir, ".codex/flow-client", file);
    if (file.endsWith(".json") && /"watermark":/.test(await readFile(path, "utf8"))) paths.push(path);
  }
  expect(paths).toHaveLength(1);
  const path = paths[0] as string;
  const record = JSON.parse(await readFile(path, "utf8"));
  edit(record.runs[0].resultPayload.cursor);
  await writeFile(path, JSON.stringify(record));
  return path;
}

const WATCH = "openai/codex min-age=24h";

describe("flows watch --status over an old or damaged cursor", () => {
  it("shows the first 10 of each list and counts the rest, for a cursor whose lists no poll has capped yet", async () => {
    await flows("watch", "--once", "--watch", WATCH);
    const tags = Array.from({ length: 150 }, (_, index) => `rust-v9.${index}`);
    await editCursorFile((cursor) => {
      const held = (tag: string, index: number) => ({ id: 10_000 + index, tag, publishedAt: hoursAgo(1), firstSeenAt: hoursAgo(1), ageFrom: "published", createdAt: hoursAgo(2) });
      cursor.pending = tags.map(held);
      cursor.redeliver = tags;
      cursor.redeliverEvents = tags.map((tag) => `github:upstream.release.deleted:openai/codex:${tag}`);
    });

    const status = await flows("watch", "--status", "--watch", WATCH);
    expect(status.code).toBe(0);
    const lines = status.out.split("\n");
    expect(lines.filter((line) => / rust-v9\.\d+ — eligible/.test(line))).toHaveLength(10);
    expect(status.out).toContain("                   and 140 more pending (--json lists them all)\n");
    const again = lines.find((line) => line.startsWith("  to deliver again "));
    expect(again?.split(", ")).toHaveLength(11);
    expect(again).toMatch(/rust-v9\.9, and 290 more \(--json lists them all\)$/);
    expect(lines.length).toBeLessThan(25);

    const json = JSON.parse((await flows("watch", "--status", "--json", "--watch", WATCH)).out);
    expect(json.repositories[0].pending).toHaveLength(150);
    expect(json.repositories[0].redeliver).toHaveLength(150);
  });

  it("leaves out a dispatched release whose fields are of the wrong type, instead of failing on it", async () => {
    expect((await flows("watch", "--once", "--watch", "openai/codex")).out).toContain("new: rust-v1.0.0");
    await editCursorFile((cursor) => {
      const [dispatched] = cursor.dispatched as Array<Record<string, unknown>>;
      cursor.dispatched = [{ ...dispatched, tag: "rust-v0.9.9", id: 1, dispatchedAt: null, prerelease: "no" }, dispatched];
    });

    const status = await flows("watch", "--status", "--watch", "openai/codex");
    expect(status.err).toBe("");
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/ {2}last dispatched {2}rust-v1\.0\.0 at 20/);
  });

  it("names at most 200 of the tags a poll drops from an old cursor's list to deliver again, and counts the rest", async () => {
    await flows("watch", "--once", "--watch", "openai/codex");
    const tags = Array.from({ length: 1_000 }, (_, index) => `rust-v9.${index}`);
    await editCursorFile((cursor) => {
      cursor.redeliver = tags;
    });

    const poll = await flows("watch", "--once", "--watch", "openai/codex");
    expect(poll.code).toBe(0);
    const named = `the oldest 900 dropped, replay their upstream.release events to run them): ${tags.slice(0, 200).join(", ")}, and 700 more not named here`;
    expect(poll.out).toContain(named);
    expect(poll.err).toContain(named);
    expect(poll.out).not.toContain("rust-v9.200,");
    const status = JSON.parse((await flows("watch", "--status", "--json", "--watch", "openai/codex")).out);
    expect(status.repositories[0].redeliver.length).toBeLessThanOrEqual(100);
  });
});
