/**
 * A secret quoted for a POSIX shell, as three kinds of tool write it: in single quotes with each
 * `'` as `'\''` (git, the `shell-escape` and `shellwords` libraries, flows' own shellWord), in
 * single quotes with each `'` as `'"'"'` (Python's shlex.quote), and with a backslash before each
 * character the shell reads (bash's `printf %q`, `${var@Q}` aside). The quotes around the first
 * two are left out: what is between them is the secret where it holds no `'`, which is
 * registered already.
 */
export declare function shellQuotedForms(secret: string): string[];
/**
 * A secret escaped for HTML or XML: in text (`&amp;`, `&lt;`, `&gt;` only: XML writers, Python's
 * ElementTree), and in attributes as the common escapers write quotes: `&quot;` and `&#39;`
 * (escape-html, lodash, Rails), `&quot;` and `&#x27;` (Python's html.escape, React), `&#34;` and
 * `&#39;` (Go's html/template and html.EscapeString, Jinja's MarkupSafe).
 */
export declare function htmlEscapedForms(secret: string): string[];
/**
 * A secret percent-encoded as Python's urllib.parse.quote writes it by default: as RFC 3986
 * strictly (`strict`, registered already), but with `/` left as it is (its `safe="/"`).
 */
export declare function pathQuotedForm(strict: string): string | undefined;
