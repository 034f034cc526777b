// The environment a GitHub-hosted runner gives a job, for the action run in this process
// (run-in-process.ts) or as dist/index.js (run-action.ts). A module of its own: importing
// run-action.ts waits for dist/ to be rebuilt, which tests in this process do not need.
import { resolve } from "node:path";

const BUN_DIR = resolve("node_modules/.bin");

/** The variables a GitHub-hosted runner gives every job (a test repository, run 4242). */
export function jobEnvironment(options: { eventName: string; eventPath: string; workspace: string }): NodeJS.ProcessEnv {
  return {
    PATH: `${BUN_DIR}:${process.env.PATH}`,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: "f".repeat(40),
    // `npm run test:lazy-events` sends every event file down the streaming reader (#12).
    ...(process.env.FLOWS_LAZY_EVENT_BYTES ? { FLOWS_LAZY_EVENT_BYTES: process.env.FLOWS_LAZY_EVENT_BYTES } : {}),
    // Writes to the fake GitHub without GitHub's 1 s spacing (test/setup/test-pacing.ts).
    ...(process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS ? { FLOWS_GITHUB_WRITE_SPACING_SECONDS: process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS } : {}),
    ...(process.env.FLOWS_BACKEND_POLL_SECONDS ? { FLOWS_BACKEND_POLL_SECONDS: process.env.FLOWS_BACKEND_POLL_SECONDS } : {}),
  };
}
