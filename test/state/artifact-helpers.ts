// Shared arrangement for the artifact store tests: the spec-checked GitHub fake, the fake
// Actions results service the real @actions/artifact client uploads to, and stores wired to both.
import { onTestFinished } from "vitest";
import { STATE_FILE_FORMAT, STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { ArtifactStateStore, type ArtifactStateStoreOptions } from "../../src/state/artifact-store.js";
import type { EventRecord } from "../../src/state/types.js";
import { packEntry, zipArchive } from "../helpers/zip.js";
import { type ActionsResultsServer, startActionsResultsServer } from "../support/actions-results-server.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

export const REPOSITORY = "octo-org/tool";

export type ArtifactWorld = {
  github: GitHubApiServer;
  results: ActionsResultsServer;
  /** A store as the workflow run `runId` would open it (its own runtime token for uploads). */
  store(runId: number, options?: Partial<ArtifactStateStoreOptions>): ArtifactStateStore;
  /** REST requests for one operation so far. */
  count(operationId: string): number;
  /** Both fakes saw only requests the real services accept. */
  assertNoViolations(): void;
};

/** Both fakes for the running test, closed when it finishes; the action log lines are hushed. */
export async function artifactWorld(): Promise<ArtifactWorld> {
  const github = await startGitHubApiServer();
  const results = await startActionsResultsServer({ github, repository: REPOSITORY });
  onTestFinished(async () => {
    await results.close();
    await github.close();
  });
  hushActionsLog();
  return {
    github,
    results,
    store: (runId, options = {}) =>
      new ArtifactStateStore({
        token: "ghs_workflow_token",
        repository: REPOSITORY,
        apiUrl: github.url,
        runId,
        runAttempt: 1,
        artifactClient: results.artifactClient({ runId }),
        ...options,
      }),
    count: (operationId) => github.requestsFor(operationId).length,
    assertNoViolations() {
      github.assertNoViolations();
      results.assertNoViolations();
    },
  };
}

/** A state file as the store writes it, zipped; `extra` overrides or adds envelope fields. */
export function stateZip(
  kind: "delta" | "snapshot",
  records: unknown[],
  extra: Record<string, unknown> = {},
): Uint8Array {
  const file = {
    format: STATE_FILE_FORMAT,
    formatVersion: 1,
    kind,
    writtenBy: { runId: 1, runAttempt: 1 },
    records,
    ...extra,
  };
  return zipOf({ [STATE_FILE_NAME]: JSON.stringify(file) });
}

/** A zip archive with stored (uncompressed) entries (a text as UTF-8), for artifacts seeded directly on the fake. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return new Uint8Array(zipArchive(Object.entries(files).map(([name, content]) => packEntry(name, content, { stored: true }))));
}

export function runIds(record: EventRecord | undefined): string[] {
  return (record?.runs ?? []).map((run) => run.id).sort();
}

/** ISO time `hours` before now, in GitHub's second precision. */
export function hoursAgo(hours: number): string {
  return `${new Date(Date.now() - hours * 3_600_000).toISOString().slice(0, 19)}Z`;
}

// @actions/core writes its info and debug lines straight to stdout; keep the test output readable.
function hushActionsLog(): void {
  const original = process.stdout.write;
  const noisy =
    /^(::debug::|::add-mask::|Artifact name is valid|Root directory input is valid|Uploading artifact|Beginning upload|Uploaded bytes|Finished uploading|SHA256 digest|Finalizing artifact|Artifact .* successfully finalized)/;
  const write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean =>
    typeof chunk === "string" && noisy.test(chunk)
      ? true
      : (original as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  process.stdout.write = write as typeof process.stdout.write;
  onTestFinished(() => {
    process.stdout.write = original;
  });
}
