// writeFileAtomically flushes what it wrote to the disk: the temporary file before it is renamed
// over the record, the folder after. A power cut after an unflushed rename can leave the name
// pointing at an empty file on ext4/XFS; no test can cut the power, so the calls are watched.
// (A file of its own: fs-safe.test.ts also runs under `bun test`, which has no module mocks.)
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** The calls the atomic write made, in order: "fsync <path>", "rename <to>". */
const calls: string[] = [];
/** Descriptors opened by the write, by number, to name what fsync flushed. */
const opened = new Map<number, string>();
/** Errors to throw from the next fsync of a folder, by code. */
let folderSyncError: string | undefined;
/** Errors to throw from the next fsync of a file, by code. */
let fileSyncError: string | undefined;
/** An error to throw from closing a file, once it is closed (as Linux's close does on NFS: EIO). */
let fileCloseError: string | undefined;

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const { statSync } = actual;
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      const fd = actual.openSync(...args);
      opened.set(fd, String(args[0]));
      return fd;
    },
    fsyncSync: (fd: number) => {
      const path = opened.get(fd) ?? `fd ${fd}`;
      calls.push(`fsync ${path}`);
      const failure = statSync(path).isDirectory() ? folderSyncError : fileSyncError;
      if (failure) throw Object.assign(new Error(`${failure}: i/o error, fsync`), { code: failure, syscall: "fsync" });
      actual.fsyncSync(fd);
    },
    closeSync: (fd: number) => {
      const path = opened.get(fd) ?? "";
      actual.closeSync(fd);
      if (fileCloseError && path.endsWith(".tmp")) throw Object.assign(new Error(`${fileCloseError}: i/o error, close`), { code: fileCloseError, syscall: "close" });
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename ${to}`);
      actual.renameSync(from, to);
    },
  };
});

const { writeFileAtomically } = await import("../src/fs-safe.js");
const { FileStateStore } = await import("../src/state/file-store.js");
const { eventRecordPath } = await import("../src/state/layout.js");
const { makeRecord } = await import("./state/helpers.js");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-fs-durable-"));
  calls.length = 0;
  opened.clear();
  folderSyncError = undefined;
  fileSyncError = undefined;
  fileCloseError = undefined;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomically on disk", () => {
  it("flushes the temporary file before renaming it over the record, and the folder after", () => {
    const file = join(dir, "record.json");
    writeFileAtomically(file, ["{", '"a": 1', "}"]);
    expect(calls).toEqual([expect.stringMatching(/^fsync .*record\.json\.\d+-[0-9a-f]+\.tmp$/), `rename ${file}`, `fsync ${dir}`]);
  });

  it("still writes where the folder cannot be flushed (EINVAL, EPERM), and fails on another error", async () => {
    const file = join(dir, "record.json");
    for (const code of ["EINVAL", "EPERM"]) {
      folderSyncError = code;
      writeFileAtomically(file, code);
      expect(await readFile(file, "utf8")).toBe(code);
    }
    folderSyncError = "EIO";
    expect(() => writeFileAtomically(file, "x")).toThrow(/EIO/);
  });

  it("makes a file store save the disk could not flush a StateFolderError saying so, and leaves the record as it was", async () => {
    const store = new FileStateStore({ dir });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    const before = await readFile(file, "utf8");

    fileSyncError = "EIO";
    const failure = await store.saveEvent(makeRecord("evt-1", ["run_b"])).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "StateFolderError", code: "EIO" });
    expect((failure as Error).message).toContain(`cannot save records to the state folder ${dir}: the disk answered an input/output error for ${file}.`);
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it("throws the error of a close that failed (EIO, on NFS), removes the temporary file and leaves the record as it was", async () => {
    const file = join(dir, "record.json");
    writeFileAtomically(file, "old");
    fileCloseError = "EIO";
    expect(() => writeFileAtomically(file, "new")).toThrow(/^EIO: i\/o error, close$/);
    expect(await readdir(dir)).toEqual(["record.json"]);
    expect(await readFile(file, "utf8")).toBe("old");
  });
});
