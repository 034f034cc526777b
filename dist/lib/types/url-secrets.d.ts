/** Query values shorter than this are not taken for keys (`?v=2`, `?page=10`). */
export declare const MIN_QUERY_SECRET_LENGTH = 8;
/**
 * The user-info (`user:password`, as written and decoded), the password alone (both forms) and
 * the query values of at least MIN_QUERY_SECRET_LENGTH characters (as written and decoded).
 * A text that is no URL carries none.
 */
export declare function urlSecrets(text: string): string[];
/**
 * `text` as a URL may be shown: without its user-info, query and fragment, which may hold keys
 * (`hidden`: something was taken out); undefined when it is no URL.
 */
export declare function urlWithoutSecrets(text: string): {
    url: string;
    hidden: boolean;
} | undefined;
/**
 * `user:password` of a URL's user-info (`https://user:password@host`), decoded, for an
 * `authorization: Basic` header (undefined: none): fetch refuses such a URL, and
 * @actions/http-client leaves its user-info out of the request.
 */
export declare function basicCredentials(baseUrl: string): string | undefined;
