import { spawn, spawnSync } from "node:child_process";
import { closeSync, ftruncateSync, openSync } from "node:fs";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { captured } from "../helpers/cli-process.js";
import { BUN, CHILDREN, type ChildResult, makeRecord, tempDir } from "./helpers.js";

// Record files are input from outside like any other: a tampered one costs its own event, with a
// message naming the file, within bounded time and memory, never the process.

/** Run children/load-event.ts on `dir`, killed after 20 s (a hang shows as a timeout, not a stuck worker). */
function loadInChild(dir: string, eventId: string): Promise<ChildResult & { timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BUN, [join(CHILDREN, "load-event.ts"), dir, eventId], { stdio: ["ignore", "pipe", "pipe"] });
    const seen = captured(child);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout: seen.out, stderr: seen.err, timedOut });
    });
  });
}

async function recordFile(dir: string, eventId: string): Promise<string> {
  const file = join(dir, ...eventRecordPath(eventId).split("/"));
  await mkdir(dirname(file), { recursive: true });
  return file;
}

describe("FileStateStore and tampered record files", () => {
  const cases: Array<[string, (file: string) => Promise<void>, RegExp]> = [
    ["a symbolic link to /dev/zero", (file) => symlink("/dev/zero", file), /is a symbolic link, not a plain file/],
    [
      "a FIFO",
      async (file) => {
        expect(spawnSync("mkfifo", [file]).status).toBe(0);
      },
      /is a FIFO \(named pipe\), not a plain file/,
    ],
    [
      "a 600 MB sparse file",
      async (file) => {
        const fd = openSync(file, "w");
        ftruncateSync(fd, 600 * 1024 * 1024);
        closeSync(fd);
      },
      /is larger than 128 MiB \(629145600 bytes\)/,
    ],
    [
      // Not a newer writer's (versions are whole numbers): refused as one, the event never ran again.
      "a record whose format version is 1.5",
      (file) => writeFile(file, serializeEventRecord({ ...makeRecord("evt-bad", ["run_old"]), formatVersion: 1.5 })),
      /formatVersion must be a whole number \(got number 1\.5\)/,
    ],
  ];

  for (const [name, make, reason] of cases) {
    it(`${name} is a store problem naming the file; the event counts as not handled and its next save works`, async () => {
      const dir = await tempDir();
      const file = await recordFile(dir, "evt-bad");
      await make(file);
      await new FileStateStore({ dir }).saveEvent(makeRecord("evt-good", ["run_a"]));

      const result = await loadInChild(dir, "evt-bad");

      expect(result.timedOut).toBe(false);
      expect(result, result.stderr).toMatchObject({ code: 0 });
      const out = JSON.parse(result.stdout);
      expect(out.listed).toBe(1);
      expect(out.listingProblems).toEqual([{ path: file, message: expect.stringMatching(reason) }]);
      expect(out.loaded).toBe(false);
      expect(out.problems).toEqual([
        { path: file, message: expect.stringMatching(new RegExp(`${reason.source}; moved aside to .*\\.corrupt-.*, and the event counts as not handled yet`)) },
      ]);
      expect(out.runsAfter).toEqual(["run_after"]);
      expect((await readdir(dirname(file))).filter((entry) => entry.includes(".corrupt-"))).toHaveLength(1);
    });
  }
});

describe("FileStateStore and the record size budget", () => {
  it("refuses to read a record over the budget, and does not write one it could not read back", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir, maxRecordBytes: 20_000 });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    const before = await readFile(file, "utf8");

    const big = makeRecord("evt-2", ["run_b"]);
    big.event.payload = { text: "x".repeat(30_000) };
    const saving = store.saveEvent(big);
    await expect(saving).rejects.toThrow(
      /^cannot save records to the state folder .*: the record .*\.json would be \d+ bytes, over the 20000 bytes a stored record may have\.$/,
    );
    await expect(saving).rejects.toMatchObject({ name: "StateFolderError", hint: expect.stringContaining("smaller payload") });
    expect(await readdir(dirname(join(dir, ...eventRecordPath("evt-2").split("/"))))).toEqual([]);

    await writeFile(file, `${before}${" ".repeat(30_000)}`);
    const listing = new FileStateStore({ dir, maxRecordBytes: 20_000 });
    expect(await listing.listEvents()).toEqual([]);
    expect(listing.problems).toEqual([{ path: file, message: expect.stringMatching(/^is larger than 20000 bytes \(\d+ bytes\)$/) }]);
    const loading = new FileStateStore({ dir, maxRecordBytes: 20_000 });
    expect(await loading.loadEvent("evt-1")).toBeUndefined();
    expect(loading.problems[0]?.message).toMatch(/^is larger than 20000 bytes \(\d+ bytes\); moved aside to /);
  });
});

describe("FileStateStore and symbolic links inside the state folder", () => {
  // A checkout's .codex/flow-client holds whatever the repository committed, links included.
  async function linkedShard(): Promise<{ dir: string; outside: string; shard: string }> {
    const dir = await tempDir();
    const outside = await tempDir("flows-outside-");
    const shard = join(dir, ...eventRecordPath("evt-1").split("/").slice(0, 2));
    await mkdir(dirname(shard), { recursive: true });
    await symlink(outside, shard);
    return { dir, outside, shard };
  }

  it("never writes, reads or moves a record through a shard folder that is a link: the event fails naming the link, other events work", async () => {
    const { dir, outside, shard } = await linkedShard();
    // A record where the link points: read through the link, it would count as stored.
    await writeFile(join(outside, eventRecordPath("evt-1").split("/")[2]!), serializeEventRecord(makeRecord("evt-1", ["run_planted"])));
    const store = new FileStateStore({ dir });

    const saving = store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await expect(saving).rejects.toMatchObject({
      name: "StateFolderError",
      message: `cannot save records to the state folder ${dir}: ${shard} is a symbolic link; records are kept only in real folders inside the state folder, so it is not followed.`,
      hint: expect.stringMatching(/^Replace that link with a folder/),
    });
    await expect(store.loadEvent("evt-1")).rejects.toThrow(/^cannot read records from the state folder .*: .* is a symbolic link/);
    expect(await readdir(outside)).toEqual([eventRecordPath("evt-1").split("/")[2]]);

    // Another shard: saved and listed; the linked one is reported, its record not read.
    const other = ["evt-2", "evt-3", "evt-4"].find((id) => eventRecordPath(id).split("/")[1] !== eventRecordPath("evt-1").split("/")[1])!;
    await store.saveEvent(makeRecord(other, ["run_b"]));
    expect((await store.listEvents()).map((record) => record.event.id)).toEqual([other]);
    expect(store.problems).toEqual([{ path: shard, message: expect.stringMatching(/^is a symbolic link; .* its records were not read$/) }]);
  });

  it("never follows an events folder that is a link", async () => {
    const dir = await tempDir();
    const outside = await tempDir("flows-outside-");
    await symlink(outside, join(dir, "events"));
    const store = new FileStateStore({ dir });
    await expect(store.saveEvent(makeRecord("evt-1", ["run_a"]))).rejects.toThrow(/events is a symbolic link/);
    await expect(store.listEvents()).rejects.toThrow(/^cannot read records from the state folder .*events is a symbolic link/);
    expect(await readdir(outside)).toEqual([]);
  });

  it("follows a state folder that is itself a link (the user chose it)", async () => {
    const real = await tempDir();
    const dir = join(await tempDir(), "state");
    await symlink(real, dir);
    await new FileStateStore({ dir }).saveEvent(makeRecord("evt-1", ["run_a"]));
    expect((await new FileStateStore({ dir: real }).loadEvent("evt-1"))?.runs.map((run) => run.id)).toEqual(["run_a"]);
  });
});
