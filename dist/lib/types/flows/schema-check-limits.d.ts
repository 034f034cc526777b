/** Most errors a check may hold that no alternative can drop; also the most it keeps. */
export declare const MAX_CHECK_ERRORS = 1000;
/**
 * Longest one check may take. A 25 MB payload of 250,000 commits against a schema for each
 * commit takes 0.1 to 0.3 s on a loaded machine; 50,000 objects under `uniqueItems` took 24 s.
 */
export declare const MAX_CHECK_MS = 3000;
