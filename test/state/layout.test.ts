import { describe, expect, it } from "vitest";
import { serializeEvent } from "../../src/state/event-text.js";
import { eventRecordParts, eventRecordPath, parseEventRecordText, selectEvents, serializeEventRecord } from "../../src/state/layout.js";
import { makeRecord } from "./helpers.js";

describe("record layout", () => {
  it("puts an event at events/<first 2 hex>/<sha256 of its id>.json", () => {
    expect(eventRecordPath("abc")).toBe(
      "events/ba/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.json",
    );
  });

  it("gives ids with slashes, colons and unicode a safe file name", () => {
    const path = eventRecordPath("patch:upstream.release:openai/codex:rust-v1.2.3 ✓/../..");
    expect(path).toMatch(/^events\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/);
  });

  it("reads back what it writes, and rejects a record stored under another event's name", () => {
    const record = makeRecord("evt-1", ["run_a"]);
    const text = serializeEventRecord(record);
    expect(parseEventRecordText(text, eventRecordPath("evt-1"))).toEqual(record);
    expect(() => parseEventRecordText(text, eventRecordPath("evt-2"))).toThrow(/holds event "evt-1"/);
  });

  it("rejects runs without an id or attempts, which merging needs", () => {
    const run = makeRecord("evt-1", ["run_a"]).runs[0]!;
    const withoutAttempts = { ...makeRecord("evt-1", []), runs: [{ ...run, attempts: "none" }] };
    expect(() => parseEventRecordText(JSON.stringify(withoutAttempts), eventRecordPath("evt-1"))).toThrow(
      /runs\[0\]\.attempts must be an array/,
    );
    const withoutId = { ...makeRecord("evt-1", []), runs: [{ ...run, id: undefined }] };
    expect(() => parseEventRecordText(JSON.stringify(withoutId), eventRecordPath("evt-1"))).toThrow(
      /runs\[0\]\.id is missing/,
    );
  });

  it("selects events newest first, by type, up to the limit", () => {
    const records = [
      makeRecord("a", [], { updatedAt: "2025-01-01T00:00:00.000Z" }),
      makeRecord("b", [], { updatedAt: "2025-03-01T00:00:00.000Z", type: "push" }),
      makeRecord("c", [], { updatedAt: "2025-02-01T00:00:00.000Z" }),
    ];
    expect(selectEvents(records).map((r) => r.event.id)).toEqual(["b", "c", "a"]);
    expect(selectEvents(records, { type: "upstream.release", limit: 1 }).map((r) => r.event.id)).toEqual(["c"]);
  });

  it("lays the event out one level in, as JSON.stringify of the whole record would, and the parts join to the record's text", () => {
    const record = makeRecord("evt-layout", ["run-1"]);
    record.event.payload = { empty: {}, none: [], list: [1, { deep: ["a\nb", "ünï 😀"] }], text: 'quote " and \\ slash', n: null };
    const event = serializeEvent(record.event);
    const { event: _event, ...rest } = record;
    const whole = JSON.stringify({ event: record.event, ...rest }, null, 2);
    expect(whole).toContain(`"event": ${event}`);
    expect(event).toBe(JSON.stringify(record.event, null, 2).replace(/\n/g, "\n  "));
    const parts = eventRecordParts(record, event);
    expect(parts[1]).toBe(event);
    expect(parts.join("")).toBe(serializeEventRecord(record));
    expect(parseEventRecordText(parts.join(""), eventRecordPath("evt-layout"))).toEqual(record);
  });
});
