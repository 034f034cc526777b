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

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `text` as a URL may be shown: without its user-info, query and fragment, which may hold keys
 * (`hidden`: something was taken out); undefined when it is no URL.
 */
export function urlWithoutSecrets(text: string): { url: string; hidden: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const hidden = Boolean(url.username || url.password || url.search || url.hash);
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
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
