// The budgets of one trigger check (src/flows/schema-check-budget.ts enforces them). Apart, so
// that match.ts can name them in its warnings without the first chunk of the action's bundle
// holding the budget's code, which runs only when a payload is checked against a schema.

/** Most errors a check may hold that no alternative can drop; also the most it keeps. */
export const MAX_CHECK_ERRORS = 1_000;
/**
 * Longest one check may take. A 25 MB payload of 250,000 commits against a schema for each
 * commit takes 0.1 to 0.3 s on a loaded machine; 50,000 objects under `uniqueItems` took 24 s.
 */
export const MAX_CHECK_MS = 3_000;
