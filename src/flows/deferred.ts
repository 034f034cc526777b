// Discovery for one event need not parse every flow.toml: a package whose triggers cannot
// match the event is read as text, its name and trigger types picked out by a line scan, and
// parsed only when an event of one of those types arrives (a chained `next` event, say).
// The scan only answers when the text is plain enough to be sure; otherwise the package is
// parsed at once, so a deferred package is never one that could have matched.
import { typeMatches } from "./match.js";
import { githubTypeProblem } from "./trigger-type.js";

export type DeferredFlow = {
  manifestPath: string;
  text: string;
  /** Position in discovery order (roots in order, folders sorted). */
  order: number;
  name: string;
  /** Every `type = "..."` value in the manifest (trigger types, and any other `type` key). */
  types: string[];
};

const TABLE_HEADER = /^\s*\[/;
const NAME_LINE = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
const TYPE_KEY = /^\s*type\s*=/;
const TYPE_LINE = /^\s*type\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
// Forms the line scan does not follow: a quoted `type` key, or a key inside an inline table.
const UNFOLLOWED_TYPE = /["']type["']\s*=|[{,]\s*type\s*=/;

/** The package's name and `type` values, or undefined when the text needs a real parse. */
export function scanManifest(text: string): { name: string; types: string[] } | undefined {
  if (UNFOLLOWED_TYPE.test(text) || text.includes('"""') || text.includes("'''")) return undefined;
  const lines = text.split(/\r?\n/);
  const names: string[] = [];
  const types: string[] = [];
  let topLevel = true;
  for (const line of lines) {
    if (TABLE_HEADER.test(line)) topLevel = false;
    const name = topLevel ? NAME_LINE.exec(line) : null;
    if (name) names.push(name[1] as string);
    if (TYPE_KEY.test(line)) {
      const type = TYPE_LINE.exec(line);
      if (!type) return undefined;
      types.push(type[1] as string);
    }
  }
  return names.length === 1 ? { name: names[0] as string, types } : undefined;
}

export function couldMatch(deferred: Pick<DeferredFlow, "types">, eventType: string): boolean {
  return deferred.types.some((type) => typeMatches(type, eventType));
}

/**
 * Whether loading the package warns about one of its types (manifest-steps.ts): spaces around
 * it, or written for a GitHub event that none has (`pul_request.opened`). Such a type matches
 * nothing GitHub sends, so its package would be deferred on every event and the warning seen
 * only by `flows validate`: it is parsed with every event instead, as in a smaller repository.
 */
export function hasDoubtfulType(deferred: Pick<DeferredFlow, "types">): boolean {
  return deferred.types.some(isDoubtful);
}

/** Each type's answer, for as many types as a large repository has: most packages share a few. */
const doubtfulTypes = new Map<string, boolean>();

function isDoubtful(type: string): boolean {
  let doubtful = doubtfulTypes.get(type);
  if (doubtful === undefined) {
    doubtful = type.trim() !== type || githubTypeProblem(type, "type") !== undefined;
    if (doubtfulTypes.size < 1000) doubtfulTypes.set(type, doubtful);
  }
  return doubtful;
}
