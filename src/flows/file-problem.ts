import { diskProblem } from "../disk-problems.js";
import { fileInTheWay } from "../file-in-the-way.js";

// What a file system's refusal means for a path the user gave (an event file, --repo, a flow
// root), in words with what to change: an errno alone ("cannot be read (ELOOP)") names nothing a
// user can act on.

/** Why a path could not be read (a clause that follows the path) and what to change (a sentence). */
export type FileProblem = { problem: string; hint: string };

/** What the errno `code` means for `path`, which should be a `kind`. */
export function fileProblem(path: string, code: string | undefined, kind: "file" | "folder"): FileProblem {
  switch (code) {
    case "ENOENT":
      return { problem: "does not exist", hint: "Check the path." };
    case "ENOTDIR": {
      const file = fileInTheWay(path);
      return file === undefined || file === path
        ? { problem: "is a file, not a folder", hint: kind === "folder" ? "Give a folder." : "Check the path." }
        : { problem: `cannot be reached: ${file} is a file, not a folder`, hint: "Check the path." };
    }
    case "EISDIR":
      return { problem: "is a folder", hint: `Give the path of a ${kind}.` };
    case "ELOOP":
      return { problem: "is a symbolic link that leads back to itself (a loop of links)", hint: `Point the link at a real ${kind}, or give another path.` };
    case "EACCES":
    case "EPERM":
      return { problem: `cannot be read: ${diskProblem(code)}`, hint: `Let this user read the ${kind}, or give another path.` };
    case "ENAMETOOLONG":
      return { problem: "is too long a path for the file system", hint: "Give a shorter one." };
    case "EIO":
      return { problem: `cannot be read: ${diskProblem(code)}`, hint: "Check the disk, or give another path." };
    default:
      return { problem: `cannot be read (${code ?? "unknown error"})`, hint: `Check that it is a readable ${kind}.` };
  }
}
