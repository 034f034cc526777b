// The rules git puts on a ref's name (https://git-scm.com/docs/git-check-ref-format), in one
// place: the state branch's name (src/state/branch-options.ts) and an upstream release's tag
// (src/watch/tag-name.ts) are both checked by them. A lone surrogate is refused too: no UTF-8 ref
// name holds one. Imports nothing.

/** What in `name` git would refuse in a ref's name ("a control character", `".."`...), or undefined. */
export function refNameProblem(name: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(name)) return "a control character";
  if (/\p{Cs}/u.test(name)) return "a lone surrogate";
  if (name.includes("..")) return '".."';
  if (/[ ~^:?*[\\]/.test(name)) return "spaces or any of ~ ^ : ? * [ \\";
  if (name.includes("@{")) return '"@{"';
  const parts = name.split("/");
  if (parts.some((part) => part === "" || part.startsWith(".") || part.endsWith(".lock")) || name.endsWith(".")) {
    return 'parts (between slashes) that are empty, start with "." or end with ".lock", or a "." at the end';
  }
  return undefined;
}
