/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`, and beyond the older rule `export { default } from`) or a `defineBunFlow(` call.
 * The words are matched as whole words separated by any whitespace, and only in code: a comment
 * that says "has default value" or a string that mentions `export default` does not make a raw
 * script a module.
 */
export function isModuleStyleSource(source: string): boolean {
  // Most raw scripts hold neither word: no need to tell their code from their comments.
  if (!source.includes("default") && !source.includes("defineBunFlow")) return false;
  const code = codeOnly(source);
  return /\bexport\s+default\b/.test(code) || /\bas\s+default\b/.test(code) || /\bdefineBunFlow\s*\(/.test(code) || REEXPORTED_DEFAULT.test(code);
}

/**
 * `export { default } from "./impl.ts"`: a step whose default export lives in another file. The
 * older rule missed it (no `export default`, no `as default`), ran the step as a raw script that
 * printed nothing, and failed it for want of a FLOW_RESULT line.
 */
const REEXPORTED_DEFAULT = /\bexport\s*\{(?:[^}]*,)?\s*default\s*(?:,[^}]*)?\}/;

/**
 * The name of a function the source exports by name, when it has no default export: a module
 * written as `export async function main(context)` runs as a raw script (nothing calls `main`),
 * and its step fails for want of a FLOW_RESULT line. Only for saying so.
 */
export function namedFunctionExport(source: string): string | undefined {
  if (!source.includes("export")) return undefined;
  const code = codeOnly(source);
  const declared = /\bexport\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/.exec(code);
  const bound = /\bexport\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\b\s*)?(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>|defineFlow\s*\()/.exec(code);
  const found = [declared, bound].filter((match) => match !== null).sort((a, b) => a.index - b.index)[0];
  return found?.[1];
}

/**
 * The source with comments, string and template text, and regular expression literals replaced
 * by spaces (template `${...}` expressions are kept, they are code), as one byte per UTF-16 unit:
 * ASCII as it is, other whitespace as a space, anything else as `#` (like them, no part of a word
 * and no whitespace, so the rule's `\b` and `\s` read it the same). Line breaks are kept, so
 * nothing joins two words that were apart. Linear in time and memory: the source is a step's
 * script, any size a pull request can bring, read before the step starts (a string per character
 * took 1.6 GB for 40 MB; trimming the text before each `/` took minutes after a 1 MB comment).
 */
function codeOnly(source: string): string {
  const out = Buffer.allocUnsafe(source.length);
  // Each entry is a template literal we are inside of, holding the `{` depth of its current `${`.
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  // Just past the last code character that is not whitespace (blanked text is whitespace).
  let codeEnd = 0;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) out[k] = source.charCodeAt(k) === 0x0a ? 0x0a : 0x20;
  };
  const skipTemplateText = (from: number): number => {
    let j = from;
    while (j < source.length) {
      const c = source[j];
      if (c === "\\") j += 2;
      else if (c === "`") return j + 1;
      else if (c === "$" && source[j + 1] === "{") {
        templates.push(braces);
        braces += 1;
        return j + 2;
      } else j += 1;
    }
    return j;
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    let stop: number | undefined;
    if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      stop = end === -1 ? source.length : end;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      stop = end === -1 ? source.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== "\n") j += source[j] === "\\" ? 2 : 1;
      stop = Math.min(j + 1, source.length);
    } else if (c === "`") {
      stop = skipTemplateText(i + 1);
    } else if (c === "}" && templates.length > 0 && templates[templates.length - 1] === braces - 1) {
      // The end of a template's `${...}`: back to its text.
      braces -= 1;
      templates.pop();
      stop = skipTemplateText(i + 1);
    } else if (c === "/" && startsRegExp(source, codeEnd)) {
      stop = regExpEnd(source, i);
    }
    if (stop !== undefined) {
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === "{") braces += 1;
    else if (c === "}") braces -= 1;
    const code = source.charCodeAt(i);
    const space = code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(c));
    if (!space) codeEnd = i + 1;
    out[i] = code <= 0x7f ? code : space ? 0x20 : 0x23;
    i += 1;
  }
  return out.toString("latin1");
}

/**
 * A `/` starts a regular expression when no value comes before it (else it divides). `codeEnd`
 * is just past the last code before it; blanked text ends in a character that is no part of a
 * word (a quote, `/`, a backquote, `{` or a line break), so the source before `codeEnd` can be
 * read as it is.
 */
function startsRegExp(source: string, codeEnd: number): boolean {
  if (codeEnd === 0) return true;
  if ("(,=:[!&|?{};+-*%<>~^".includes(source[codeEnd - 1]!)) return true;
  return /\b(?:return|typeof|case|do|else|in|of|void|yield|await|throw|delete|new)$/.test(source.slice(Math.max(0, codeEnd - 16), codeEnd));
}

function regExpEnd(source: string, start: number): number {
  let j = start + 1;
  let inClass = false;
  while (j < source.length && source[j] !== "\n") {
    const c = source[j];
    if (c === "/" && !inClass) return j + 1;
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    j += c === "\\" ? 2 : 1;
  }
  return j;
}
