import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { MAX_PAYLOAD_DEPTH } from "../../src/events/budget.js";
import { readEventStreamed } from "../../src/events/event-file.js";
import { lazyCounts } from "../../src/events/lazy-json.js";
import { redactor } from "../../src/redact.js";
import { EventTextCache, jsonMayExceed, PRETTY_UP_TO_CHARS, serializeEvent } from "../../src/state/event-text.js";
import { tempDir } from "./helpers.js";

// A stored record's event text is made in pieces (src/state/event-text.ts): big arrays and
// objects child by child, arrays kept on disk read in groups. It must be exactly the text the
// whole value gives: JSON.stringify of the redacted event, laid out one level in.

/**
 * The record's event text as made from the whole value at once (the layout before #21's pieces):
 * pretty, or compact for an event whose JSON passes PRETTY_UP_TO_CHARS.
 */
function wholeText(event: FlowEvent): string {
  const clean = { event: { ...redactor.redactValue(event), id: event.id } };
  if (jsonMayExceed(event, PRETTY_UP_TO_CHARS, true)) return JSON.stringify(clean).slice('{"event":'.length, -1);
  const text = JSON.stringify(clean, null, 2);
  return text.slice('{\n  "event": '.length, -"\n}".length);
}

const SECRET = "s3cr3t-value-for-event-text";
redactor.add(SECRET);

function eventOf(payload: unknown): FlowEvent {
  return { id: `evt-${SECRET}`, type: "repository_dispatch.big", receivedAt: "2025-01-01T00:00:00.000Z", payload };
}

/** Many small objects (as webhook payloads are), with secrets, odd text and empty values among them. */
function bigPayload(items: number): Record<string, unknown> {
  const list = Array.from({ length: items }, (_, i) => ({
    id: i,
    title: i % 97 === 0 ? `leaks ${SECRET} and https://user:pw@example.com/?token=abc` : `item ${i} ünï 😀 "q" \\ \n`,
    labels: i % 5 === 0 ? [] : [{ name: "bug" }, { name: `p${i % 3}`, empty: {} }],
    gone: undefined,
    [`key-${SECRET}`]: i % 11 === 0 ? null : -0,
  }));
  return { action: "big", client_payload: { items: list, nested: { more: list.slice(0, 200), text: SECRET } }, sender: { login: "octocat" } };
}

describe("a stored record's event text", () => {
  it("is the whole value's text for small and big payloads, secrets redacted but the id, undefined left out", () => {
    for (const payload of [{}, { a: [] }, { a: [1, { b: undefined, c: [undefined] }] }, bigPayload(3000)]) {
      const event = eventOf(payload);
      expect(serializeEvent(event)).toBe(wholeText(event));
    }
    // The id names the record's file: never redacted.
    const text = serializeEvent(eventOf(bigPayload(3000)));
    expect(text).toContain(`"id": "evt-${SECRET}"`);
    expect(text.replace(`"id": "evt-${SECRET}"`, "")).not.toContain(SECRET);
  });

  it("cuts values nested past the redactor's depth as the whole value's text does", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < MAX_PAYLOAD_DEPTH + 4; i++) deep = i % 2 === 0 ? [deep, "x".repeat(20_000)] : { next: deep, pad: "y".repeat(20_000) };
    const event = eventOf(deep);
    expect(serializeEvent(event)).toBe(wholeText(event));
  });

  it("reads arrays the event file reader kept on disk in groups, never parsing them whole, to the same text", async () => {
    const dir = await tempDir();
    const file = join(dir, "event.json");
    const payload = bigPayload(3000);
    writeFileSync(file, JSON.stringify(payload));
    const streamed = readEventStreamed(file, { minBytes: 16, maxDepth: MAX_PAYLOAD_DEPTH, scratchDir: dir });
    expect(streamed?.lazyArrays).toBeGreaterThan(0);
    const before = lazyCounts().loads;
    const text = serializeEvent(eventOf(streamed!.value));
    expect(lazyCounts().loads).toBe(before);
    expect(text).toBe(wholeText(eventOf(JSON.parse(readFileSync(file, "utf8")))));
  });

  it("a big event's text is kept in a scratch file, made once per event and number of secrets", () => {
    const cache = new EventTextCache();
    const event = eventOf(bigPayload(20_000));
    const first = cache.textOf(event);
    expect(typeof first.text).toBe("object");
    const range = first.text as { path: string; start: number; end: number };
    const bytes = readFileSync(range.path);
    expect(bytes.length).toBe(first.bytes);
    expect(bytes.toString("utf8")).toBe(wholeText(event));
    expect(cache.textOf(event)).toBe(first);
    expect(cache.serialisations).toBe(1);
    redactor.add("another-secret-for-event-text");
    expect(cache.textOf(event)).not.toBe(first);
    expect(cache.serialisations).toBe(2);
    const small = cache.textOf(eventOf({ a: 1 }));
    expect(small.text).toBe(wholeText(eventOf({ a: 1 })));
  });
});
