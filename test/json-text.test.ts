import { describe, expect, test } from "vitest";
import { canonicalJson } from "../src/events/canonical.js";
import { parseJsonText } from "../src/json-text.js";

describe("parseJsonText", () => {
  test.each([
    ['{"id": }', 7, 'expected a value (object, array, string, number, true, false or null) but found "}"'],
    ['{"a": 1', 7, 'expected "," or "}" but found the end of the text'],
    ["[1,]", 3, 'expected a value (object, array, string, number, true, false or null) but found "]"'],
    ['{"a": "b\nc"}', 8, "a raw control character inside a string (escape it, e.g. \\n)"],
    ['{"a": "b', 6, "this string is never closed"],
    ['{"a": "\\x"}', 7, "an invalid escape sequence"],
    ['{"a": 1}}', 8, 'expected the end of the text after the JSON value but found "}"'],
    ["", 0, "expected a value (object, array, string, number, true, false or null) but found the end of the text"],
    ["{'a': 1}", 1, "expected a double-quoted string but found \"'\""],
  ])("%j fails at offset %i", (text, offset, message) => {
    const result = parseJsonText(text);
    expect(result).toMatchObject({ ok: false, offset, message });
  });

  test("valid JSON parses", () => {
    expect(parseJsonText('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, "é"] },
    });
  });

  test("line and column count from 1", () => {
    expect(parseJsonText('{\n  "a": x\n}')).toMatchObject({ ok: false, line: 2, column: 8, offset: 9 });
  });
});

test("canonical JSON sorts keys at every level and keeps array order", () => {
  expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
});
