import { describe, expect, it } from "vitest";
import { parseFlowResult } from "../../src/runners/index.js";

describe("parseFlowResult", () => {
  it("takes the last line containing FLOW_RESULT, even with text before the marker", () => {
    const parsed = parseFlowResult([
      'FLOW_RESULT {"status":"failed"}',
      "progress",
      'log: FLOW_RESULT {"status":"changed","message":"second"}',
      "trailing output",
    ]);
    expect(parsed).toEqual({ result: { status: "changed", message: "second" } });
  });

  it("accepts all of stdout as one string", () => {
    expect(parseFlowResult('a\nFLOW_RESULT {"status":"skipped"}\nb\n')).toEqual({
      result: { status: "skipped" },
    });
  });

  it("reports a missing FLOW_RESULT line with the line a step must print", () => {
    const parsed = parseFlowResult(["hello", "world"]);
    expect(parsed).toEqual({ error: expect.stringContaining("no FLOW_RESULT line on stdout") });
    expect(parsed).toEqual({ error: expect.stringContaining('FLOW_RESULT {"status":"completed"}') });
  });

  it("quotes the line and the JSON error when the JSON is broken", () => {
    const parsed = parseFlowResult(["FLOW_RESULT {oops"]);
    expect("error" in parsed && parsed.error).toMatch(
      /^FLOW_RESULT line is not valid JSON: .+ \(line: FLOW_RESULT \{oops\)$/,
    );
  });

  it("a broken last line wins over a valid earlier one", () => {
    const parsed = parseFlowResult(['FLOW_RESULT {"status":"completed"}', "FLOW_RESULT nope"]);
    expect(parsed).toEqual({ error: expect.stringContaining("not valid JSON") });
  });

  it("names the valid statuses when the status is unknown", () => {
    expect(parseFlowResult(['FLOW_RESULT {"status":"done"}'])).toEqual({
      error:
        'FLOW_RESULT status "done" is not one of skipped, completed, changed, needs_intervention, blocked, failed ' +
        '(line: FLOW_RESULT {"status":"done"})',
    });
  });

  it("rejects a result without status and a result that is not an object", () => {
    expect(parseFlowResult(['FLOW_RESULT {"message":"hi"}'])).toEqual({
      error: expect.stringContaining('FLOW_RESULT has no "status"'),
    });
    expect(parseFlowResult(["FLOW_RESULT [1,2]"])).toEqual({
      error: expect.stringContaining("must be a JSON object with a \"status\", got an array"),
    });
  });

  it("rejects next events without a string id or type", () => {
    const parsed = parseFlowResult(['FLOW_RESULT {"status":"changed","next":[{"id":"e1"}]}']);
    expect(parsed).toEqual({ error: expect.stringContaining('"next" must be an array of events') });
    expect(parsed).toEqual({ error: expect.stringContaining('item 0 has no string "type"') });
    expect(parseFlowResult(['FLOW_RESULT {"status":"changed","next":{"id":"e1"}}'])).toEqual({
      error: expect.stringContaining('"next" must be an array of events with string "id" and "type"; got an object'),
    });
  });

  it("accepts next events and annotations with extra fields, and rejects annotations without a path", () => {
    const good = parseFlowResult([
      'FLOW_RESULT {"status":"changed","next":[{"id":"e1","type":"t","payload":{}}],' +
        '"annotations":[{"path":"a.ts","message":"m","line":3}],"artifacts":{"x":1}}',
    ]);
    expect("result" in good && good.result.next?.[0]?.id).toBe("e1");
    expect(parseFlowResult(['FLOW_RESULT {"status":"failed","annotations":[{"message":"m"}]}'])).toEqual({
      error: expect.stringContaining('"annotations" must be an array of objects with string "path" and "message"; item 0 has no string "path"'),
    });
  });
  it("checks the whole result against its contract and names the field that breaks it", () => {
    expect(parseFlowResult(['FLOW_RESULT {"status":"failed","message":5}'])).toEqual({
      error: 'FLOW_RESULT message must be a string (got number 5) (line: FLOW_RESULT {"status":"failed","message":5})',
    });
    expect(parseFlowResult(['FLOW_RESULT {"status":"changed","next":[{"id":"e1","type":"t","source":3}]}'])).toEqual({
      error: expect.stringContaining("FLOW_RESULT next[0].source must be a string (got number 3)"),
    });
    expect(parseFlowResult(['FLOW_RESULT {"status":"failed","annotations":[{"path":"a","message":"m","level":"bad"}]}'])).toEqual({
      error: expect.stringContaining('FLOW_RESULT annotations[0].level must be one of notice, warning, failure (got "bad")'),
    });
    expect(parseFlowResult(['FLOW_RESULT {"status":"failed","annotations":[{"path":"a","message":"m","sev":1}]}'])).toEqual({
      error: expect.stringContaining("FLOW_RESULT annotations[0].sev is not a known key"),
    });
  });

  it("keeps keys the contract does not name at the top level", () => {
    expect(parseFlowResult(['FLOW_RESULT {"status":"completed","extra":{"x":1}}'])).toEqual({
      result: { status: "completed", extra: { x: 1 } },
    });
  });
});
