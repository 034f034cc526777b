// Whether a release's tag is one git can hold (as `refs/tags/<tag>`, src/ref-name.ts). GitHub
// makes no other, so a listing with such a tag is not GitHub's own (a proxy, a broken mirror, a
// hostile server): its release is refused, not handed to flows that pass the tag to git or a shell.
import { refNameProblem } from "../ref-name.js";

/** Why `tag` cannot be a git tag, or undefined when it can. */
export function tagNameProblem(tag: string): string | undefined {
  return tag === "" ? "empty" : refNameProblem(tag);
}
