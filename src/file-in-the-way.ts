import { statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The path's nearest existing part (itself or a parent) when that is not a folder: what an
 * ENOTDIR names for a user ("state-dir/x: state-dir is a file"), the errno alone naming nothing.
 */
export function fileInTheWay(path: string): string | undefined {
  for (let at = path; ; at = dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
}
