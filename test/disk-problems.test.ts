import { describe, expect, it } from "vitest";
import { writeFailureText } from "../src/cli/terminal-write.js";
import { diskProblem } from "../src/disk-problems.js";
import { fileProblem } from "../src/flows/file-problem.js";
import { workDirFailed } from "../src/state/branch-errors.js";
import { stateFolderError } from "../src/state/file-errors.js";

// One table of what a disk's refusal means (src/disk-problems.ts): the CLI's output, the branch
// store's private git folder, the file store and the paths a user gives say the same words for
// the same errno. Before, four tables said ENOSPC, EFBIG and EPERM three ways.

/** An error as node:fs makes it for `syscall` on `path`. */
function errno(code: string, syscall = "open", path = "/x/state/events"): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: refused, ${syscall} '${path}'`), { code, syscall, path });
}

const CODES = ["ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EACCES", "EPERM", "EIO"];

describe("a disk's refusal in words", () => {
  it.each(CODES)("%s reads the same in the CLI's output, the branch store and the file store", (code) => {
    const words = diskProblem(code)!;
    expect(words).toBeDefined();
    // A terminal that went away answers EIO too: the CLI's output says it without blaming a disk.
    if (code !== "EIO") expect(writeFailureText(errno(code, "write"))).toBe(`${words} (${code})`);
    expect((workDirFailed("/tmp/x", "chosen by TMPDIR", errno(code, "mkdir", "/tmp/x")) as Error).message).toContain(`: ${words}. `);
    const stored = stateFolderError(errno(code, "open", "/x/state/events/a.json"), { dir: "/x/state" }, "save") as Error;
    expect(stored.message).toContain(`: ${diskProblem(code, "/x/state/events/a.json")}.`);
  });

  it("names the file where the words are about one, and reads as before without one", () => {
    expect(diskProblem("EACCES", "/x/a")).toBe("permission denied for /x/a");
    expect(diskProblem("EPERM", "/x/a")).toBe("permission denied for /x/a (operation not permitted)");
    expect(diskProblem("EROFS", "/x/a")).toBe("/x/a is on a read-only file system");
    expect(diskProblem("EROFS")).toBe("it is on a read-only file system");
    expect(diskProblem("ENOSPC", "/x/a")).toBe("the disk is full");
    expect(diskProblem("ENOENT")).toBeUndefined();
    expect(diskProblem("constructor")).toBeUndefined();
    expect(diskProblem(undefined)).toBeUndefined();
  });

  it("a path a user gives that may not be read says which refusal it was", () => {
    expect(fileProblem("/x/event.json", "EACCES", "file").problem).toBe("cannot be read: permission denied");
    expect(fileProblem("/x/event.json", "EPERM", "file").problem).toBe("cannot be read: permission denied (operation not permitted)");
    expect(fileProblem("/x/event.json", "EIO", "file").problem).toBe("cannot be read: the disk answered an input/output error");
  });
});
