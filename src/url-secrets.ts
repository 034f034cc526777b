// The secrets a URL carries: the user-info of `https://user:password@host` and the values of its
// query string (`?token=…`). The action hands them to the runner's masking (core.setSecret) as
// it reads backend-url, and the backend client to the redactor (src/redact.ts), so neither the
// action's own lines nor another step's log can show them. Imports nothing: the action's inputs
// are read on every start.

/** Query values shorter than this are not taken for keys (`?v=2`, `?page=10`). */
export const MIN_QUERY_SECRET_LENGTH = 8;

/**
 * The user-info (`user:password`, as written and decoded), the password alone (both forms) and
 * the query values of at least MIN_QUERY_SECRET_LENGTH characters (as written and decoded).
 * A text that is no URL carries none.
 */
export function urlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return [];
  }
  const secrets = new Set<string>();
  const add = (value: string): void => {
    if (value) secrets.add(value);
  };
  if (url.username || url.password) {
    add(url.password);
    add(decoded(url.password));
    add(url.password ? `${url.username}:${url.password}` : url.username);
    add(url.password ? `${decoded(url.username)}:${decoded(url.password)}` : decoded(url.username));
  }
  for (const part of url.search.slice(1).split("&")) {
    const raw = part.slice(part.indexOf("=") + 1);
    if (!part.includes("=") || raw.length < MIN_QUERY_SECRET_LENGTH) continue;
    add(raw);
  }
  for (const value of url.searchParams.values()) if (value.length >= MIN_QUERY_SECRET_LENGTH) add(value);
  return [...secrets];
}

/** A backend-url's path of at least this many characters (`/services/T0/B0/XXXX`) is taken for a key; `/api` and `/base` are not. */
export const MIN_PATH_SECRET_LENGTH = 8;
/** A path segment of at least this many characters is taken for a key alone too: ids and tokens are long, words are short. */
export const MIN_PATH_SEGMENT_SECRET_LENGTH = 16;

/**
 * The secrets in the path of a URL that is itself a credential, as webhook URLs are (Slack's
 * `https://hooks.slack.com/services/T…/B…/<token>`, Discord's, Teams'): the path without its
 * trailing `/`, when it has at least MIN_PATH_SECRET_LENGTH characters, and each segment of at
 * least MIN_PATH_SEGMENT_SECRET_LENGTH (the token printed alone), as written and decoded. For
 * backend-url only: a download mirror's path (`/oven-sh/bun/releases/…`) is no key.
 */
export function urlPathSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return [];
  }
  const path = url.pathname.replace(/\/+$/, "");
  if (path.length < MIN_PATH_SECRET_LENGTH) return [];
  const secrets = new Set([path, decoded(path)]);
  for (const segment of path.split("/")) {
    if (segment.length < MIN_PATH_SEGMENT_SECRET_LENGTH) continue;
    secrets.add(segment);
    secrets.add(decoded(segment));
  }
  return [...secrets];
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `text` as a URL may be shown: without its user-info, query and fragment, which may hold keys
 * (`hidden`: something was taken out); undefined when it is no URL. `path`: the URL's path is a
 * key too when urlPathSecrets finds one (backend-url), and is shown as `/***`.
 */
export function urlWithoutSecrets(text: string, options: { path?: boolean } = {}): { url: string; hidden: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const secretPath = options.path === true && urlPathSecrets(text).length > 0;
  const hidden = Boolean(url.username || url.password || url.search || url.hash || secretPath);
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  if (secretPath) url.pathname = "/***";
  return { url: url.toString(), hidden };
}

/**
 * `user:password` of a URL's user-info (`https://user:password@host`), decoded, for an
 * `authorization: Basic` header (undefined: none): fetch refuses such a URL, and
 * @actions/http-client leaves its user-info out of the request.
 */
export function basicCredentials(baseUrl: string): string | undefined {
  try {
    const url = new URL(baseUrl);
    if (!url.username && !url.password) return undefined;
    return `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  } catch {
    return undefined;
  }
}
