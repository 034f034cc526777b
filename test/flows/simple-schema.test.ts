import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { describePayloadErrors } from "../../src/flows/schema-errors.js";
import { compileSimpleSchema } from "../../src/flows/simple-schema.js";

// The upstream-release schema existing packages ship (shared/flow-contracts.md), and variations.
const UPSTREAM_RELEASE = {
  type: "object",
  required: ["repo", "tag"],
  properties: {
    provider: { type: "string" },
    repo: { type: "string" },
    tag: { type: "string" },
    url: { type: "string" },
    publishedAt: { type: "string" },
  },
};

const SIMPLE_SCHEMAS: Record<string, unknown> = {
  upstreamRelease: UPSTREAM_RELEASE,
  pinnedRepo: { ...UPSTREAM_RELEASE, properties: { ...UPSTREAM_RELEASE.properties, repo: { type: "string", enum: ["openai/codex"] } } },
  hello: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
  annotated: { $schema: "http://json-schema.org/draft-07/schema#", title: "t", description: "d", type: "object", properties: { n: { type: "integer", default: 1 } } },
  closed: { type: "object", additionalProperties: false, properties: { a: { type: "number" }, "we/ird~": { type: "boolean" } } },
  open: { type: "object", additionalProperties: true },
  typeOnly: { type: "object" },
  manyTypes: { type: ["string", "null"], enum: ["x", null, 3] },
  constant: { const: { a: [1, 2] } },
  enumOnly: { enum: [1, "1", [1], { a: 1 }] },
  nested: { type: "object", required: ["pr"], properties: { pr: { type: "object", required: ["number"], properties: { number: { type: "integer" }, labels: { type: "array", items: { type: "string", enum: ["bug", "docs"] } } } } } },
  arrayRoot: { type: "array", items: { type: "object", required: ["id"] } },
  noKeywords: {},
  enumAndTypeObject: { type: "object", enum: [{ a: 1 }], required: ["a"] },
};

const PAYLOADS: unknown[] = [
  {},
  { repo: "openai/codex", tag: "rust-v1.2.3" },
  { repo: "other/repo", tag: 1 },
  { repo: 3, tag: null, provider: false, extra: true },
  { name: "Ada" },
  { name: 1 },
  { n: 1.5 },
  { n: 2 },
  { a: 1, "we/ird~": "no", b: 2, c: 3 },
  { a: [1, 2] },
  { pr: { number: 7, labels: ["bug", "x", 3] } },
  { pr: { labels: "bug" } },
  { pr: [] },
  [{ id: 1 }, {}, 3],
  [],
  "x",
  null,
  3,
  1.5,
  true,
  [1],
  { a: 1 },
];

function ajvMessage(schema: unknown, payload: unknown): string | undefined {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(structuredClone(schema) as object);
  return validate(payload) ? undefined : describePayloadErrors(validate.errors);
}

function fastMessage(schema: unknown, payload: unknown): string | undefined {
  const validate = compileSimpleSchema(structuredClone(schema));
  if (!validate) throw new Error("the fast path refused a schema it should take");
  const errors = validate(payload);
  return errors.length === 0 ? undefined : describePayloadErrors(errors);
}

describe("the fast path for simple trigger schemas", () => {
  for (const [name, schema] of Object.entries(SIMPLE_SCHEMAS)) {
    it(`says exactly what ajv says for every payload: ${name}`, () => {
      for (const payload of PAYLOADS) {
        expect(fastMessage(schema, payload), JSON.stringify(payload)).toBe(ajvMessage(schema, payload));
      }
    });
  }

  it.each([
    ["a format", { type: "string", format: "date-time" }],
    ["a $ref", { $ref: "other.schema.json" }],
    ["a pattern", { type: "object", properties: { tag: { type: "string", pattern: "^v" } } }],
    ["an unknown type", { type: "strin" }],
    ["required that is not a list of names", { required: "repo" }],
    ["repeated required names", { required: ["a", "a"] }],
    ["an empty enum", { enum: [] }],
    ["additionalProperties as a schema", { additionalProperties: { type: "string" } }],
    ["a boolean subschema", { properties: { a: false } }],
    ["a property named like an Object method", { required: ["constructor"] }],
    ["a nested $schema", { properties: { a: { $schema: "x" } } }],
    ["oneOf", { oneOf: [{ type: "string" }] }],
  ])("leaves a schema with %s to ajv", (_label, schema) => {
    expect(compileSimpleSchema(schema)).toBeUndefined();
  });
});
