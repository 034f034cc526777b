/**
 * Why the disk refused a file or folder this process writes, for a person: the machine's to fix
 * (space, quota, permissions), so said without a stack. One table for `flows new` and the step
 * wrapper; a caller adds the codes that mean something of its own (a temp folder that is gone).
 */
export const DISK_WRITE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file size limit of this process is reached (ulimit -f)",
  EROFS: "it is on a read-only file system",
  EACCES: "permission denied",
  EPERM: "permission denied (operation not permitted)",
  EIO: "the disk answered an input/output error",
};
