// Mistakes on the command line a new user makes, run as the real command: each is one message
// that names what was given and what to write instead, with the documented exit code.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flowsProcessIn } from "../helpers/cli.js";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-option-mistakes-");
  await writeText(join(repo.dir, "event.json"), JSON.stringify({ id: "e-1", type: "push", payload: {} }));
  await writeText(join(repo.dir, "push.json"), JSON.stringify({ ref: "refs/heads/main", repository: { full_name: "o/r" }, sender: { login: "me" } }));
});
afterAll(async () => {
  await repo.cleanup();
});

/** `flows ARGV...` as a real process in the repository, on Bun as it ships. */
const flowsProcess = (argv: string[]) => flowsProcessIn(repo.dir, argv);

describe("a mistake on the command line says what to write instead", () => {
  it.each([
    {
      name: "flows github --event given a file's path, as fire's --event takes",
      argv: ["github", "--event-name", "push", "--event-path", "push.json", "--event", "event.json", "--dry-run", "--state", "none"],
      code: 2,
      says: () => "--event event.json: flows github takes the FlowEvent itself as JSON text (the action's `event` input), not a file's path. Give the file's text (--event \"$(cat event.json)\"), or dispatch the file with `flows fire --event event.json`.",
    },
    ...[
      { option: "--repo=~/nowhere", argv: ["list", "--repo=~/nowhere"], home: "$HOME/nowhere" },
      { option: "--event=~/event.json", argv: ["fire", "--event=~/event.json", "--state", "none"], home: "$HOME/event.json" },
      { option: "--state-dir=~/runs", argv: ["runs", "--state-dir=~/runs"], home: "$HOME/runs" },
    ].map(({ option, argv, home }) => {
      const [name, value] = option.split("=");
      return {
        name: `${option}, whose ~ no shell expands`,
        argv,
        code: 2,
        says: (dir: string) => `${name} ${value}: the ~ was not turned into your home folder (a shell does that only at the start of a word, not after = nor inside quotes), so it names a folder "~" under ${dir}. Write ${name} ${home}, or ${name} ${value} with a space and no quotes.`,
      };
    }),
  ])("$name", ({ argv, code, says }) => {
    const run = flowsProcess(argv);
    expect(run.err).toContain(says(repo.dir));
    expect(run.code).toBe(code);
    expect(run.err).not.toMatch(/\n\s+at |bug/);
  });
});
