/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`) or a `defineBunFlow(` call. The words are matched as whole words separated by
 * any whitespace, and only in code: a comment that says "has default value" or a string that
 * mentions `export default` does not make a raw script a module.
 */
export function isModuleStyleSource(source: string): boolean {
  const code = codeOnly(source);
  return /\bexport\s+default\b/.test(code) || /\bas\s+default\b/.test(code) || /\bdefineBunFlow\s*\(/.test(code);
}

/**
 * The source with comments, string and template text, and regular expression literals replaced
 * by spaces (template `${...}` expressions are kept, they are code). Line breaks are kept, so
 * nothing joins two words that were apart.
 */
export function codeOnly(source: string): string {
  const out: string[] = [];
  // Each entry is a template literal we are inside of, holding the `{` depth of its current `${`.
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  const blank = (from: number, to: number): void => {
    out.push(source.slice(from, to).replace(/[^\n]/g, " "));
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
    if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== "\n") j += source[j] === "\\" ? 2 : 1;
      const stop = Math.min(j + 1, source.length);
      blank(i, stop);
      i = stop;
    } else if (c === "`") {
      const stop = skipTemplateText(i + 1);
      blank(i, stop);
      i = stop;
    } else if (c === "{") {
      braces += 1;
      out.push(c);
      i += 1;
    } else if (c === "}") {
      braces -= 1;
      if (templates.length > 0 && templates[templates.length - 1] === braces) {
        // The end of a template's `${...}`: back to its text.
        templates.pop();
        const stop = skipTemplateText(i + 1);
        blank(i, stop);
        i = stop;
      } else {
        out.push(c);
        i += 1;
      }
    } else if (c === "/" && startsRegExp(out)) {
      const stop = regExpEnd(source, i);
      blank(i, stop);
      i = stop;
    } else {
      out.push(c);
      i += 1;
    }
  }
  return out.join("");
}

/** A `/` starts a regular expression when no value comes before it (else it divides). */
function startsRegExp(before: string[]): boolean {
  const text = before.slice(-16).join("").replace(/\s+$/, "");
  if (text === "") return true;
  const last = text[text.length - 1]!;
  if ("(,=:[!&|?{};+-*%<>~^".includes(last)) return true;
  return /\b(?:return|typeof|case|do|else|in|of|void|yield|await|throw|delete|new)$/.test(text);
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
