/**
 * The path's nearest existing part (itself or a parent) when that is not a folder: what an
 * ENOTDIR names for a user ("state-dir/x: state-dir is a file"), the errno alone naming nothing.
 */
export declare function fileInTheWay(path: string): string | undefined;
