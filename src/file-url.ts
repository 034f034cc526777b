import { createRequire } from "node:module";

// File paths ⇄ file: URLs without loading node:url on Bun. There node:url is a JavaScript
// builtin compiled at its first import (about 1.5 ms of every `flows` command on a 2-core
// runner), while Bun has both conversions built in, with the same results (the same encoding of
// `%`, `#`, `?`, spaces and non-ASCII; the same errors for a host or an encoded `/`). On Node,
// node:url is loaded on first use.
type Conversions = { pathToFileURL(path: string): URL; fileURLToPath(url: string | URL): string };

const builtIn = (globalThis as { Bun?: Conversions }).Bun;
const requireBuiltin = createRequire(import.meta.url);
let nodeUrl: Conversions | undefined;

function conversions(): Conversions {
  if (builtIn) return builtIn;
  nodeUrl ??= requireBuiltin("node:url") as Conversions;
  return nodeUrl;
}

/** The file: URL of a path (absolute, or resolved against the working folder). */
export function pathToFileURL(path: string): URL {
  return conversions().pathToFileURL(path);
}

/** The path of a file: URL; throws as node:url does for another host or an encoded separator. */
export function fileURLToPath(url: string | URL): string {
  return conversions().fileURLToPath(url);
}
