// Bytes that are no UTF-8, on the command line and in the files it names. Command-line bytes that are no UTF-8 (a name typed in a Latin-1 terminal, `$'caf\xe9'` in a
// script): Bun and Node read each as U+FFFD, so `flows new` would write a package under another
// name than the one typed, every such byte the same character. Refused with what happened,
// before anything is written. Real processes: bash passing the raw bytes to the `flows` launcher
// on Bun as it ships.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-argv-bytes-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** `flows --no-color ARGS` through bash, which turns `\ooo` (octal) in ARGS into the raw byte. */
function flowsWithBytes(args: string): { code: number | null; out: string; err: string } {
  const bun = join(process.cwd(), "node_modules", ".bin", "bun");
  const launcher = join(process.cwd(), "dist", "cli", "index.js");
  const child = spawnSync("bash", ["-c", `exec "$@" ${args}`, "flows", bun, launcher, "--no-color"], { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("flows new given bytes that are no UTF-8", () => {
  it.each([
    { name: "as the flow's name", args: `new "$(printf 'caf\\351')"`, says: 'flows: The flow name "caf\uFFFD" holds U+FFFD (\uFFFD), which stands for bytes that are no UTF-8 text' },
    { name: "as --step", args: `new notes --step "$(printf 'r\\351sum\\351')"`, says: 'flows: --step "r\uFFFDsum\uFFFD" holds U+FFFD (\uFFFD), which stands for bytes that are no UTF-8 text' },
    { name: "as --on", args: `new notes --on "$(printf 'd\\351ploy')"`, says: 'flows: --on "d\uFFFDploy" holds U+FFFD (\uFFFD), which stands for bytes that are no UTF-8 text' },
  ])("$name refuses them and writes nothing", ({ args, says }) => {
    const run = flowsWithBytes(args);
    expect(run.err).toContain(says);
    expect(run.code).toBe(2);
    expect(existsSync(join(repo.dir, "flows")) ? readdirSync(join(repo.dir, "flows")) : []).toEqual([]);
  });

  it("takes a name of UTF-8 bytes beyond ASCII as typed", () => {
    const run = flowsWithBytes(`new "$(printf 'caf\\303\\251')"`);
    expect(run.code).toBe(0);
    expect(readdirSync(join(repo.dir, "flows"))).toEqual(["café"]);
  });
});

describe("an event file holding bytes that are no UTF-8", () => {
  it.each([
    { command: ["explain", "--event", "event.json"], what: "The event file" },
    { command: ["fire", "--event", "event.json", "--state", "none"], what: "The event file" },
    { command: ["explain", "--event", "event.json", "--event-name", "push"], what: "The event payload file" },
  ])("is refused by flows $command.0, with where, not read with U+FFFD", async ({ command, what }) => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t*", source: rawStep("completed") }] });
    // "café" saved as Latin-1, in the event's type (or a webhook's ref).
    const text = command.includes("push") ? '{"ref":"refs/heads/caf\xe9","repository":{"full_name":"o/r"},"sender":{"login":"me"}}' : '{"id":"e-1","type":"t.caf\xe9","payload":{}}';
    writeFileSync(join(repo.dir, "event.json"), Buffer.from(text, "latin1"));
    const run = flowsWithBytes(command.join(" "));
    const path = join(repo.dir, "event.json");
    const column = text.indexOf("\xe9") + 1;
    expect(run.err).toBe(
      `flows: ${path}:1:${column}: ${what} ${path} is not valid UTF-8, as JSON files must be: byte 0xE9 at this position is not part of a UTF-8 character (the file was probably saved as Latin-1 or Windows-1252). Save it as UTF-8.\n`,
    );
    expect(run.out).toBe("");
    expect(run.code).toBe(1);
  });

  it("takes U+FFFD written as UTF-8 as the character it is", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t*", source: rawStep("completed") }] });
    writeFileSync(join(repo.dir, "event.json"), '{"id":"e-1","type":"t.\uFFFD","payload":{}}');
    const run = flowsWithBytes("explain --event event.json");
    expect(run.out).toContain("event e-1 type=t.\uFFFD: 1 of 1 step matched");
    expect(run.code).toBe(0);
  });
});

describe("an event on standard input holding bytes that are no UTF-8", () => {
  it.each([
    { command: "fire --event - --state none", what: "The event", text: '{"id":"e-1",\n"type":"t.caf\xe9","payload":{}}' },
    { command: "github --event-name push --event-path -", what: "The event payload", text: '{"ref":"refs/heads/caf\xe9","repository":{"full_name":"o/r"},"sender":{"login":"me"}}' },
  ])("is refused by flows $command, with where, not read with U+FFFD", async ({ command, what, text }) => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t*", source: rawStep("completed") }] });
    // "café" piped in as Latin-1: the bytes come once, so they are checked as read.
    writeFileSync(join(repo.dir, "event.json"), Buffer.from(text, "latin1"));
    const run = flowsWithBytes(`${command} < event.json`);
    const lines = text.slice(0, text.indexOf("\xe9")).split("\n");
    const where = `${lines.length}:${lines.at(-1)!.length + 1}`;
    expect(run.err).toBe(
      `flows: <stdin>:${where}: ${what} on standard input is not valid UTF-8, as JSON files must be: byte 0xE9 at this position is not part of a UTF-8 character (the file was probably saved as Latin-1 or Windows-1252). Save it as UTF-8.\n`,
    );
    expect(run.out).toBe("");
    expect(run.code).toBe(1);
  });
});
