/**
 * The action: runner environment in, outputs, summary and exit code out. Only exported, never
 * called here, so `npx @github/local-action run . src/main.ts .env` runs it exactly once;
 * dist/index.js comes from src/action-entry.ts, which calls it.
 */
export declare function run(): Promise<void>;
