import type { FlowEvent } from "../contracts.js";
import type { ChangedFilesSource } from "../flows/index.js";
import type { ActionContext } from "./context.js";
import { actionClient } from "./reporter.js";

// changed() on pull requests: the webhook payload does not list a pull request's files, so the
// action asks the API, only when a condition calls changed(), once per event.

const sources = new WeakMap<ActionContext, ChangedFilesSource>();

/** The file lister for this job's conditions; undefined without a token or a repository. */
export function pullRequestFilesSource(context: ActionContext): ChangedFilesSource | undefined {
  const { inputs, runner } = context;
  const repository = runner.repository;
  if (!inputs.githubToken || !repository) return undefined;
  let source = sources.get(context);
  if (!source) {
    const listings = new Map<string, ReturnType<ChangedFilesSource>>();
    source = (event) => {
      let listing = listings.get(event.id);
      if (!listing) {
        listing = listFiles(context, repository, event);
        listings.set(event.id, listing);
      }
      return listing;
    };
    sources.set(context, source);
  }
  return source;
}

async function listFiles(context: ActionContext, repository: string, event: FlowEvent): ReturnType<ChangedFilesSource> {
  const number = (event.payload as { number?: unknown } | null)?.number;
  if (typeof number !== "number") return undefined;
  const { io, runner, inputs, debug } = context;
  const [client, { pullRequestFiles, PULL_REQUEST_FILES_LIMIT }] = await Promise.all([
    actionClient({ io, runner, token: inputs.githubToken, ...(debug ? { debug } : {}) }),
    import("../github/pulls.js"),
  ]);
  let listed: Awaited<ReturnType<typeof pullRequestFiles>>;
  try {
    listed = await pullRequestFiles(client, { repository, number });
  } catch (error) {
    // Imported here, with GitHub's error shapes and their bounded bodies: a start that lists no
    // files does not compile them (the cold-start guard, BENCHMARKS.md).
    const { apiFailure } = await import("../github/errors.js");
    const failure = apiFailure(error);
    const hint = failure.kind === "permission" || failure.kind === "not-found" ? " (the token needs pull-requests: read)" : "";
    throw new Error(`GET pulls/${number}/files in ${repository} failed: ${failure.message}${hint}`);
  }
  if (listed.complete) return listed.files;
  return {
    files: listed.files,
    incomplete:
      `pull request #${number} touches more files than GitHub lists (${PULL_REQUEST_FILES_LIMIT}), and none of those ` +
      "matched; the files left off cannot be checked",
  };
}
