import { readdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { main } from "../../src/cli/main.js";
import { watchCursorEventId } from "../../src/watch/index.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

/** `flows` run in process on `dir`, with `env` over the test environment. */
async function flowsIn(dir: string, env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["--repo", dir, "--no-color", ...argv], {
    env: cliTestEnv(env),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

/** `flows` on beforeEach's repository, against its fake GitHub. */
function flows(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return flowsIn(repo.dir, { GITHUB_API_URL: server.url, GITHUB_TOKEN: "ghp_local", ...env }, ...argv);
}

const WATCH = "openai/codex min-age=24h";

/** For each test of the describe that calls it: a repository with the bindings flow, and a fake GitHub with one release of openai/codex. */
function eachWithRepoAndServer(): void {
  beforeEach(async () => {
    repo = await tempRepo("flows-cli-watch-");
    server = await startGitHubApiServer();
    await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: rawStep("changed", "regenerated") }] });
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", createdAt: hoursAgo(50), publishedAt: hoursAgo(48) });
  });
  afterEach(async () => {
    await server.close();
    await repo.cleanup();
  });
}

// The unreachable GitHub's test (in the describe below) waits on the CLI client's
// retry (1 s a run) beside this describe's tests, which run one after another (it.sequential),
// sharing beforeEach's repository and fake GitHub.
describe.concurrent("flows watch --status and flows forget", () => {
  eachWithRepoAndServer();

  it.sequential("says every mistake in the watch configuration before it asks for a token", async () => {
    const run = await flows({ GITHUB_TOKEN: "", GH_TOKEN: "" }, "watch", "--once", "--watch", "openai/codex since=yesterday");
    expect(run.code).toBe(1);
    expect(run.err).toContain('--watch:1: since is "yesterday"');
    expect(run.err).not.toContain("needs a GitHub token");
    const fixed = await flows({ GITHUB_TOKEN: "", GH_TOKEN: "" }, "watch", "--once", "--watch", "openai/codex");
    expect(fixed.code).toBe(1);
    expect(fixed.err).toContain("flows watch needs a GitHub token to list releases");
  });

  it.sequential("shows per repository the last poll, ETag age, pending releases and the last dispatched tag", async () => {
    expect((await flows({}, "watch", "--status", "--watch", WATCH)).out).toBe("openai/codex (min-age 1d) — --watch line 1\n  not polled yet\n");
    await flows({}, "watch", "--once", "--watch", WATCH);
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });
    const polled = await flows({}, "watch", "--once", "--watch", WATCH);
    expect(polled.out).toMatch(/openai\/codex: ok, 0 new — pending: rust-v1\.1\.0 until 20/);

    const status = await flows({}, "watch", "--status", "--watch", WATCH);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(
      /^openai\/codex \(min-age 1d\) — --watch line 1\n {2}last poll {8}20\d\d-\d\d-\d\d \d\d:\d\dZ \(\d+s ago\)\n {2}ETag age {9}\d+s\n {2}pending {10}rust-v1\.1\.0 — eligible 20\d\d-\d\d-\d\d \d\d:\d\dZ \(in 2[23]h(?: \d+m)?\)\n {2}last dispatched {2}rust-v1\.0\.0 at 20\d\d-\d\d-\d\d \d\d:\d\dZ\n$/,
    );
    const json = JSON.parse((await flows({}, "watch", "--status", "--json", "--watch", WATCH)).out);
    expect(json.repositories[0]).toMatchObject({
      repo: "openai/codex",
      minAge: 86_400_000,
      polled: true,
      pending: [{ tag: "rust-v1.1.0", ageFrom: "published" }],
      lastDispatched: { tag: "rust-v1.0.0", eventId: "github:upstream.release:openai/codex:rust-v1.0.0" },
    });
    server.assertNoViolations();
  });

  it.sequential("shows tags in --status as escapes, so a tag from upstream or the store cannot add lines or reorder one", async () => {
    await flows({}, "watch", "--once", "--watch", WATCH);
    // A right-to-left override is a character git allows in a tag.
    server.github.releases.add("openai/codex", { tagName: "v2\u202egnp.exe", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });
    await flows({}, "watch", "--once", "--watch", WATCH);
    // A tag to deliver again comes from a stored event (a repository_dispatch payload): any text.
    const hostile = "v3\u001b]0;owned\u0007\r\n  last dispatched  v9";
    let edited = 0;
    for (const file of await readdir(join(repo.dir, ".codex/flow-client"), { recursive: true })) {
      const path = join(repo.dir, ".codex/flow-client", file);
      const text = file.endsWith(".json") ? await readFile(path, "utf8") : "";
      if (!/"watermark":/.test(text)) continue;
      await writeFile(path, text.replace(/"seen":/, `"redeliver": [${JSON.stringify(hostile)}], "seen":`));
      edited += 1;
    }
    expect(edited).toBe(1);

    const status = await flows({}, "watch", "--status", "--watch", WATCH);
    expect(status.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(status.out).toContain("pending          v2\\u202egnp.exe — eligible");
    expect(status.out).toContain("to deliver again v3\\u001b]0;owned\\u0007\\r\\n  last dispatched  v9\n");
    // Six lines and a final newline: the tag's line break added none (it would fake a "last dispatched").
    expect(status.out.split("\n")).toHaveLength(7);
    // No assertNoViolations: the fake writes the tag into html_url unencoded, which the spec refuses.
  });

  it.sequential("forgets a release that ran, so the next poll delivers it again and the step runs a second time", async () => {
    const id = "github:upstream.release:openai/codex:rust-v1.0.0";
    expect((await flows({}, "watch", "--once", "--watch", WATCH)).out).toContain("✅ changed  bindings/regen");
    expect((await flows({}, "watch", "--once", "--watch", WATCH)).out).not.toContain("bindings/regen");

    const forget = await flows({}, "forget", id);
    expect(forget.code, forget.err).toBe(0);
    expect(forget.out).toContain(`Forgot ${id} in the file store at`);
    expect(forget.out).toContain("bindings/regen will run again on the event's next delivery.\nThe next poll of openai/codex delivers rust-v1.0.0 again.\n");
    expect((await flows({}, "watch", "--status", "--watch", WATCH)).out).toContain("to deliver again rust-v1.0.0");

    const again = await flows({}, "watch", "--once", "--watch", WATCH);
    expect(again.out).toContain("✅ changed  bindings/regen");
    const shown = JSON.parse((await flows({}, "show", id, "--json")).out);
    expect(shown.runs[0].attempts.map((attempt: { status: string }) => attempt.status)).toEqual(["completed", "canceled", "completed"]);
    expect(shown.runs[0].attempts[1].error).toMatch(/^forgotten by flows forget at .*: the next delivery of this event runs the step again$/);
    expect((await flows({}, "watch", "--once", "--watch", WATCH)).out).not.toContain("bindings/regen");
    expect((await flows({}, "forget", "github:nope")).code).toBe(1);
    server.assertNoViolations();
  });

  it.sequential("keeps a cursor per watch filter: --status shows each filter, forget lists the cursors when the id names none, and a forgotten release goes back to the watch that takes it", async () => {
    server.github.releases.add("openai/codex", { tagName: "cli-v1.0.0", createdAt: hoursAgo(47), publishedAt: hoursAgo(46) });
    const rust = "openai/codex tags=rust-v*";
    const cli = "openai/codex tags=cli-v*";
    // Two workflows sharing the store: each hands over its own release.
    expect((await flows({}, "watch", "--once", "--watch", rust)).out).toContain("✅ changed  bindings/regen");
    expect((await flows({}, "watch", "--once", "--watch", cli)).out).toContain("✅ changed  bindings/regen");
    const status = await flows({}, "watch", "--status", "--watch", `${rust}\n`, "--json");
    expect(JSON.parse(status.out).repositories[0]).toMatchObject({ filter: "tags=rust-v*", cursorId: watchCursorEventId("openai/codex", "tags=rust-v*") });
    expect((await flows({}, "watch", "--status", "--watch", cli)).out).toMatch(/^openai\/codex \(tags=cli-v\*\) — --watch line 1\n {2}last poll/);

    // The repository's id names no one cursor of these two: both listed, nothing forgotten.
    const ambiguous = await flows({}, "forget", "flows-action:watch-cursor:openai/codex");
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain("names no one watch cursor");
    expect(ambiguous.err).toContain(`${watchCursorEventId("openai/codex", "tags=rust-v*")}  tags=rust-v*`);
    expect(ambiguous.err).toContain(`${watchCursorEventId("openai/codex", "tags=cli-v*")}  tags=cli-v*`);

    // A forgotten cli release goes back to the cli watch only.
    const forget = await flows({}, "forget", "github:upstream.release:openai/codex:cli-v1.0.0");
    expect(forget.code, forget.err).toBe(0);
    expect(forget.out).toContain("The next poll of openai/codex delivers cli-v1.0.0 again.");
    expect((await flows({}, "watch", "--status", "--watch", rust)).out).not.toContain("to deliver again");
    expect((await flows({}, "watch", "--status", "--watch", cli)).out).toContain("to deliver again cli-v1.0.0");

    // Named by its id, one cursor is dropped, and the other is said to be kept.
    const one = await flows({}, "forget", watchCursorEventId("openai/codex", "tags=cli-v*"));
    expect(one.code, one.err).toBe(0);
    expect(one.out).toContain(`Kept the other watch cursors of openai/codex (forget each by its id):\n  ${watchCursorEventId("openai/codex", "tags=rust-v*")}  tags=rust-v*\n`);
    expect((await flows({}, "watch", "--status", "--watch", rust)).out).toContain("last dispatched  rust-v1.0.0");
    server.assertNoViolations();
  });

  it.sequential("says on standard error, escaped, and in --json, which release a forget pushed out of a full list to deliver again", async () => {
    const id = "github:upstream.release:openai/codex:rust-v1.0.0";
    await flows({}, "watch", "--once", "--watch", WATCH);
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(40), publishedAt: hoursAgo(39) });
    expect((await flows({}, "watch", "--once", "--watch", WATCH)).out).toContain("new: rust-v1.1.0");
    // 100 tags waiting already, the oldest from a stored event's payload: any text.
    const hostile = "v0\u001b]0;owned\u0007\r\nforged line";
    const waiting = [hostile, ...Array.from({ length: 99 }, (_, i) => `v${i + 1}.0.0`)];
    let edited = 0;
    for (const file of await readdir(join(repo.dir, ".codex/flow-client"), { recursive: true })) {
      const path = join(repo.dir, ".codex/flow-client", file);
      const text = file.endsWith(".json") ? await readFile(path, "utf8") : "";
      if (!/"watermark":/.test(text)) continue;
      await writeFile(path, text.replace(/"seen":/, `"redeliver": ${JSON.stringify(waiting)}, "seen":`));
      edited += 1;
    }
    expect(edited).toBe(1);

    const forget = await flows({}, "forget", id);
    expect(forget.code, forget.err).toBe(0);
    expect(forget.out).toContain("The next poll of openai/codex delivers rust-v1.0.0 again.\n");
    expect(forget.err).toBe(
      "warning: openai/codex: not delivered again (more than 100 releases were waiting to be delivered again; the oldest 1 dropped, replay their upstream.release events to run them): v0\\u001b]0;owned\\u0007\\r\\nforged line.\n",
    );

    // Another: the next oldest goes, said in the document (standard output stays one JSON document).
    const json = await flows({}, "forget", "github:upstream.release:openai/codex:rust-v1.1.0", "--json");
    expect(json.code, json.err).toBe(0);
    expect(JSON.parse(json.out).redeliver).toEqual({
      repo: "openai/codex",
      tag: "rust-v1.1.0",
      notDeliveredAgain: ["v1.0.0"],
      warning: "openai/codex: not delivered again (more than 100 releases were waiting to be delivered again; the oldest 1 dropped, replay their upstream.release events to run them): v1.0.0",
    });
  });

  it.sequential("forgets a deletion it delivered (updates=true), so the next poll delivers that event again", async () => {
    await writeFlow(repo.dir, { name: "cleanup", steps: [{ name: "drop", trigger: "upstream.release.deleted", source: rawStep("completed", "dropped") }] });
    const watch = "openai/codex updates=true";
    const { id: releaseId } = server.github.releases.add("openai/codex", { tagName: "rust-v2.0.0", createdAt: hoursAgo(3), publishedAt: hoursAgo(2) });
    expect((await flows({}, "watch", "--once", "--watch", watch)).out).toContain("✅ changed  bindings/regen");
    server.github.releases.remove("openai/codex", releaseId);
    const deleted = `github:upstream.release.deleted:openai/codex:rust-v2.0.0@${releaseId}`;
    expect((await flows({}, "watch", "--once", "--watch", watch)).out).toContain("✅ completed  cleanup/drop");
    expect((await flows({}, "watch", "--once", "--watch", watch)).out).not.toContain("cleanup/drop");

    const forget = await flows({}, "forget", deleted);
    expect(forget.code, forget.err).toBe(0);
    expect(forget.out).toContain(`cleanup/drop will run again on the event's next delivery.\nThe next poll of openai/codex delivers ${deleted} again.\n`);
    expect((await flows({}, "watch", "--status", "--watch", watch)).out).toContain(`to deliver again ${deleted}`);

    const again = await flows({}, "watch", "--once", "--watch", watch);
    expect(again.out).toContain("✅ completed  cleanup/drop");
    expect((await flows({}, "watch", "--once", "--watch", watch)).out).not.toContain("cleanup/drop");
    const shown = JSON.parse((await flows({}, "show", deleted, "--json")).out);
    expect(shown.runs[0].attempts.map((attempt: { status: string }) => attempt.status)).toEqual(["completed", "canceled", "completed"]);
    server.assertNoViolations();
  });

  it.sequential("polls on past a cursor file whose watermark was damaged, instead of taking every later release as old", async () => {
    expect((await flows({}, "watch", "--once", "--watch", "openai/codex")).out).toContain("new: rust-v1.0.0");
    let damaged = 0;
    for (const file of await readdir(join(repo.dir, ".codex/flow-client"), { recursive: true })) {
      const path = join(repo.dir, ".codex/flow-client", file);
      if (!file.endsWith(".json")) continue;
      const text = await readFile(path, "utf8");
      if (!/"watermark":/.test(text)) continue;
      await writeFile(path, text.replace(/"watermark":\s*"[^"]*"/, '"watermark": "garbage"'));
      damaged += 1;
    }
    expect(damaged).toBe(1);

    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", createdAt: hoursAgo(2), publishedAt: hoursAgo(1) });
    const polled = await flows({}, "watch", "--once", "--watch", "openai/codex");
    expect(polled.out).toContain("openai/codex: ok, 1 new — new: rust-v1.1.0");
    expect(polled.out).toContain("✅ changed  bindings/regen");
    server.assertNoViolations();
  });
});

// Its own repository and no fake GitHub: it runs beside the tests above.
describe.concurrent("flows watch, GitHub unreachable", () => {
  it("says the network is unreachable and exits 1 when no repository could be polled", async ({ expect }) => {
    const own = await tempRepo("flows-cli-watch-unreachable-");
    onTestFinished(() => own.cleanup());
    await writeFlow(own.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: rawStep("changed", "regenerated") }] });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = await flowsIn(own.dir, { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--watch", "openai/codex\noven-sh/bun");
    expect(run.code).toBe(1);
    expect(run.out).toContain("openai/codex: error, 0 new — GET /repos/openai/codex/releases got no answer: the connection was refused (ECONNREFUSED). The network or the GitHub host is unreachable from here");
    // The next poll starts with openai/codex, not with oven-sh/bun: both say so.
    expect(run.out).toContain("oven-sh/bun: not-polled, 0 new — not polled (the poll stopped at openai/codex, where the next one starts): GET /repos/openai/codex/releases got no answer");
    expect(run.out).toContain("Stopped early, 1 repository not polled; the next poll starts with openai/codex.");
    expect(run.out).not.toContain("answered 500");
    // One repository: nothing to count, and the reason once (on its own line), not again.
    const one = await flowsIn(own.dir, { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_TOKEN: "ghp_local" }, "watch", "--once", "--watch", "openai/codex");
    expect(one.out).toContain("Stopped early; the next poll starts with openai/codex.");
    expect(one.out).not.toMatch(/0 repositories|Stopped early \(/);
    expect(run.err).toContain("No watched repository could be polled (2 failed)");
  });
});

describe("flows watch --status of cursors no watch configured now has", () => {
  eachWithRepoAndServer();

  it("shows a cursor kept for a watch removed or with another filter, marked not configured now, in text and --json", async () => {
    server.github.releases.add("openai/codex", { tagName: "cli-v1.0.0", createdAt: hoursAgo(47), publishedAt: hoursAgo(46) });
    const rust = "openai/codex tags=rust-v*";
    const cli = "openai/codex tags=cli-v*";
    expect((await flows({}, "watch", "--once", "--watch", rust)).code).toBe(0);
    expect((await flows({}, "watch", "--once", "--watch", cli)).code).toBe(0);

    const status = await flows({}, "watch", "--status", "--watch", rust);
    expect(status.code, status.err).toBe(0);
    const cliCursor = watchCursorEventId("openai/codex", "tags=cli-v*");
    expect(status.out).toContain(
      `\nNot configured now: 1 watch cursor kept for watches removed, renamed or with another filter (\`flows forget ${cliCursor} --repo ${repo.dir}\` drops it):\nopenai/codex (tags=cli-v*) — not configured now\n  cursor           ${cliCursor}\n  last poll        `,
    );
    expect(status.out).toContain("  last dispatched  cli-v1.0.0 at ");
    // The configured watch's own cursor is not listed again.
    expect(status.out).not.toContain(watchCursorEventId("openai/codex", "tags=rust-v*"));
    const json = JSON.parse((await flows({}, "watch", "--status", "--json", "--watch", rust)).out);
    expect(json.notConfigured).toMatchObject({ total: 1, cursors: [{ cursorId: cliCursor, repo: "openai/codex", filter: "tags=cli-v*", lastDispatched: { tag: "cli-v1.0.0" } }] });

    // With no watch configured at all, what the store keeps is still shown; forgetting it leaves nothing to show.
    const none = await flows({}, "watch", "--status");
    expect(none.err).toBe("");
    expect(none.code).toBe(0);
    expect(none.out).toContain("Not configured now: 2 watch cursors");
    expect((await flows({}, "forget", cliCursor)).code).toBe(0);
    expect((await flows({}, "watch", "--status", "--watch", rust)).out).not.toContain("Not configured now");
    server.assertNoViolations();
  });

  it("lists the first of thousands of stored cursors and counts the rest, their repository and filter escaped", async () => {
    await flows({}, "watch", "--once", "--watch", "openai/codex tags=rust-v*");
    const { createStateStore } = await import("../../src/state/index.js");
    const { defaultStateDir } = await import("../../src/state/layout.js");
    const store = await createStateStore({ kind: "file", dir: defaultStateDir(repo.dir) });
    const template = (await store.loadEvent(watchCursorEventId("openai/codex", "tags=rust-v*")))!;
    const hostile = "evil/\u202egnp.exe\u001b[8m\nfake";
    const names = [hostile, ...Array.from({ length: 240 }, (_, index) => `gone/repo-${String(index).padStart(4, "0")}`)];
    const run = template.runs[0]!;
    const cursor = run.resultPayload?.cursor as Record<string, unknown>;
    for (const [index, name] of names.entries()) {
      const id = index === 0 ? watchCursorEventId("aaa/first") : watchCursorEventId(name);
      const filter = index === 0 ? "tags=\u001b]0;owned\u0007*" : cursor.filter;
      const resultPayload = { ...run.resultPayload!, cursor: { ...cursor, repo: name, filter } };
      await store.saveEvent({ ...template, event: { ...template.event, id, payload: { ...(template.event.payload as object), repo: name } }, runs: [{ ...run, resultPayload }] });
    }
    // One whose content names another repository (damaged, or copied by hand): counted as kept.
    await store.saveEvent({ ...template, event: { ...template.event, id: watchCursorEventId("zzz/copied"), payload: { repo: "zzz/copied" } } });
    await store.flush();

    const status = await flows({}, "watch", "--status", "--watch", "oven-sh/bun");
    expect(status.code, status.err).toBe(0);
    expect(status.out).toContain("Not configured now: 243 watch cursors");
    expect(status.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(status.out).toContain("evil/\\u202egnp.exe\\u001b[8m\\nfake (tags=\\u001b]0;owned\\u0007*) — not configured now");
    expect(status.out).toContain("gone/repo-0000 (tags=rust-v*) — not configured now\n  cursor           flows-action:watch-cursor:gone/repo-0000\n  last poll        ");
    expect(status.out.match(/— not configured now\n/g)).toHaveLength(10);
    expect(status.out).toContain("\nand 233 more not configured now (--json lists the first 100)\n");
    const json = JSON.parse((await flows({}, "watch", "--status", "--json", "--watch", "oven-sh/bun")).out);
    expect(json.notConfigured.total).toBe(243);
    expect(json.notConfigured.cursors).toHaveLength(100);
    expect(json.notConfigured.cursors[0].cursorId).toBe(watchCursorEventId("aaa/first"));
  });
});
