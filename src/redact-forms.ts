// Forms a secret takes when a step's tools quote it for a shell, escape it for HTML or XML,
// print it as a string literal (Python's repr, Ruby's inspect, Go's %+q) or percent-encode it as
// Python does: none holds the secret as it is, nor in the JSON, percent, hex or base64 forms the
// redactor registers besides (src/redact.ts). A secret with nothing such a tool changes has none
// of these forms, and a form equal to one registered already is dropped there: a token of letters
// and digits gets nothing from this file.

import { logOutputLine, logText } from "./log-text.js";
import { terminalText } from "./terminal-text.js";

/** Characters bash's `printf %q` writes with a backslash before them, anywhere in a word. */
const BASH_SPECIAL = /[ !"$&'()*,;<>?[\\\]^`{|}]/g;
/** Control characters: `printf %q` writes a word holding one as `$'…'` (ansiCQuotedForms). */
const CONTROL = /[\u0000-\u001f\u007f]/;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * A secret quoted for a POSIX shell, as the kinds of tool write it: in single quotes with each
 * `'` as `'\''` (git, the `shell-escape` and `shellwords` libraries, flows' own shellWord), in
 * single quotes with each `'` as `'"'"'` (Python's shlex.quote), with a backslash before each
 * character the shell reads (bash's `printf %q`, `${var@Q}` aside), as npm's shell-quote writes
 * it (shellQuoteForms), and as bash's `$'…'` (ansiCQuotedForms). The quotes around each are left
 * out: what is between them is the secret where it holds no `'`, which is registered already.
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
  forms.push(...shellQuoteForms(secret), ...ansiCQuotedForms(secret));
  return forms.filter((form) => form !== secret);
}

/** Characters shell-quote puts a backslash before in a bare word: up to 1.8.4, and from 1.9.0 also `~`. */
const SHELL_QUOTE_BARE = /([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}])/g;
const SHELL_QUOTE_BARE_TILDE = /([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g;

/**
 * A secret as npm's shell-quote (quote()) writes it, up to 1.9.0: in single quotes when it holds
 * `"` or a space (1.8.3 on: or `\`) and no `'`, up to 1.8.2 with each `\` doubled there; in
 * double quotes when it holds `'` (or `"` or a space), with a backslash before `"`, `\`, `$`,
 * backtick and `!`; else with a backslash before each special character, also `:`, `@` and `=`
 * that bash's `printf %q` leaves, and from 1.9.0 `~` (an Azure client secret holds one). The
 * quotes are left out. https://github.com/ljharb/shell-quote/blob/v1.9.0/quote.js
 */
function shellQuoteForms(secret: string): string[] {
  if (/["\s]/.test(secret) && !secret.includes("'")) return [secret.replace(/\\/g, "\\\\")];
  if (/["'\s]/.test(secret)) return [secret.replace(/["\\$`!]/g, "\\$&")];
  const bare = secret.replace(SHELL_QUOTE_BARE, "$1\\$2");
  // A `\` and no `'`: from 1.8.3 in single quotes, as it is.
  if (secret.includes("\\")) return [bare];
  return [bare, secret.replace(SHELL_QUOTE_BARE_TILDE, "$1\\$2")];
}

/** What bash's `$'…'` writes as a letter after a backslash (ansic_quote in lib/sh/strtrans.c). */
const ANSI_C_LETTERS: Record<string, string> = { "\x07": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v", "\x1b": "E" };

/**
 * A secret as bash's `printf %q` (and `${var@Q}` in places) writes it when it holds a character
 * that is not printable: `$'…'`, with `\n`, `\t`, `\E` …, `\'` and `\\`, the rest in octal
 * (`\177`). In a UTF-8 locale a non-ASCII character is kept; in the C locale each of its bytes is
 * octal too (`é` → `\303\251`), and there a non-ASCII character alone is reason for `$'…'`.
 * The `$'` and `'` around it are left out. A multi-line secret's lines are registered one by
 * one as well (src/redact.ts), but a line holding `'` or `\` was not seen in such a text.
 */
function ansiCQuotedForms(secret: string): string[] {
  if (!CONTROL.test(secret) && !NON_ASCII.test(secret)) return [];
  const octal = (byte: number): string => `\\${byte.toString(8).padStart(3, "0")}`;
  const quote = (char: string): string => {
    if (char === "'" || char === "\\") return `\\${char}`;
    const letter = ANSI_C_LETTERS[char];
    if (letter !== undefined) return `\\${letter}`;
    return CONTROL.test(char) ? octal(char.charCodeAt(0)) : char;
  };
  const utf8 = [...secret].map(quote).join("");
  const cLocale = [...secret].map((char) => (NON_ASCII.test(char) ? [...Buffer.from(char, "utf8")].map(octal).join("") : quote(char))).join("");
  return CONTROL.test(secret) ? [utf8, cLocale] : [cLocale];
}

/**
 * A secret escaped for HTML or XML: in text (`&amp;`, `&lt;`, `&gt;` only: XML writers, Python's
 * ElementTree), and in attributes as the common escapers write quotes: `&quot;` and `&#39;`
 * (escape-html, lodash, Rails), `&quot;` and `&#x27;` (Python's html.escape, React), `&#34;` and
 * `&#39;` (Go's html/template and html.EscapeString, Jinja's MarkupSafe), `&quot;` and XML's own
 * `&apos;` (.NET's SecurityElement.Escape, xml.sax.saxutils.escape with both entities), and
 * `&quot;` with `'` kept (ElementTree's and libxml2's attributes, Python's quoteattr).
 */
export function htmlEscapedForms(secret: string): string[] {
  if (!/[&<>"']/.test(secret)) return [];
  const text = secret.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const forms = [text];
  for (const [quot, apos] of [
    ["&quot;", "&#39;"],
    ["&quot;", "&#x27;"],
    ["&#34;", "&#39;"],
    ["&quot;", "&apos;"],
    ["&quot;", "'"],
  ] as const) {
    forms.push(text.replaceAll('"', quot).replaceAll("'", apos));
  }
  return [...new Set(forms)].filter((form) => form !== secret);
}

/**
 * A secret percent-encoded as Python's urllib.parse.quote writes it by default: as RFC 3986
 * strictly (`strict`, registered already), but with `/` left as it is (its `safe="/"`); given
 * the form-body encoding (`+` for a space), as quote_plus(secret, safe="/") writes it.
 */
export function pathQuotedForm(strict: string): string | undefined {
  const form = strict.replace(/%2F/g, "/");
  return form === strict ? undefined : form;
}

/** Characters Python's str.isprintable() refuses besides the space: categories C*, Zl, Zp, Zs. */
const PYTHON_UNPRINTABLE = /(?! )[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;
const ASTRAL = /[\u{10000}-\u{10ffff}]/u;

/**
 * A secret printed as a string literal where JSON's escaping (registered already) is not what
 * the language writes: Python's repr() of the str (`'it\'s "b"'` once it holds both quotes,
 * `\x1b` for a control character) and of its UTF-8 bytes (`b'p\xc3\xa4ss'`), Python's text
 * with non-ASCII escaped (pythonAsciiForms), Ruby's inspect (`\#{` for `#{`, `#$`, `#@`, `\e`
 * for ESC: rubyInspected), Go's strconv.Quote and QuoteToASCII (`%q`, `%+q`: `\x01`, `\v`,
 * `\U0001f600` past the BMP: goQuoted). The quotes (and `b`) around them are left out; where
 * Ruby's inspect and Go's quoting write what JSON does, they are not asked.
 * https://docs.python.org/3/library/functions.html#repr
 */
export function inspectedForms(secret: string): string[] {
  const forms = [pythonRepr(secret), pythonBytesRepr(Buffer.from(secret, "utf8")), ...pythonAsciiForms(secret)];
  const ruby = rubyInspected(secret);
  if (ruby !== undefined) forms.push(ruby);
  // Where Go writes what JSON does (no control character, nothing past the BMP), not asked.
  if (CONTROL.test(secret) || ASTRAL.test(secret)) forms.push(goQuoted(secret, false), goQuoted(secret, true));
  return forms.filter((form) => form !== secret);
}

/**
 * A secret with non-ASCII characters as Python writes it where only ASCII goes: ascii() (repr()
 * with every non-ASCII character escaped: `\xe9`, `\u20ac`, `\U0001f600`), which is also what
 * repr() shows on a stream of the `backslashreplace` error handler (standard error in the C
 * locale, `PYTHONIOENCODING=ascii:backslashreplace`), and the text itself printed on such a
 * stream. With `-X utf8=0` in the C locale, Python reads its arguments and environment as ASCII
 * with `surrogateescape`: each byte of a non-ASCII character becomes a lone surrogate, which
 * repr(), ascii() and that stream write as `\udcc3\udca9` (for `é`).
 * https://docs.python.org/3/library/functions.html#ascii
 * https://docs.python.org/3/library/codecs.html#error-handlers
 */
function pythonAsciiForms(secret: string): string[] {
  if (!NON_ASCII.test(secret)) return [];
  const bytes = Buffer.from(secret, "utf8");
  let escaped = "";
  for (const byte of bytes) escaped += byte < 0x80 ? String.fromCharCode(byte) : String.fromCharCode(0xdc00 + byte);
  return [pythonRepr(secret, true), backslashReplaced(secret), pythonRepr(escaped, true), backslashReplaced(escaped)];
}

/**
 * The control characters Ruby's String#inspect writes as a letter after a backslash, as its
 * source (string.c, rb_str_inspect) states them; nothing else is taken from it: how it writes
 * the other control characters (octal in 1.8, `\u0001` since) and non-printable non-ASCII
 * characters changed between versions, and there is no Ruby here to check. A secret holding one
 * of those gets no Ruby form. https://ruby-doc.org/core/String.html#method-i-inspect
 */
const RUBY_LETTERS: Record<string, string> = { "\n": "n", "\r": "r", "\t": "t", "\f": "f", "\v": "v", "\b": "b", "\x07": "a", "\x1b": "e" };

/** Ruby's inspect of a UTF-8 string: `"` and `\\` and a `#` before `{`, `$` or `@` backslashed, the control characters of RUBY_LETTERS as letters. */
function rubyInspected(secret: string): string | undefined {
  if (!CONTROL.test(secret) && !/#[{$@]/.test(secret)) return undefined;
  let form = "";
  for (const char of secret) {
    if (char === '"' || char === "\\") form += `\\${char}`;
    else if (RUBY_LETTERS[char] !== undefined) form += `\\${RUBY_LETTERS[char]}`;
    else if (CONTROL.test(char) || (NON_ASCII.test(char) && PYTHON_UNPRINTABLE.test(char))) return undefined;
    else form += char;
  }
  return form.replace(/#(?=[{$@])/g, "\\#");
}

/**
 * Go's strconv.Quote (`%q`), or with `ascii` QuoteToASCII (`%+q`): `"` and `\\` backslashed,
 * `\a \b \f \n \r \t \v`, any other control character (and DEL) as `\x` and two lower-case hex
 * digits, a character that is not printable (strconv.IsPrint: not a letter, mark, number,
 * punctuation or symbol, nor the ASCII space), and with `ascii` every non-ASCII one, as `\u` and
 * four digits or `\U` and eight. Taken from the package's documentation and its source
 * (quote.go, appendEscapedRune); there is no Go here to run. https://pkg.go.dev/strconv#Quote
 */
function goQuoted(secret: string, ascii: boolean): string {
  let form = "";
  for (const char of secret) {
    const point = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") form += `\\${char}`;
    else if (GO_LETTERS[char] !== undefined) form += `\\${GO_LETTERS[char]}`;
    else if (point < 0x20 || point === 0x7f) form += `\\x${point.toString(16).padStart(2, "0")}`;
    else if (point < 0x80 || (!ascii && !PYTHON_UNPRINTABLE.test(char))) form += char;
    else if (point <= 0xffff) form += `\\u${point.toString(16).padStart(4, "0")}`;
    else form += `\\U${point.toString(16).padStart(8, "0")}`;
  }
  return form;
}

const GO_LETTERS: Record<string, string> = { "\x07": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v" };

/** Every non-ASCII character as Python's `backslashreplace` writes it. */
function backslashReplaced(text: string): string {
  let form = "";
  for (const char of text) form += (char.codePointAt(0) ?? 0) < 0x80 ? char : pythonEscape(char.codePointAt(0) ?? 0);
  return form;
}

function pythonEscape(point: number): string {
  if (point <= 0xff) return `\\x${point.toString(16).padStart(2, "0")}`;
  if (point <= 0xffff) return `\\u${point.toString(16).padStart(4, "0")}`;
  return `\\U${point.toString(16).padStart(8, "0")}`;
}

const PYTHON_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** The quote repr() picks: `'`, unless the text holds `'` and no `"`. */
function pythonQuote(text: string): string {
  return text.includes("'") && !text.includes('"') ? '"' : "'";
}

/** repr() of a str, or with `ascii` its ascii(): every non-ASCII character escaped too. */
function pythonRepr(secret: string, ascii = false): string {
  const quote = pythonQuote(secret);
  let form = "";
  for (const char of secret) {
    const point = char.codePointAt(0) ?? 0;
    if (PYTHON_ESCAPES[char] !== undefined) form += PYTHON_ESCAPES[char];
    else if (char === quote) form += `\\${char}`;
    else if (point >= 0x20 && point !== 0x7f && (point < 0x80 || (!ascii && !PYTHON_UNPRINTABLE.test(char)))) form += char;
    else form += pythonEscape(point);
  }
  return form;
}

function pythonBytesRepr(bytes: Buffer): string {
  const quote = pythonQuote(bytes.toString("latin1"));
  let form = "";
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    if (PYTHON_ESCAPES[char] !== undefined) form += PYTHON_ESCAPES[char];
    else if (char === quote) form += `\\${char}`;
    else if (byte >= 0x20 && byte < 0x7f) form += char;
    else form += `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return form;
}

/**
 * A secret as flows itself shows outside text before the redactor sees it: a step's live lines on
 * the terminal (terminalText: controls but tab as `\u007f`, `\u0085`, `\n`) and in the job log
 * (logOutputLine: the hidden characters as `\u200b`), and a value in one log line (logText). A
 * secret holding DEL, a C1 control, `\b` or `\f` (JSON writes DEL and C1 as they are, `\b` as
 * `\b`) went out so on `flows fire`'s step lines.
 */
export function displayedForms(secret: string): string[] {
  return [...new Set([terminalText(secret), logText(secret), logOutputLine(secret)])].filter((form) => form !== secret);
}

/**
 * What GitHub's runner masks of a registered secret besides the forms registered already (its
 * ValueEncoders: the secret, JSON-escaped, Uri.EscapeDataString's RFC 3986 percent-encoding,
 * XML-escaped as SecurityElement.Escape writes it, base64 at each of three byte offsets; all
 * registered in src/redact.ts and htmlEscapedForms): a secret with `'` as a workflow expression's
 * string literal writes it (`''`, ExpressionStringEscape). Its TrimDoubleQuotes (a secret of more
 * than 8 characters in `"…"` is masked without them too) is Redactor.add()'s.
 * https://github.com/actions/runner/blob/main/src/Sdk/DTLogging/Logging/ValueEncoders.cs
 */
export function runnerForms(secret: string): string[] {
  return secret.includes("'") ? [secret.replaceAll("'", "''")] : [];
}
