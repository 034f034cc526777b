/**
 * Why the file system refused a file or folder this process reads or writes, for a person: the
 * machine's to fix (space, quota, permissions), so said without a stack. The one table of these
 * words: `flows new`, the step wrapper, the file and branch stores, the CLI's own output and the
 * paths a user gives all say the same thing for the same errno. A caller adds the codes that
 * mean something of its own (a temp folder that is gone, a file in the way).
 */
const DISK_PROBLEMS: Readonly<Record<string, (path: string | undefined) => string>> = {
  ENOSPC: () => "the disk is full",
  EDQUOT: () => "the disk quota is used up",
  EFBIG: () => "the file size limit of this process is reached (ulimit -f)",
  EROFS: (path) => `${path ?? "it"} is on a read-only file system`,
  EACCES: (path) => `permission denied${forPath(path)}`,
  EPERM: (path) => `permission denied${forPath(path)} (operation not permitted)`,
  EIO: (path) => `the disk answered an input/output error${forPath(path)}`,
};

/**
 * What the errno `code` means, as a clause (`the disk is full`), naming `path` where the words
 * are about one file (`permission denied for /x/events`); undefined for a code not in the table.
 */
export function diskProblem(code: string | undefined, path?: string): string | undefined {
  return code === undefined || !Object.hasOwn(DISK_PROBLEMS, code) ? undefined : DISK_PROBLEMS[code]!(path);
}

function forPath(path: string | undefined): string {
  return path === undefined ? "" : ` for ${path}`;
}
