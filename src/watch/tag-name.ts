// Whether a release's tag is one git can hold (https://git-scm.com/docs/git-check-ref-format, as
// `refs/tags/<tag>`). GitHub makes no other, so a listing with such a tag is not GitHub's own
// (a proxy, a broken mirror, a hostile server): its release is refused, not handed to flows that
// pass the tag to git or a shell. A lone surrogate is refused too: no UTF-8 ref name holds one.

/** Why `tag` cannot be a git tag, or undefined when it can. */
export function tagNameProblem(tag: string): string | undefined {
  if (tag === "") return "empty";
  if (/[\u0000-\u001f\u007f]/.test(tag)) return "a control character";
  if (/\p{Cs}/u.test(tag)) return "a lone surrogate";
  if (tag.includes("..")) return '".."';
  if (/[ ~^:?*[\\]/.test(tag)) return "a space or one of ~ ^ : ? * [ \\";
  if (tag.includes("@{")) return '"@{"';
  const parts = tag.split("/");
  if (parts.some((part) => part === "" || part.startsWith(".") || part.endsWith(".lock")) || tag.endsWith(".")) {
    return 'an empty part, a part starting with "." or ending with ".lock", or a "." at the end';
  }
  return undefined;
}
