// What loadGitHubEvent asks the file system about GITHUB_EVENT_PATH on the action's start path:
// the file is opened once (its fstat gives the size), not looked at by path before. A start on a
// small event used to stat the file first, only to decide whether to import the streaming
// reader (src/events/context.ts). The calls are watched (node:fs's functions wrapped, and the
// named exports every module imports synced to them); the file system answers them for real.
import fs from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadGitHubEvent } from "../../src/events/context.js";

/** The calls made naming a path: "open <path>", "stat <path>", "lstat <path>". */
const calls: string[] = [];
const WATCHED = ["openSync", "statSync", "lstatSync"] as const;
const originals = new Map(WATCHED.map((name) => [name, fs[name]]));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-event-calls-"));
  calls.length = 0;
  for (const name of WATCHED) {
    const original = originals.get(name) as (...args: unknown[]) => unknown;
    (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(`${name.replace(/Sync$/, "")} ${String(args[0])}`);
      return original(...args);
    };
  }
  syncBuiltinESMExports();
});
afterEach(async () => {
  for (const name of WATCHED) (fs as unknown as Record<string, unknown>)[name] = originals.get(name);
  syncBuiltinESMExports();
  await rm(dir, { recursive: true, force: true });
});

describe("loading the event file", () => {
  it("opens a small event file once and asks nothing of its path before", async () => {
    const path = join(dir, "event.json");
    await writeFile(path, JSON.stringify({ action: "published", release: { tag_name: "v1" } }));
    const event = await loadGitHubEvent({ GITHUB_EVENT_NAME: "release", GITHUB_EVENT_PATH: path });
    expect(event.payload).toEqual({ action: "published", release: { tag_name: "v1" } });
    expect(calls.filter((call) => call.endsWith(` ${path}`))).toEqual([`open ${path}`]);
  });

  it("reads a file of the streaming reader's size in streaming passes, opened again for them, and asks nothing of its path before", async () => {
    const path = join(dir, "event.json");
    const payload = { action: "opened", pull_request: { number: 7 }, commits: Array.from({ length: 50 }, (_, index) => ({ id: `c${index}` })) };
    await writeFile(path, JSON.stringify(payload));
    const event = await loadGitHubEvent({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: path, FLOWS_LAZY_EVENT_BYTES: "16", RUNNER_TEMP: dir });
    expect(JSON.parse(JSON.stringify(event.payload))).toEqual(payload);
    expect(calls.filter((call) => call.endsWith(` ${path}`))).toEqual([`open ${path}`, `open ${path}`]);
  });
});
