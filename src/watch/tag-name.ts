// Whether a release's tag is one git can hold (as `refs/tags/<tag>`, src/ref-name.ts) and GitHub
// makes: GitHub makes no other, so a listing with such a tag is not GitHub's own (a proxy, a
// broken mirror, a hostile server): its release is refused, not handed to flows that pass the tag
// to git or a shell, and it is remembered and told by a short form of its tag.
import { refNameProblem } from "../ref-name.js";
import { clipText } from "../text-cut.js";

/**
 * The longest tag GitHub has, in UTF-8 bytes: it refuses a ref longer than 255 bytes ("GH005:
 * Sorry, refs longer than 255 bytes are not allowed"), `refs/tags/` included.
 */
export const TAG_MAX_BYTES = 255 - "refs/tags/".length;

/** Why `tag` cannot be a git tag on GitHub, or undefined when it can. */
export function tagNameProblem(tag: string): string | undefined {
  if (tag === "") return "empty";
  // Only a tag that may be too long is measured (4 bytes at most per UTF-16 unit).
  const bytes = tag.length * 3 > TAG_MAX_BYTES ? Buffer.byteLength(tag, "utf8") : 0;
  if (bytes > TAG_MAX_BYTES) return `${bytes} bytes, over the ${TAG_MAX_BYTES} a tag has within GitHub's 255-byte limit on refs`;
  return refNameProblem(tag);
}

/** Characters of a refused tag kept to remember and tell it by. */
const SHORT_TAG_CHARS = 100;

/**
 * The tag as the cursor remembers it and notes name it: itself, or the start of one of more than
 * TAG_MAX_BYTES characters (longer than any tag GitHub makes: refused, never dispatched), so a
 * listing of such tags cannot grow the cursor or a note by megabytes.
 */
export function shortTag(tag: string): string {
  return tag.length <= TAG_MAX_BYTES ? tag : clipText(tag, SHORT_TAG_CHARS);
}
