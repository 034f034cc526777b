// Forms a secret takes when a step's tools quote it for a shell, escape it for HTML or XML, or
// percent-encode it as Python does: none holds the secret as it is, nor in the JSON, percent,
// hex or base64 forms the redactor registers besides (src/redact.ts). A secret with nothing such
// a tool changes has none of these forms.

/** Characters bash's `printf %q` writes with a backslash before them, anywhere in a word. */
const BASH_SPECIAL = /[ !"$&'()*,;<>?[\\\]^`{|}]/g;
/** Control characters: `printf %q` writes a word holding one as `$'…'`, which is left out here. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A secret quoted for a POSIX shell, as three kinds of tool write it: in single quotes with each
 * `'` as `'\''` (git, the `shell-escape` and `shellwords` libraries, flows' own shellWord), in
 * single quotes with each `'` as `'"'"'` (Python's shlex.quote), and with a backslash before each
 * character the shell reads (bash's `printf %q`, `${var@Q}` aside). The quotes around the first
 * two are left out: what is between them is the secret where it holds no `'`, which is
 * registered already.
 */
export function shellQuotedForms(secret: string): string[] {
  const forms: string[] = [];
  if (secret.includes("'")) forms.push(secret.replaceAll("'", `'\\''`), secret.replaceAll("'", `'"'"'`));
  if (!CONTROL.test(secret)) {
    let bash = secret.replace(BASH_SPECIAL, "\\$&");
    // At a word's start `#` and `~` are special too.
    if (bash.startsWith("#") || bash.startsWith("~")) bash = `\\${bash}`;
    forms.push(bash);
  }
  return forms.filter((form) => form !== secret);
}

/**
 * A secret escaped for HTML or XML: in text (`&amp;`, `&lt;`, `&gt;` only: XML writers, Python's
 * ElementTree), and in attributes as the common escapers write quotes: `&quot;` and `&#39;`
 * (escape-html, lodash, Rails), `&quot;` and `&#x27;` (Python's html.escape, React), `&#34;` and
 * `&#39;` (Go's html/template and html.EscapeString, Jinja's MarkupSafe).
 */
export function htmlEscapedForms(secret: string): string[] {
  if (!/[&<>"']/.test(secret)) return [];
  const text = secret.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const forms = [text];
  for (const [quot, apos] of [
    ["&quot;", "&#39;"],
    ["&quot;", "&#x27;"],
    ["&#34;", "&#39;"],
  ] as const) {
    forms.push(text.replaceAll('"', quot).replaceAll("'", apos));
  }
  return [...new Set(forms)].filter((form) => form !== secret);
}

/**
 * A secret percent-encoded as Python's urllib.parse.quote writes it by default: as RFC 3986
 * strictly (`strict`, registered already), but with `/` left as it is (its `safe="/"`).
 */
export function pathQuotedForm(strict: string): string | undefined {
  const form = strict.replace(/%2F/g, "/");
  return form === strict ? undefined : form;
}
