import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { normalizeFlowEvent } from "../../src/engine/event.js";
import { MAX_PAYLOAD_CONTAINERS } from "../../src/events/budget.js";
import { PayloadBudgetError } from "../../src/events/errors.js";
import { flowEventFromGitHub, loadGitHubEvent } from "../../src/events/index.js";

// A payload may hold at most MAX_PAYLOAD_CONTAINERS objects and arrays: a stored record is refused
// past its own count (4,194,304), so a 25 MiB payload of `[],` (8.7 million arrays) was accepted,
// written, then set aside at every read, and its event ran again at every redelivery.

const REFUSED = `holds more than ${MAX_PAYLOAD_CONTAINERS.toLocaleString("en-US")} objects and arrays; payloads may hold at most`;

/** An event file's text: `{"items":[[],[],…]}` with `arrays` empty arrays, plus `objects` objects outside them. */
function payloadText(arrays: number, objects = 0): string {
  return `{"extra":[${"{},".repeat(objects)}0],"items":[${"[],".repeat(arrays)}0]}`;
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-containers-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a payload's objects and arrays, counted where it enters", () => {
  test("an event file over the count is refused, whether its big arrays stay on disk or it is read whole", async () => {
    const path = join(dir, "over.json");
    // The payload, its two arrays and their contents: one over the cap.
    await writeFile(path, payloadText(MAX_PAYLOAD_CONTAINERS - 10, 8));
    for (const lazy of ["1048576", String(64 * 1024 * 1024)]) {
      const env = { GITHUB_EVENT_NAME: "repository_dispatch", GITHUB_EVENT_PATH: path, FLOWS_LAZY_EVENT_BYTES: lazy };
      const error = await loadGitHubEvent(env).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, `lazy from ${lazy} bytes`).toBeInstanceOf(PayloadBudgetError);
      expect((error as Error).message).toBe(
        `The payload of the GitHub event file ${path} ${REFUSED} ${MAX_PAYLOAD_CONTAINERS.toLocaleString("en-US")} (four times as many per byte as GitHub's own webhook payloads), ` +
          "so it was not dispatched and nothing was stored. Send a payload with fewer (for example, a long list as one JSON string).",
      );
    }
  });

  test("one at the count is read, and so is the event made of it", async () => {
    const path = join(dir, "at.json");
    await writeFile(path, payloadText(MAX_PAYLOAD_CONTAINERS - 11, 8));
    const loaded = await loadGitHubEvent({ GITHUB_EVENT_NAME: "repository_dispatch", GITHUB_EVENT_PATH: path, FLOWS_LAZY_EVENT_BYTES: "1048576" });
    expect(Object.keys(loaded.payload)).toEqual(["extra", "items"]);
  });

  test("a FlowEvent handed in (a library caller, a `next` event, HTTP mode's event) is refused the same way", () => {
    const payload = { items: Array.from({ length: MAX_PAYLOAD_CONTAINERS }, () => []) };
    expect(() => normalizeFlowEvent({ id: "dense", type: "t", payload })).toThrow(PayloadBudgetError);
    expect(() => normalizeFlowEvent({ id: "dense", type: "t", payload })).toThrow(`The payload of event "dense" ${REFUSED}`);
    // The payload object and its list make it one over; two fewer, exactly the count.
    payload.items.length -= 2;
    expect(normalizeFlowEvent({ id: "dense", type: "t", payload }).payload).toBe(payload);
  });

  test("a webhook payload handed to flowEventFromGitHub is refused the same way", () => {
    const payload = { action: "x", items: Array.from({ length: MAX_PAYLOAD_CONTAINERS }, () => ({})) };
    expect(() => flowEventFromGitHub({ eventName: "repository_dispatch", payload, context: {} })).toThrow(`The payload of the GitHub event repository_dispatch ${REFUSED}`);
  });
});
