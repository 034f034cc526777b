/** Query values shorter than this are not taken for keys (`?v=2`, `?page=10`). */
export declare const MIN_QUERY_SECRET_LENGTH = 8;
/**
 * The user-info (`user:password`, as written and decoded), the password alone (both forms) and
 * the query values of at least MIN_QUERY_SECRET_LENGTH characters (as written and decoded).
 * A text that is no URL carries none.
 */
export declare function urlSecrets(text: string): string[];
/** A backend-url's path of at least this many characters (`/services/T0/B0/XXXX`) is taken for a key; `/api` and `/base` are not. */
export declare const MIN_PATH_SECRET_LENGTH = 8;
/** A path segment of at least this many characters is taken for a key alone too: ids and tokens are long, words are short. */
export declare const MIN_PATH_SEGMENT_SECRET_LENGTH = 16;
/**
 * The secrets in the path of a URL that is itself a credential, as webhook URLs are (Slack's
 * `https://hooks.slack.com/services/T…/B…/<token>`, Discord's, Teams'): the path without its
 * trailing `/`, when it has at least MIN_PATH_SECRET_LENGTH characters, and each segment of at
 * least MIN_PATH_SEGMENT_SECRET_LENGTH (the token printed alone), as written and decoded. For
 * backend-url only: a download mirror's path (`/oven-sh/bun/releases/…`) is no key.
 */
export declare function urlPathSecrets(text: string): string[];
/**
 * `text` as a URL may be shown: without its user-info, query and fragment, which may hold keys
 * (`hidden`: something was taken out); undefined when it is no URL. `path`: the URL's path is a
 * key too when urlPathSecrets finds one (backend-url), and is shown as `/***`.
 */
export declare function urlWithoutSecrets(text: string, options?: {
    path?: boolean;
}): {
    url: string;
    hidden: boolean;
} | undefined;
/**
 * `user:password` of a URL's user-info (`https://user:password@host`), decoded, for an
 * `authorization: Basic` header (undefined: none): fetch refuses such a URL, and
 * @actions/http-client leaves its user-info out of the request.
 */
export declare function basicCredentials(baseUrl: string): string | undefined;
