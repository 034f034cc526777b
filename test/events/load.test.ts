import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { GitHubEventError, loadGitHubEvent, readGitHubRunContext } from "../../src/events/index.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-events-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadError(env: NodeJS.ProcessEnv): Promise<GitHubEventError> {
  const error = await loadGitHubEvent(env).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof GitHubEventError) return error;
  throw new Error(`expected a GitHubEventError, got ${String(error)}`);
}

describe("loadGitHubEvent", () => {
  test("reads the event name and the payload file", async () => {
    const path = join(dir, "event.json");
    await writeFile(path, JSON.stringify({ action: "published", release: { tag_name: "v1" } }));
    await expect(loadGitHubEvent({ GITHUB_EVENT_NAME: "release", GITHUB_EVENT_PATH: path })).resolves.toEqual({
      eventName: "release",
      payload: { action: "published", release: { tag_name: "v1" } },
    });
  });

  test("a missing GITHUB_EVENT_NAME says which variable and how to run outside Actions", async () => {
    const error = await loadError({ GITHUB_EVENT_PATH: join(dir, "event.json") });
    expect(error.variable).toBe("GITHUB_EVENT_NAME");
    expect(error.message).toBe(
      "GITHUB_EVENT_NAME is not set. flows-action must run inside a GitHub Actions job, or be called as " +
        "`flows github --event-name <name> --event-path <file.json>`.",
    );
  });

  test("a missing GITHUB_EVENT_PATH is reported the same way", async () => {
    const error = await loadError({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: "" });
    expect(error.variable).toBe("GITHUB_EVENT_PATH");
    expect(error.message).toMatch(/^GITHUB_EVENT_PATH is not set\. .*flows github --event-name/);
  });

  test("a missing event file names the path", async () => {
    const path = join(dir, "missing.json");
    const error = await loadError({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path });
    expect(error.path).toBe(path);
    expect(error.message).toBe(`Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): the file does not exist.`);
  });

  test("an event file that is not JSON names the path, line and column", async () => {
    const path = join(dir, "event.json");
    await writeFile(path, '{\n  "action": "opened",\n  "number": 1,\n}\n');
    const error = await loadError({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: path });
    expect({ path: error.path, line: error.line, column: error.column }).toEqual({ path, line: 4, column: 1 });
    expect(error.message).toBe(
      `The GitHub event file ${path}:4:1 is not valid JSON: expected a double-quoted string but found "}" (line 4, column 1).`,
    );
  });

  test("a FIFO at GITHUB_EVENT_PATH is refused at once instead of waiting for a writer forever", async () => {
    const path = join(dir, "event.fifo");
    execFileSync("mkfifo", [path]);
    const error = await loadError({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path });
    expect(error.message).toBe(
      `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): it is a FIFO (named pipe), not a plain file; give the path of a JSON file.`,
    );
  }, 5000);

  test("a folder at GITHUB_EVENT_PATH says so", async () => {
    const path = join(dir, "event.json");
    await mkdir(path);
    const error = await loadError({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path });
    expect(error.message).toBe(
      `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): it is a folder; give the path of a JSON file.`,
    );
  });

  test("an event file over GitHub's payload cap is refused by its size, unread", async () => {
    const path = join(dir, "event.json");
    await writeFile(path, "");
    await truncate(path, 26 * 1024 * 1024);
    await expect(loadGitHubEvent({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path })).rejects.toThrow(
      `The GitHub event file ${path} (GITHUB_EVENT_PATH) is 26.0 MiB; payloads may be at most 25 MiB`,
    );
  });

  test("a byte order mark before the JSON is no part of it, as for every other JSON file flows reads", async () => {
    const path = join(dir, "event.json");
    await writeFile(path, `\uFEFF${JSON.stringify({ action: "published", release: { tag_name: "v1" } })}`);
    await expect(loadGitHubEvent({ GITHUB_EVENT_NAME: "release", GITHUB_EVENT_PATH: path })).resolves.toEqual({
      eventName: "release",
      payload: { action: "published", release: { tag_name: "v1" } },
    });
  });

  test("an event file that holds an array is refused", async () => {
    const path = join(dir, "event.json");
    await writeFile(path, "[]");
    const error = await loadError({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path });
    expect(error.message).toBe(`The GitHub event file ${path} holds an array; a webhook payload is a JSON object.`);
  });
});

describe("readGitHubRunContext", () => {
  test("maps the GITHUB_* variables and leaves out empty ones", () => {
    expect(
      readGitHubRunContext({
        GITHUB_REPOSITORY: "octo-org/octo-repo",
        GITHUB_RUN_ID: "123",
        GITHUB_RUN_ATTEMPT: "2",
        GITHUB_SHA: "abc",
        GITHUB_REF: "refs/heads/main",
        GITHUB_WORKFLOW: "flows",
        GITHUB_JOB: "run",
        GITHUB_ACTOR: "octocat",
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_TOKEN: "not-context",
      }),
    ).toEqual({
      repository: "octo-org/octo-repo",
      runId: "123",
      runAttempt: "2",
      sha: "abc",
      ref: "refs/heads/main",
      workflow: "flows",
      job: "run",
      actor: "octocat",
      serverUrl: "https://github.com",
    });
    expect(readGitHubRunContext({ GITHUB_RUN_ID: "", GITHUB_SHA: "  " })).toEqual({});
  });
});
