import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { timedUnderLoad } from "../helpers/stalls.js";
import { resolveBun } from "../../src/action/bun.js";
import { npmBunPlaceholder } from "../helpers/bun-placeholder.js";

// A local stand-in for Bun's release downloads: the same path layout, serving a zip of the
// real Bun binary that npm installed, so the action's tool-cache path runs for real.
let server: Server;
let baseUrl: string;
let repo: { dir: string; cleanup: () => Promise<void> };
const downloads: string[] = [];
/** The authorization header of each request, by path. */
const authorizations = new Map<string, string | undefined>();
/** What the hostile routes sent before the client went away. */
const hostile = { sent: 0, closed: 0 };
/** Slow mirrors' connections the client closed (0.0.9: a byte every 100 ms; 0.0.10: no answer for 6 s). */
const slow = { closed: 0 };
/** Bytes the trickling mirror sends, one every 100 ms (6 s in all, after which the old code saw a non-zip). */
const TRICKLE_BYTES = 60;
const PLAIN_PATH = "/usr/bin:/bin";

beforeAll(async () => {
  repo = await tempRepo("flows-bun-install-");
  const staging = join(repo.dir, "staging", "bun-linux-x64");
  mkdirSync(staging, { recursive: true });
  copyFileSync(resolve("node_modules/bun/bin/bun.exe"), join(staging, "bun"));
  execFileSync("zip", ["-0", "-q", "-r", "../bun-linux-x64.zip", "bun-linux-x64"], { cwd: join(repo.dir, "staging") });
  const zip = readFileSync(join(repo.dir, "bun-linux-x64.zip"));
  // Bad downloads a mirror may serve, by version: its HTML page, a cut download, a damaged zip, a zip of something else.
  const other = join(repo.dir, "staging", "other");
  mkdirSync(other, { recursive: true });
  writeFileSync(join(other, "README.txt"), "not bun\n");
  execFileSync("zip", ["-q", "-r", "../other.zip", "."], { cwd: other });
  const damaged = Buffer.from(zip);
  damaged.fill(0, 4096, 8192);
  const served: Record<string, Buffer> = {
    "/bun-v9.9.9/bun-linux-x64.zip": zip,
    "/bun-v0.0.1/bun-linux-x64.zip": Buffer.from("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in to the mirror</body></html>\n"),
    "/bun-v0.0.2/bun-linux-x64.zip": zip.subarray(0, Math.floor(zip.length / 2)),
    "/bun-v0.0.3/bun-linux-x64.zip": damaged,
    "/bun-v0.0.4/bun-linux-x64.zip": readFileSync(join(repo.dir, "staging", "other.zip")),
    "/bun-v0.0.5/bun-linux-x64.zip": Buffer.from("Bandwidth limit exceeded\n"),
    "/bun-v0.0.8/bun-linux-x64.zip": readFileSync(join(repo.dir, "staging", "other.zip")),
  };
  server = createServer((request, response) => {
    downloads.push(request.url ?? "");
    authorizations.set(request.url ?? "", request.headers.authorization);
    // A hostile mirror: a Content-Length of 1 GiB, or a body without end. Each sends 1 MiB
    // chunks for as long as the client reads them.
    if (request.url === "/bun-v0.0.6/bun-linux-x64.zip" || request.url === "/bun-v0.0.7/bun-linux-x64.zip") {
      const declared = request.url.includes("0.0.6") ? { "content-length": 1024 ** 3 } : {};
      response.writeHead(200, { "content-type": "application/zip", ...declared });
      const chunk = Buffer.alloc(1024 * 1024, 0x50);
      const pump = (): void => {
        for (let more = true; more && !response.destroyed; hostile.sent += chunk.length) more = response.write(chunk);
      };
      response.on("drain", pump);
      response.on("close", () => hostile.closed++);
      pump();
      return;
    }
    // A mirror that trickles: a byte every 100 ms, or no answer at all for 6 s (then a 404).
    if (request.url === "/bun-v0.0.9/bun-linux-x64.zip") {
      response.writeHead(200, { "content-type": "application/zip", "content-length": TRICKLE_BYTES });
      let sent = 0;
      const trickle = setInterval(() => {
        if (response.destroyed) return;
        response.write("P");
        if (++sent === TRICKLE_BYTES) response.end();
      }, 100);
      response.on("close", () => {
        clearInterval(trickle);
        if (sent < TRICKLE_BYTES) slow.closed++;
      });
      return;
    }
    if (request.url === "/bun-v0.0.10/bun-linux-x64.zip") {
      const late = setTimeout(() => response.writeHead(404).end("not found"), 6000);
      request.socket.on("close", () => {
        if (!response.writableEnded) slow.closed++;
        clearTimeout(late);
      });
      return;
    }
    // A mirror that fails once (503), then serves a zip (not Bun's).
    if (request.url === "/bun-v0.0.8/bun-linux-x64.zip" && downloads.filter((path) => path === request.url).length === 1) {
      response.writeHead(503).end("busy");
      return;
    }
    const body = served[(request.url ?? "").split("?")[0] ?? ""];
    if (body) {
      response.writeHead(200, { "content-type": "application/zip", "content-length": body.length });
      response.end(body);
    } else {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeFlow(repo.dir, { name: "needs-bun", steps: [{ name: "s", trigger: "push", source: rawStep("completed", "ran with installed bun") }] });
}, 60_000);

afterAll(async () => {
  if (server) await new Promise((done) => server.close(done));
  await repo?.cleanup();
});

describe("Bun in the runner", () => {
  it("installs the requested Bun into the tool cache when bun is not on PATH, then reuses it", async () => {
    expect(() => execFileSync("bun", ["--version"], { env: { PATH: PLAIN_PATH }, stdio: "ignore" })).toThrow();
    const env = {
      PATH: PLAIN_PATH,
      RUNNER_TOOL_CACHE: join(repo.dir, "tool-cache"),
      RUNNER_TEMP: join(repo.dir, "runner-temp"),
    };
    // @actions/tool-cache reads the runner's folders from the process environment.
    Object.assign(process.env, { RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE, RUNNER_TEMP: env.RUNNER_TEMP });
    const inputs = { "bun-version": "9.9.9", "bun-download-url": baseUrl, state: "none" };
    const payload = { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } };

    const first = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env });
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain(`bun is not on PATH; installing Bun 9.9.9 from ${baseUrl}/bun-v9.9.9/bun-linux-x64.zip into the tool cache.`);
    expect(first.summary).toContain("ran with installed bun");
    expect(downloads).toEqual(["/bun-v9.9.9/bun-linux-x64.zip"]);
    // The tool cache holds Bun: neither the zip nor what it unpacked to stays in RUNNER_TEMP.
    expect(readdirSync(env.RUNNER_TEMP)).toEqual([]);

    const second = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/bun is not on PATH; using Bun 9\.9\.9 from the tool cache/);
    expect(second.summary).toContain("ran with installed bun");
    expect(downloads).toHaveLength(1);
  }, 60_000);

  it("passes over the bun npm package's placeholder on PATH, says so, and installs Bun", async () => {
    const placeholder = await npmBunPlaceholder(join(repo.dir, "global", "node_modules"));
    const env = { PATH: `${dirname(placeholder)}:${PLAIN_PATH}`, RUNNER_TOOL_CACHE: join(repo.dir, "tool-cache"), RUNNER_TEMP: join(repo.dir, "runner-temp") };
    Object.assign(process.env, { RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE, RUNNER_TEMP: env.RUNNER_TEMP });
    const inputs = { "bun-version": "9.9.9", "bun-download-url": baseUrl, state: "none" };
    const payload = { ref: "refs/heads/main", after: "9".repeat(40), repository: { full_name: "o/r" } };
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      `${placeholder} on PATH is not Bun but the placeholder the "bun" npm package installs until its install script runs; that script did not run (package.json's \`allowScripts\` has \`"bun": false\`, or --ignore-scripts, or pnpm): set Bun up with oven-sh/setup-bun before this step, or approve the script (\`npm install-scripts approve bun\`, after deleting a \`"bun": false\` entry; npm 10 needs no approval) and then run \`npm rebuild bun\`; passed over.`,
    );
    expect(run.stdout).toMatch(/bun is not on PATH; using Bun 9\.9\.9 from the tool cache/);
    expect(run.summary).toContain("ran with installed bun");
  }, 60_000);

  it("fails the step with the URL and what to do when the download fails", async () => {
    const env = { PATH: PLAIN_PATH, RUNNER_TOOL_CACHE: join(repo.dir, "tool-cache-2"), RUNNER_TEMP: join(repo.dir, "runner-temp-2") };
    Object.assign(process.env, { RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE, RUNNER_TEMP: env.RUNNER_TEMP });
    const inputs = { "bun-version": "0.0.404", "bun-download-url": baseUrl, state: "none" };
    const payload = { ref: "refs/heads/main", after: "b".repeat(40), repository: { full_name: "o/r" } };
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env });
    expect(run.code).toBe(1);
    expect(run.summary).toContain(`downloading Bun 0.0.404 from ${baseUrl}/bun-v0.0.404/bun-linux-x64.zip failed`);
    expect(run.summary).toContain("oven-sh/setup-bun");
  }, 60_000);

  const badDownloads = [
    ["0.0.1", "an HTML page", /is a web page \(\d+ bytes of HTML\), not a zip archive/],
    ["0.0.2", "a cut download", /is a cut-off zip archive \([\d,]+ bytes, without the end record that lists its files\): the download was truncated/],
    ["0.0.3", "a damaged zip", /could not be unpacked \(.*\): the zip is damaged/],
    ["0.0.4", "a zip of something else", /is a zip without bun-linux-x64\/bun in it, so it is not Bun's release zip for this machine/],
    ["0.0.5", "text", /is not a zip archive \(\d+ bytes, text starting "Bandwidth limit exceeded"; a zip starts with "PK"\)/],
  ] as const;
  for (const [version, what, wrong] of badDownloads) {
    it(`says what was downloaded from where, what is wrong and what to change when the mirror serves ${what}`, async () => {
      const env = { PATH: PLAIN_PATH, RUNNER_TOOL_CACHE: join(repo.dir, `tool-cache-${version}`), RUNNER_TEMP: join(repo.dir, `runner-temp-${version}`) };
      Object.assign(process.env, { RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE, RUNNER_TEMP: env.RUNNER_TEMP });
      // The mirror's credentials and query are not shown.
      const mirror = baseUrl.replace("http://", "http://mirror-user:mirror-pass-0123@");
      const inputs = { "bun-version": version, "bun-download-url": mirror, state: "none" };
      const payload = { ref: "refs/heads/main", after: "d".repeat(40), repository: { full_name: "o/r" } };
      const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env });
      expect(run.code).toBe(1);
      const message = run.summary;
      expect(message).toContain(`The file downloaded for Bun ${version} from ${baseUrl}/bun-v${version}/bun-linux-x64.zip (credentials and query not shown) `);
      expect(message).toMatch(wrong);
      expect(message).toContain('Set "bun-download-url" to a mirror that serves Bun\'s release zips');
      expect(message).toContain("or remove it to let the action fetch the official build");
      expect(message).not.toContain("    at ");
      const shown = run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
      expect([...shown, run.summary, message].join("\n")).not.toContain("mirror-pass-0123");
      expect(run.stdout).toContain(`::add-mask::mirror-pass-0123`);
      // Nothing of it is left on the disk (a damaged zip's half-unpacked files included).
      expect(readdirSync(env.RUNNER_TEMP)).toEqual([]);
    }, 60_000);
  }

  const hostileMirrors = [
    ["0.0.6", "a Content-Length of 1 GiB", "is 1,073,741,824 bytes by its Content-Length, over the 256 MiB a Bun release zip may be (they are 20-45 MB): nothing was saved"],
    ["0.0.7", "a body without end", "went on past the 256 MiB a Bun release zip may be (they are 20-45 MB): the download was stopped there and what had come was removed"],
  ] as const;
  for (const [version, what, wrong] of hostileMirrors) {
    it(`stops a download at 256 MiB and says so when the mirror sends ${what}`, async () => {
      const runnerTemp = join(repo.dir, `runner-temp-${version}`);
      const env = { PATH: PLAIN_PATH, RUNNER_TOOL_CACHE: join(repo.dir, `tool-cache-${version}`), RUNNER_TEMP: runnerTemp };
      Object.assign(process.env, { RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE, RUNNER_TEMP: env.RUNNER_TEMP });
      const before = { ...hostile };
      const inputs = { "bun-version": version, "bun-download-url": baseUrl, state: "none" };
      const payload = { ref: "refs/heads/main", after: "e".repeat(40), repository: { full_name: "o/r" } };
      const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env });
      expect(run.code).toBe(1);
      expect(run.summary).toContain(`The file downloaded for Bun ${version} from ${baseUrl}/bun-v${version}/bun-linux-x64.zip ${wrong}.`);
      expect(run.summary).toContain('Set "bun-download-url" to a mirror that serves Bun\'s release zips');
      // The client hung up (once: too large is not tried again), having read no more than the limit and a few chunks in flight.
      await expect.poll(() => hostile.closed).toBe(before.closed + 1);
      expect(hostile.sent - before.sent).toBeLessThan(300 * 1024 * 1024);
      expect(downloads.filter((path) => path.includes(`bun-v${version}/`))).toHaveLength(1);
      // Nothing of it is left on the disk.
      expect(readdirSync(runnerTemp)).toEqual([]);
    }, 120_000);
  }

  /**
   * The action run in this process with FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS set to `seconds`: the
   * download reads it (and the tool cache its folders) from the process environment, not the step's.
   */
  async function runWithDownloadTimeout(seconds: string, options: Parameters<typeof runInProcess>[0] & { env: { RUNNER_TOOL_CACHE: string; RUNNER_TEMP: string } }) {
    Object.assign(process.env, { RUNNER_TOOL_CACHE: options.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: options.env.RUNNER_TEMP, FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS: seconds });
    try {
      return await runInProcess(options);
    } finally {
      delete process.env.FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS;
    }
  }

  const slowMirrors = [
    ["0.0.9", "trickles a byte every 100 ms", /: \d+ bytes of the 60 bytes its Content-Length declared arrived in [\d.]+ s, [\d.]+ bytes\/s; the download was stopped and what had come was removed\./],
    ["0.0.10", "does not answer", /: the server had not begun its answer after [\d.]+ s; the request was stopped\./],
  ] as const;
  for (const [version, what, got] of slowMirrors) {
    it(`stops a download at its time limit (FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS) and says what came, how fast and what to change when the mirror ${what}`, async () => {
      const runnerTemp = join(repo.dir, `runner-temp-${version}`);
      const env = { PATH: PLAIN_PATH, RUNNER_TOOL_CACHE: join(repo.dir, `tool-cache-${version}`), RUNNER_TEMP: runnerTemp };
      const before = { ...slow };
      const inputs = { "bun-version": version, "bun-download-url": baseUrl, state: "none" };
      const payload = { ref: "refs/heads/main", after: "e".repeat(40), repository: { full_name: "o/r" } };
      // The action runs in this process: timed in the time it could run (its stalls left out, test/helpers/stalls.ts).
      const { value: run, ms } = await timedUnderLoad(() => runWithDownloadTimeout("1.5", { workspace: repo.dir, eventName: "push", payload, inputs, env }));
      expect(run.code).toBe(1);
      // Stopped at the limit (1.5 s), not when the mirror was done (6 s) or http-client's socket timeout (3 minutes).
      expect(ms).toBeLessThan(5000);
      expect(run.summary).toContain(`Downloading Bun ${version} from ${baseUrl}/bun-v${version}/bun-linux-x64.zip did not finish within 1.5 s: `);
      expect(run.summary).toMatch(got);
      expect(run.summary).toContain('set "bun-download-url" to a faster mirror, or remove it to let the action fetch the official build');
      expect(run.summary).toContain("or install Bun before this step with oven-sh/setup-bun");
      expect(run.summary).toContain("raise the limit with FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS");
      expect(run.summary).not.toContain("    at ");
      // The client hung up, and did not try again: the limit is the whole download's.
      await expect.poll(() => slow.closed).toBe(before.closed + 1);
      expect(downloads.filter((path) => path.includes(`bun-v${version}/`))).toHaveLength(1);
      expect(readdirSync(runnerTemp)).toEqual([]);
    }, 60_000);
  }

  it("fails naming FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS when it is no number of seconds, before downloading", async () => {
    const env = { PATH: PLAIN_PATH, RUNNER_TOOL_CACHE: join(repo.dir, "tool-cache-bad-timeout"), RUNNER_TEMP: join(repo.dir, "runner-temp-bad-timeout") };
    const count = downloads.length;
    const inputs = { "bun-version": "9.9.9", "bun-download-url": baseUrl, state: "none" };
    const payload = { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } };
    const run = await runWithDownloadTimeout("5m", { workspace: repo.dir, eventName: "push", payload, inputs, env });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS must be a number of seconds above 0 (fractions allowed), got "5m"; set it so, or unset it for the default of 5 minutes.');
    expect(downloads).toHaveLength(count);
  }, 60_000);

  it("sends a mirror's user:password as an authorization header and keeps its query, so no log line (debug included) shows either", async () => {
    const env = { PATH: PLAIN_PATH, RUNNER_TOOL_CACHE: join(repo.dir, "tool-cache-auth"), RUNNER_TEMP: join(repo.dir, "runner-temp-auth") };
    Object.assign(process.env, { RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE, RUNNER_TEMP: env.RUNNER_TEMP });
    // A query (a mirror's key) stays the query: the asset's path goes before it.
    const mirror = `${baseUrl.replace("http://", "http://mirror%20user:p%40ss-0123-secret@")}?token=query-secret-0123`;
    const inputs = { "bun-version": "0.0.1", "bun-download-url": mirror, state: "none" };
    const payload = { ref: "refs/heads/main", after: "f".repeat(40), repository: { full_name: "o/r" } };
    // Everything written to stdout, where @actions/core writes its ::debug:: lines (and the
    // libraries' own), with step debug logging on.
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const saved = { RUNNER_DEBUG: process.env.RUNNER_DEBUG, ACTIONS_STEP_DEBUG: process.env.ACTIONS_STEP_DEBUG };
    Object.assign(process.env, { RUNNER_DEBUG: "1", ACTIONS_STEP_DEBUG: "true" });
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
    let run: Awaited<ReturnType<typeof runInProcess>>;
    try {
      run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs, env: { ...env, RUNNER_DEBUG: "1" }, debug: true });
    } finally {
      spy.mockRestore();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    expect(run.code).toBe(1);
    expect(run.summary).toContain("is a web page");
    // The download went out with the credentials in a header.
    expect(authorizations.get("/bun-v0.0.1/bun-linux-x64.zip?token=query-secret-0123")).toBe(`Basic ${Buffer.from("mirror user:p@ss-0123-secret").toString("base64")}`);
    // As the runner shows them: a workflow command's data has %, CR and LF escaped.
    const shown = (line: string): string => (line.startsWith("::") ? line.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%") : line);
    const lines = [...written.join("").split("\n"), ...run.stdout.split("\n")].filter((line) => !line.startsWith("::add-mask::")).map(shown);
    expect(lines.some((line) => line.startsWith("::debug::"))).toBe(true);
    for (const secret of ["p%40ss-0123-secret", "p@ss-0123-secret", "query-secret-0123"]) {
      expect(lines.filter((line) => line.includes(secret))).toEqual([]);
      expect(run.summary).not.toContain(secret);
    }
  }, 60_000);

  it("tries a download again after a 5xx answer, saying why, as @actions/tool-cache did", async () => {
    Object.assign(process.env, { RUNNER_TOOL_CACHE: join(repo.dir, "tool-cache-0.0.8"), RUNNER_TEMP: join(repo.dir, "runner-temp-0.0.8") });
    const lines: string[] = [];
    const resolving = resolveBun({
      inputs: { bunVersion: "0.0.8", bunDownloadUrl: baseUrl },
      io: { info: (line: string) => void lines.push(line) },
      env: { PATH: PLAIN_PATH },
      platform: "linux",
      arch: "x64",
      download: { retryDelaysMs: [10] },
    });
    await expect(resolving).rejects.toThrow(/is a zip without bun-linux-x64\/bun in it/);
    expect(downloads.filter((path) => path === "/bun-v0.0.8/bun-linux-x64.zip")).toHaveLength(2);
    expect(lines).toContain("Downloading Bun 0.0.8 failed (the server answered HTTP 503 Service Unavailable; trying again in 0.01 s).");
  }, 60_000);

  it("outside a runner (no tool cache) says to put Bun on PATH instead of naming RUNNER_TOOL_CACHE", async () => {
    const saved = { cache: process.env.RUNNER_TOOL_CACHE };
    delete process.env.RUNNER_TOOL_CACHE;
    try {
      const payload = { ref: "refs/heads/main", after: "c".repeat(40), repository: { full_name: "o/r" } };
      const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none" }, env: { PATH: PLAIN_PATH } });
      expect(run.code).toBe(1);
      expect(run.summary).toContain("bun is not on PATH, and outside a GitHub runner (no RUNNER_TOOL_CACHE) flows-action does not install it");
      expect(run.summary).not.toContain("Expected RUNNER_TOOL_CACHE");
    } finally {
      if (saved.cache !== undefined) process.env.RUNNER_TOOL_CACHE = saved.cache;
    }
  }, 60_000);
});
