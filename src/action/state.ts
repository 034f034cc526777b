import { isAbsolute, join } from "node:path";
import { inlineCode } from "../report/markdown.js";
import type { StateFolderSetting } from "../state/file-errors.js";
import { StateNotSavedError } from "../state/not-saved.js";
import { MemoryStateStore } from "../state/memory-store.js";
import type { ReadOnlySetting, StateStore } from "../state/types.js";
import { ActionInputError, type ActionInputs, nearValueHint, shownInput } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { publishStoreProblems } from "./publish.js";
import { describeError } from "../describe-error.js";

export const STATE_KINDS = ["artifact", "branch", "file", "none"] as const;
export type ActionStateKind = (typeof STATE_KINDS)[number];

export function readStateKind(value: string): ActionStateKind {
  const kind = (value || "artifact").toLowerCase();
  if (!(STATE_KINDS as readonly string[]).includes(kind)) {
    throw new ActionInputError(`Input "state" is ${shownInput(value)}; expected one of: ${STATE_KINDS.join(", ")}.${nearValueHint(value, STATE_KINDS)}`);
  }
  return kind as ActionStateKind;
}

export type OpenActionStoreOptions = {
  inputs: Pick<ActionInputs, "state" | "stateBranch" | "stateDir" | "githubToken">;
  env: NodeJS.ProcessEnv;
  repoRoot: string;
  /** `core.debug`: the artifact store tells it about its API calls, uploads and downloads. */
  debug?: (message: string) => void;
  /**
   * What chose the file store's folder, as its errors name it; default: the state-dir input.
   * `flows github` passes its --state-dir option.
   */
  dirSetting?: StateFolderSetting;
  /** Open it only to read (the plan job): the store itself then changes nothing where it keeps records (read-only.ts). */
  readOnly?: ReadOnlySetting;
};

/** The state store the `state` input asks for, set up from the runner's environment. */
export async function openActionStore({ inputs, env, repoRoot, debug, dirSetting, readOnly }: OpenActionStoreOptions): Promise<StateStore> {
  const only = readOnly ? { readOnly } : {};
  if (inputs.state === "none") return new MemoryStateStore(only);
  // The stores (and the record validator they read with) load only when a store opens.
  const { createStateStore, defaultStateDir } = await import("../state/index.js");
  switch (inputs.state) {
    case "file": {
      const dir = inputs.stateDir ? (isAbsolute(inputs.stateDir) ? inputs.stateDir : join(repoRoot, inputs.stateDir)) : defaultStateDir(repoRoot);
      // A folder the job cannot use is said as a mistake in this input, the one thing to change.
      const origin = inputs.stateDir ? `input "state-dir" is ${shownInput(inputs.stateDir)}` : 'input "state-dir" is empty: the default';
      return createStateStore({ kind: "file", dir, dirSetting: dirSetting ?? { origin, change: 'set input "state-dir" to another folder' }, ...only });
    }
    case "branch":
      // The token goes to git as an http.extraheader in its environment, never in the URL (#13).
      return createStateStore({ kind: "branch", branch: inputs.stateBranch, remoteUrl: branchRemoteUrl(env), token: inputs.githubToken, ...only });
    case "artifact":
      return openArtifactStore(inputs, env, debug, readOnly);
  }
}

/** https URL of this repository, without credentials. */
export function branchRemoteUrl(env: NodeJS.ProcessEnv): string {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) throw new ActionInputError('state "branch" needs GITHUB_REPOSITORY, which the runner sets.');
  const server = new URL(env.GITHUB_SERVER_URL || "https://github.com");
  return `${server.toString().replace(/\/$/, "")}/${repository}.git`;
}

async function openArtifactStore(inputs: OpenActionStoreOptions["inputs"], env: NodeJS.ProcessEnv, debug?: (message: string) => void, readOnly?: ReadOnlySetting): Promise<StateStore> {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env;
  if (!repository || !runId) {
    throw new ActionInputError(
      'state "artifact" keeps records as workflow artifacts, so it only works inside a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID are missing). Use state: file locally.',
    );
  }
  if (!inputs.githubToken) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
    throw new ActionInputError('state "artifact" reads earlier runs\' artifacts through the API: give the action a token ("github-token", default ${{ github.token }}) with actions: read.');
  }
  const { createStateStore } = await import("../state/index.js");
  return createStateStore({
    kind: "artifact",
    artifact: {
      token: inputs.githubToken,
      repository,
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      runId,
      runAttempt: runAttempt || "1",
      ...(debug ? { debug } : {}),
    },
    ...(readOnly ? { readOnly } : {}),
  });
}

/**
 * Flush the store; when records could not be saved, the job summary lists their event ids
 * before the error fails the job (a redelivery of those events would run their steps again).
 * Problems the flush met that no dispatch reported (a state branch that lost commits) are
 * annotated and added to the summary, whether it saved or not.
 */
export async function flushActionStore(store: StateStore, io: Pick<ActionIO, "appendSummary" | "error" | "warning" | "annotationsLeft"> & Partial<Pick<ActionIO, "info" | "summaryRoom">>, repoRoot: string): Promise<void> {
  try {
    await store.flush();
  } catch (error) {
    if (error instanceof StateNotSavedError) {
      const ids = error.eventIds.map((id) => `- ${inlineCode(id)}`).join("\n");
      await io
        .appendSummary(
          `\n### :x: State not saved\n\nThe records of these events could not be saved to ${inlineCode(error.where)}; ` +
            `their steps ran, and a redelivery would run them again:\n\n${ids}\n`,
          "the list of events whose state was not saved",
        )
        .catch(() => undefined);
    }
    throw error;
  } finally {
    await publishStoreProblems(io, store, repoRoot).catch((error: unknown) => io.warning(`The state store's problems could not be added to the job summary: ${describeError(error)}`));
  }
}
