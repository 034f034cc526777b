// writeFileAtomically flushes what it wrote to the disk: the temporary file before it is renamed
// over the record, the folder after. A power cut after an unflushed rename can leave the name
// pointing at an empty file on ext4/XFS; no test can cut the power, so the calls are watched.
// (A file of its own: fs-safe.test.ts also runs under `bun test`, which has no module mocks.)
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** The calls the atomic write made, in order: "fsync <path>", "rename <to>". */
const calls: string[] = [];
/** Descriptors opened by the write, by number, to name what fsync flushed. */
const opened = new Map<number, string>();
/** Errors to throw from the next fsync of a folder, by code. */
let folderSyncError: string | undefined;

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
      if (folderSyncError && statSync(path).isDirectory()) {
        throw Object.assign(new Error(`${folderSyncError}: fsync`), { code: folderSyncError });
      }
      actual.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename ${to}`);
      actual.renameSync(from, to);
    },
  };
});

const { writeFileAtomically } = await import("../src/fs-safe.js");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-fs-durable-"));
  calls.length = 0;
  opened.clear();
  folderSyncError = undefined;
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
});
