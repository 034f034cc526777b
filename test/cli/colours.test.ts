// When `flows` colours its output: on terminals that show colours, unless told otherwise
// (--no-color, NO_COLOR), and in logs that show them when asked (FORCE_COLOR).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, runCli, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const ESCAPE = "\u001b[";

let repo: { dir: string; cleanup: () => Promise<void> };
let eventPath: string;
beforeEach(async () => {
  repo = await tempRepo("flows-colours-");
  await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
  eventPath = await writeEventFile(repo.dir, flowEvent("t", "colour-1"));
});
afterEach(async () => {
  await repo.cleanup();
});

describe("flows colours", () => {
  it("FORCE_COLOR turns them on where output is no terminal (a CI log), FORCE_COLOR=0 and --no-color keep them off", async () => {
    const fire = async (env: NodeJS.ProcessEnv, ...flags: string[]): Promise<string> => {
      const { code, out, err } = await runCli(["fire", "--repo", repo.dir, "--event", eventPath, "--state", "none", ...flags], cliTestEnv(env));
      expect(code, err).toBe(0);
      return out;
    };
    expect(await fire({})).not.toContain(ESCAPE);
    expect(await fire({ FORCE_COLOR: "1" })).toContain(`${ESCAPE}1mevent colour-1`);
    expect(await fire({ FORCE_COLOR: "1", NO_COLOR: "1" })).toContain(ESCAPE);
    expect(await fire({ FORCE_COLOR: "0" })).not.toContain(ESCAPE);
    expect(await fire({ FORCE_COLOR: "1" }, "--no-color")).not.toContain(ESCAPE);
  });

  // `script` gives the command a terminal.
  it.skipIf(!hasScript)("a terminal gets them unless it is a dumb one (TERM=dumb) or NO_COLOR is set", () => {
    const onTerminal = (env: NodeJS.ProcessEnv): string =>
      spawnSync("script", ["-qec", `"${BUN}" "${LAUNCHER}" fire --state none --repo "${repo.dir}" --event "${eventPath}"`, "/dev/null"], {
        // FLOWS_DAEMON=manual: a fire typed at a terminal would start a daemon for this user.
        env: { PATH: process.env.PATH, HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, FLOWS_DAEMON: "manual", ...env },
        encoding: "utf8",
      }).stdout;
    expect(onTerminal({ TERM: "xterm" })).toContain(`${ESCAPE}1mevent colour-1`);
    const dumb = onTerminal({ TERM: "dumb" });
    expect(dumb).toContain("event colour-1");
    expect(dumb).not.toContain(ESCAPE);
    expect(onTerminal({ TERM: "xterm", NO_COLOR: "1" })).not.toContain(ESCAPE);
  });
});
