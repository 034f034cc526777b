/**
 * Why the disk refused a file or folder this process writes, for a person: the machine's to fix
 * (space, quota, permissions), so said without a stack. One table for `flows new` and the step
 * wrapper; a caller adds the codes that mean something of its own (a temp folder that is gone).
 */
export declare const DISK_WRITE_PROBLEMS: Readonly<Record<string, string>>;
