import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { StateBranchError } from "../../src/state/branch-errors.js";
import { indexShardPath } from "../../src/state/branch-index.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { startGitHttpServer } from "./git-http-server.js";
import { git, makeRecord, tempDir } from "./helpers.js";

// A fire reads one record, but the store fetched every record's blob at the tip: 5 of a fire's
// 6 s on a branch of 50,000 records. It now fetches the tip's trees, then only the blobs it reads.

const COUNT = 120;

let fixtureRoot: string;
let template: string;

// The branch of COUNT records, written once (by a store, through the file path), copied per test.
beforeAll(async () => {
  fixtureRoot = mkdtempSync(join(tmpdir(), "flows-partial-"));
  template = join(fixtureRoot, "repo.git");
  git(fixtureRoot, "init", "--bare", "--quiet", template);
  const writer = new BranchStateStore({ remoteUrl: template });
  for (let index = 0; index < COUNT; index++) await writer.saveEvent(makeRecord(`evt-${index}`, [`run_${index}`]));
  await writer.flush();
  await writer.close();
});
afterAll(() => rm(fixtureRoot, { recursive: true, force: true }));

/** A bare repository served over smart HTTP, as github.com serves one, whose branch holds COUNT records. */
async function servedBranch(options: { filters: boolean }) {
  const root = await tempDir();
  const origin = join(root, "repo.git");
  cpSync(template, origin, { recursive: true });
  // `git config uploadpack.allowFilter true`, without the git run.
  if (options.filters) appendFileSync(join(origin, "config"), "[uploadpack]\n\tallowFilter = true\n");
  const settings: { root: string; deny?: "everything" } = { root };
  const server = await startGitHttpServer(settings);
  onTestFinished(() => server.close());
  const remoteUrl = `http://127.0.0.1:${server.port}/repo.git`;
  return { remoteUrl, settings };
}

/** The blobs the store's private git directory holds. */
function blobsHeld(workDir: string): number {
  const objects = git(workDir, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype)");
  return objects.split("\n").filter((type) => type === "blob").length;
}

describe("BranchStateStore reads only the records it needs", () => {
  it("loads and saves one event of a long branch holding only that record's blob and the README's", async () => {
    const { remoteUrl } = await servedBranch({ filters: true });
    const workDir = await tempDir();
    const store = new BranchStateStore({ remoteUrl, workDir });
    onTestFinished(() => store.close());

    expect(await store.loadEvent("evt-7")).toEqual(makeRecord("evt-7", ["run_7"]));
    expect(await store.loadEvent("evt-new")).toBeUndefined();
    expect(blobsHeld(workDir)).toBe(2);

    await store.saveEvent(makeRecord("evt-7", ["run_again"]));
    await store.flush();
    // The new record's blob and its index shard's (branch-index.ts), written here, and the shard's blob at the tip, read to add to it.
    expect(blobsHeld(workDir)).toBe(5);
    const reader = new BranchStateStore({ remoteUrl });
    onTestFinished(() => reader.close());
    expect((await reader.loadEvent("evt-7"))?.runs.map((run) => run.id)).toEqual(["run_7", "run_again"]);
    expect(await reader.loadEvent("evt-119")).toEqual(makeRecord("evt-119", ["run_119"]));
  });

  it("lists every record of the branch with one fetch of their blobs", async () => {
    const { remoteUrl } = await servedBranch({ filters: true });
    const store = new BranchStateStore({ remoteUrl });
    onTestFinished(() => store.close());

    const listed = await store.listEvents();

    expect(listed).toHaveLength(COUNT);
    expect(store.stats.fetches).toBe(2); // the tip's trees, then every record's blob at once
  });

  it("says the record could not be fetched, and never reads it as not handled yet, when the server stops answering", async () => {
    const { remoteUrl, settings } = await servedBranch({ filters: true });
    const store = new BranchStateStore({ remoteUrl });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("evt-1")).toEqual(makeRecord("evt-1", ["run_1"]));

    settings.deny = "everything";
    const error = await store.loadEvent("evt-2").catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(StateBranchError);
    expect((error as Error).message).toMatch(/cannot read .* to load the state branch "flows-state": access was denied/);
  });

  it("reads and saves as before when the server does not support filters, and then fetches nothing twice", async () => {
    const { remoteUrl, settings } = await servedBranch({ filters: false });
    const workDir = await tempDir();
    const store = new BranchStateStore({ remoteUrl, workDir });
    onTestFinished(() => store.close());

    expect(await store.loadEvent("evt-3")).toEqual(makeRecord("evt-3", ["run_3"]));
    // Every record's, the README's and the index shards' (branch-index.ts).
    const shards = new Set(Array.from({ length: COUNT }, (_, index) => indexShardPath(eventRecordPath(`evt-${index}`)))).size;
    expect(blobsHeld(workDir)).toBe(COUNT + 1 + shards);
    settings.deny = "everything"; // every blob came with the tip: no request is needed
    expect(await store.loadEvent("evt-4")).toEqual(makeRecord("evt-4", ["run_4"]));
  });
  it("reads each record on its own with a git that has no fetch --stdin (before 2.29), failing as strictly", async () => {
    const { remoteUrl, settings } = await servedBranch({ filters: true });
    const bin = join(await tempDir(), "bin");
    await mkdir(bin);
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const wrapper = `#!/bin/sh\nfor a in "$@"; do [ "$a" = --stdin ] && { echo "error: unknown option \\\`stdin'" >&2; exit 129; }; done\nexec '${real}' "$@"\n`;
    await writeFile(join(bin, "git"), wrapper);
    await chmod(join(bin, "git"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    onTestFinished(() => {
      process.env.PATH = path;
    });
    const workDir = await tempDir();
    const store = new BranchStateStore({ remoteUrl, workDir });
    onTestFinished(() => store.close());

    expect(await store.loadEvent("evt-5")).toEqual(makeRecord("evt-5", ["run_5"]));
    expect(blobsHeld(workDir)).toBe(1);
    settings.deny = "everything";
    await expect(store.loadEvent("evt-6")).rejects.toThrow(/git cat-file failed/);
  });

  // cat-file's own fetch of a blob ran without the store's credentials: with git before 2.29 no
  // record of a repository that needs a token could be read (401, "git cat-file failed").
  it("reads each record on its own with a git that has no fetch --stdin, from a remote that needs the token", async () => {
    const token = "ghs_TokenForTheBlobFetch0123456789abcd";
    const { remoteUrl, settings } = await servedBranch({ filters: true });
    const bin = join(await tempDir(), "bin");
    await mkdir(bin);
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const wrapper = `#!/bin/sh\nfor a in "$@"; do [ "$a" = --stdin ] && { echo "error: unknown option \\\`stdin'" >&2; exit 129; }; done\nexec '${real}' "$@"\n`;
    await writeFile(join(bin, "git"), wrapper);
    await chmod(join(bin, "git"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    onTestFinished(() => {
      process.env.PATH = path;
    });
    (settings as { authorization?: string }).authorization = `basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
    const store = new BranchStateStore({ remoteUrl, token });
    onTestFinished(() => store.close());

    expect(await store.loadEvent("evt-8")).toEqual(makeRecord("evt-8", ["run_8"]));
  });
});
