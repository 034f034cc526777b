/**
 * A secret quoted for a POSIX shell, as the kinds of tool write it: in single quotes with each
 * `'` as `'\''` (git, the `shell-escape` and `shellwords` libraries, flows' own shellWord), in
 * single quotes with each `'` as `'"'"'` (Python's shlex.quote), with a backslash before each
 * character the shell reads (bash's `printf %q`, `${var@Q}` aside), as npm's shell-quote writes
 * it (shellQuoteForms), and as bash's `$'…'` (ansiCQuotedForms). The quotes around each are left
 * out: what is between them is the secret where it holds no `'`, which is registered already.
 */
export declare function shellQuotedForms(secret: string): string[];
/**
 * A secret escaped for HTML or XML: in text (`&amp;`, `&lt;`, `&gt;` only: XML writers, Python's
 * ElementTree), and in attributes as the common escapers write quotes: `&quot;` and `&#39;`
 * (escape-html, lodash, Rails), `&quot;` and `&#x27;` (Python's html.escape, React), `&#34;` and
 * `&#39;` (Go's html/template and html.EscapeString, Jinja's MarkupSafe), `&quot;` and XML's own
 * `&apos;` (.NET's SecurityElement.Escape, xml.sax.saxutils.escape with both entities), and
 * `&quot;` with `'` kept (ElementTree's and libxml2's attributes, Python's quoteattr).
 */
export declare function htmlEscapedForms(secret: string): string[];
/**
 * A secret percent-encoded as Python's urllib.parse.quote writes it by default: as RFC 3986
 * strictly (`strict`, registered already), but with `/` left as it is (its `safe="/"`); given
 * the form-body encoding (`+` for a space), as quote_plus(secret, safe="/") writes it.
 */
export declare function pathQuotedForm(strict: string): string | undefined;
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
export declare function inspectedForms(secret: string): string[];
/**
 * A secret as flows itself shows outside text before the redactor sees it: a step's live lines on
 * the terminal (terminalText: controls but tab as `\u007f`, `\u0085`, `\n`) and in the job log
 * (logOutputLine: the hidden characters as `\u200b`), and a value in one log line (logText). A
 * secret holding DEL, a C1 control, `\b` or `\f` (JSON writes DEL and C1 as they are, `\b` as
 * `\b`) went out so on `flows fire`'s step lines.
 */
export declare function displayedForms(secret: string): string[];
/**
 * What GitHub's runner masks of a registered secret besides the forms registered already (its
 * ValueEncoders: the secret, JSON-escaped, Uri.EscapeDataString's RFC 3986 percent-encoding,
 * XML-escaped as SecurityElement.Escape writes it, base64 at each of three byte offsets; all
 * registered in src/redact.ts and htmlEscapedForms): a secret with `'` as a workflow expression's
 * string literal writes it (`''`, ExpressionStringEscape). Its TrimDoubleQuotes (a secret of more
 * than 8 characters in `"…"` is masked without them too) is Redactor.add()'s.
 * https://github.com/actions/runner/blob/main/src/Sdk/DTLogging/Logging/ValueEncoders.cs
 */
export declare function runnerForms(secret: string): string[];
