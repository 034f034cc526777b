// What `flows validate` says about packages that load fine but cannot work: a step whose script
// is empty, a trigger schema no payload can pass.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateFlows } from "../../src/flows/validate.js";
import { makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

function manifest(steps: Array<{ name: string; script: string; type?: string; schema?: string }>): string {
  const lines = ['name = "pkg"', "version = 1", ""];
  for (const step of steps) {
    lines.push("[[steps]]", `name = "${step.name}"`, 'runner = "bun"', `script = "${step.script}"`);
    if (step.type) lines.push("[steps.trigger]", `type = "${step.type}"`, ...(step.schema ? [`schema = "${step.schema}"`] : []));
    lines.push("");
  }
  return lines.join("\n");
}

const validate = () => validateFlows({ repoRoot: repo.root });

describe("flows validate: empty scripts", () => {
  it("warns about a step whose script is empty, only whitespace or only comments, naming the file and the step", async () => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([
        { name: "zero", script: "exec/zero.ts", type: "t" },
        { name: "blank", script: "exec/blank.sh", type: "t" },
        { name: "comments", script: "exec/comments.ts", type: "t" },
        { name: "code", script: "exec/code.ts", type: "t" },
        { name: "url", script: "exec/url.ts", type: "t" },
      ]),
      "flows/pkg/exec/zero.ts": "",
      "flows/pkg/exec/blank.sh": "\n  \n\t\n",
      "flows/pkg/exec/comments.ts": "#!/usr/bin/env bun\n// TODO: write this step\n/* later\n   maybe */\n",
      "flows/pkg/exec/code.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
      // A comment opener inside a string is code.
      "flows/pkg/exec/url.ts": '"//example.com"\n',
    });
    const result = await validate();
    const warnings = result.problems.filter((problem) => problem.message.includes("FLOW_RESULT"));
    expect(warnings.map((w) => [w.file.slice(repo.root.length + 1), w.severity, w.line])).toEqual([
      ["flows/pkg/exec/zero.ts", "warning", 1],
      ["flows/pkg/exec/blank.sh", "warning", 1],
      ["flows/pkg/exec/comments.ts", "warning", 1],
    ]);
    expect(warnings[0]?.message).toContain('script is empty (0 bytes), so step "zero" (flow.toml of flow "pkg")');
    expect(warnings[1]?.message).toContain("only whitespace");
    expect(warnings[2]?.message).toContain("only comments");
    expect(warnings[0]?.message).toContain("Write the step's code in it");
    // A warning: the package still loads and validates.
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("names every step that shares an empty script, once", async () => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([
        { name: "a", script: "exec/run.ts", type: "t" },
        { name: "b", script: "exec/run.ts", type: "t" },
      ]),
      "flows/pkg/exec/run.ts": "",
    });
    const warnings = (await validate()).problems.filter((problem) => problem.message.includes("FLOW_RESULT"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('step "a" (flow.toml of flow "pkg"), step "b"');
  });
});

describe("flows validate: trigger schemas no payload can pass", () => {
  const schemaWarnings = async (schema: string, type = "push") => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([{ name: "go", script: "exec/run.ts", type, schema: "schemas/p.schema.json" }]),
      "flows/pkg/exec/run.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
      "flows/pkg/schemas/p.schema.json": schema,
    });
    const result = await validate();
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    return result.problems.filter((problem) => problem.file.endsWith("p.schema.json"));
  };

  it.each([
    ["false", "false\n", 1, "the schema is false, which rejects every value"],
    ["not {}", '{\n  "not": {}\n}\n', 2, "not is not {}, which rejects every value"],
    ["a const of another type", '{\n  "type": "object",\n  "properties": {},\n  "const": "x"\n}\n', 4, 'const is "x", which is not of its type object'],
    ["an allOf member that is false", '{\n  "allOf": [\n    {"type": "object"},\n    false\n  ]\n}\n', 4, "allOf.1 is false"],
    ["an anyOf of nothing that matches", '{\n  "anyOf": [false, {"not": true}]\n}\n', 2, "anyOf has no alternative that can match"],
    [
      "a required property it forbids",
      '{\n  "type": "object",\n  "required": ["tag"],\n  "properties": {\n    "tag": {"type": "string", "enum": [1, 2]}\n  }\n}\n',
      5,
      'properties.tag.enum lists no value of its type string, and "tag" is required',
    ],
    [
      "a required property additionalProperties: false forbids",
      '{\n  "type": "object",\n  "additionalProperties": false,\n  "required": ["tag"],\n  "properties": {"repo": {"type": "string"}}\n}\n',
      4,
      'required lists "tag", which additionalProperties: false forbids (it is not in properties)',
    ],
    ["a maximum below its minimum", '{\n  "type": "object",\n  "properties": {\n    "n": {"type": "integer", "minimum": 5, "maximum": 2}\n  },\n  "required": ["n"]\n}\n', 4, "properties.n.maximum is 2, past its minimum 5"],
  ])("warns about %s, at its line", async (_name, schema, line, why) => {
    const warnings = await schemaWarnings(schema);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", line });
    expect(warnings[0]?.message).toContain(`schema can never match: ${why}`);
    expect(warnings[0]?.message).toContain("its step never runs");
  });

  it.each([
    ["an ordinary schema", '{"type": "object", "required": ["tag"], "properties": {"tag": {"type": "string"}}}'],
    ["true", "true"],
    ["a forbidden property that is not required", '{"type": "object", "properties": {"draft": false}}'],
    ["a required false property without type object (a non-object payload passes)", '{"required": ["x"], "properties": {"x": false}}'],
    ["an anyOf with one possible alternative", '{"anyOf": [false, {"type": "object"}]}'],
    ["a const of its type", '{"type": ["object", "string"], "const": "x"}'],
    ["a required property a pattern may allow", '{"type": "object", "additionalProperties": false, "patternProperties": {"^t": {}}, "required": ["tag"]}'],
    ["a maxLength below minLength on a type it does not bind", '{"type": ["object", "string"], "minLength": 3, "maxLength": 1}'],
    ["a $ref beside a false-looking keyword", '{"definitions": {"a": {"type": "object"}}, "$ref": "#/definitions/a", "not": {}}'],
  ])("says nothing about %s", async (_name, schema) => {
    expect(await schemaWarnings(schema)).toEqual([]);
  });

  it("says it again for a file validated before, and follows an edit of it (a process that validates again: `flows daemon`)", async () => {
    const first = await schemaWarnings("false\n");
    expect(first).toHaveLength(1);
    first[0]!.message = "changed by whoever got it";
    const again = await schemaWarnings("false\n");
    expect(again).toHaveLength(1);
    expect(again[0]?.message).toContain("schema can never match: the schema is false");
    expect(await schemaWarnings('{"type": "object"}')).toEqual([]);
    expect((await schemaWarnings("false\n"))[0]?.message).toContain("schema can never match");
  });

  it("warns about a schema written for the whole FlowEvent, and a type in it that is not the trigger's", async () => {
    const event = (type: string) =>
      JSON.stringify({ type: "object", required: ["id", "type", "payload"], properties: { type: { const: type }, payload: { type: "object" } } }, null, 2);
    const same = await schemaWarnings(event("push"));
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ severity: "warning", line: 3 });
    expect(same[0]?.message).toContain('schema requires "payload" and "type", as a whole FlowEvent has them');
    expect(same[0]?.message).not.toContain("is not even the trigger's type");
    const other = await schemaWarnings(event("release.published"));
    expect(other[0]?.message).toContain('Its "type" ("release.published") is not even the trigger\'s type "push".');
  });
});

describe("flows validate: trigger types", () => {
  it("warns about a trigger type with spaces around it, at its line: no GitHub event has them", async () => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([{ name: "go", script: "exec/run.ts", type: " push " }]),
      "flows/pkg/exec/run.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
    });
    const { problems, flows } = await validate();
    expect(flows.map((flow) => flow.name)).toEqual(["pkg"]);
    expect(problems).toEqual([
      {
        severity: "warning",
        file: `${repo.root}/flows/pkg/flow.toml`,
        line: 9,
        column: 1,
        message:
          'steps[0].trigger.type " push " has spaces around it, so it matches only events whose type has the same spaces ' +
          `(GitHub's never do). Write "push".`,
      },
    ]);
  });

  it.each([
    ["release", 'release events always carry an action, and their type is release.<action>. Write "release.published"', 'or "release.*" for every action.'],
    ["release.publish", "GitHub's release events carry the actions created, deleted, edited,", 'Did you mean "release.published"?'],
    ["push.published", 'push events carry no action, and their type is "push".', 'Write "push".'],
    ["pull-request.opened", '"pull-request" is not a GitHub event name.', 'Did you mean "pull_request.opened"?'],
    ["issue", '"issue" is not a GitHub event name.', 'Did you mean "issues.opened"?'],
    ["pull_request_target.opend", "GitHub's pull_request_target events carry the actions", 'Did you mean "pull_request_target.opened"?'],
    ["release.pub?", "GitHub's release events carry the actions", 'or "release.*" for every action.'],
    ["release.publised", "GitHub's release events carry the actions", 'Did you mean "release.published"?'],
    ["pul_request.*", '"pul_request" is not a GitHub event name.', 'Did you mean "pull_request.*"?'],
    ["Push", '"Push" is not a GitHub event name.', 'Did you mean "push"?'],
    // The suggestion is a type GitHub sends: the action's case is fixed with the name's.
    ["Pull_Request.Opened", '"Pull_Request" is not a GitHub event name.', 'Did you mean "pull_request.opened"?'],
    ["pullrequest.opend", '"pullrequest" is not a GitHub event name.', 'Did you mean "pull_request.opened"?'],
  ])("warns that the trigger type %s matches no GitHub event, saying what to write", async (type, reason, fix) => {
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([{ name: "go", script: "exec/run.ts", type }]),
      "flows/pkg/exec/run.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
    });
    const { problems, flows } = await validate();
    expect(flows.map((flow) => flow.name)).toEqual(["pkg"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", file: `${repo.root}/flows/pkg/flow.toml`, line: 9, column: 1 });
    expect(problems[0]?.message).toContain(`steps[0].trigger.type ${JSON.stringify(type)} matches no GitHub event: ${reason}`);
    expect(problems[0]?.message).toContain(fix);
  });

  // Types of one's own, some a letter from a GitHub event's name (watch, fork, public, label) but
  // with an action that event never has: no false alarm.
  const ownTypes = ["deploy.finished", "acme.build", "patch.applied", "batch.done", "form.submitted", "publish.done", "babel.built"];
  it.each(["push", "release.published", "pull_request.*", "pull_request_target.synchronize", "repository_dispatch.deploy", "upstream.release", "deploy", "schedule", "workflow_dispatch", "*", ...ownTypes])(
    "says nothing about the trigger type %s",
    async (type) => {
      await writeFiles(repo.root, {
        "flows/pkg/flow.toml": manifest([{ name: "go", script: "exec/run.ts", type }]),
        "flows/pkg/exec/run.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
      });
      const { problems } = await validate();
      expect(problems).toEqual([]);
    },
  );
});

describe("flows validate: a schema that fails its meta-schema", () => {
  it("lists the patterns RE2 cannot run beside the meta-schema error, in one pass", async () => {
    const schema = [
      "{",
      '  "type": "object",',
      '  "properties": {',
      '    "ref": { "pattern": "^refs/heads/(?!wip)" },',
      '    "sender": { "type": "strin" },',
      '    "pattern": { "type": "string", "pattern": "^ok$" }',
      "  },",
      '  "patternProperties": { "(a)\\\\1": {} },',
      '  "enum": [{ "pattern": "(?=x)" }]',
      "}",
    ].join("\n");
    await writeFiles(repo.root, {
      "flows/pkg/flow.toml": manifest([{ name: "go", script: "exec/run.ts", type: "push", schema: "schemas/push.json" }]),
      "flows/pkg/exec/run.ts": 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n',
      "flows/pkg/schemas/push.json": schema,
    });
    const { problems } = await validate();
    const file = `${repo.root}/flows/pkg/schemas/push.json`;
    expect(problems.map((p) => [p.severity, p.file, p.line, p.message])).toEqual([
      ["error", file, 5, expect.stringMatching(/^schema is invalid: \/properties\/sender\/type must be equal to one of the allowed values/)],
      ["error", file, 4, expect.stringMatching(/^pattern "\^refs\/heads\/\(\?!wip\)" cannot be used: .*no lookahead or lookbehind/)],
      ["error", file, 8, expect.stringMatching(/^pattern "\(a\)\\\\1" cannot be used: .*no backreferences/)],
    ]);
  });
});

describe("flows validate: paths Windows cannot check out", () => {
  it("warns about a package folder, a script and a schema named as a Windows device or with a character Windows refuses, each folder once", async () => {
    const code = 'console.log("FLOW_RESULT {\\"status\\":\\"completed\\"}");\n';
    await writeFiles(repo.root, {
      "flows/con/flow.toml": manifest([
        { name: "one", script: "exec/one.ts", type: "t" },
        { name: "two", script: "exec/two.ts", type: "t" },
      ]).replace('name = "pkg"', 'name = "con"'),
      "flows/con/exec/one.ts": code,
      "flows/con/exec/two.ts": code,
      "flows/pkg/flow.toml": manifest([
        { name: "aux", script: "exec/Aux.ts", type: "t" },
        { name: "lpt", script: "lpt1 .d/main.ts", type: "t", schema: "schemas/com9.schema.json" },
        { name: "star", script: "exec/a*b.ts", type: "t" },
        { name: "fine", script: "exec/console.ts", type: "t", schema: "schemas/con-x.json" },
      ]),
      "flows/pkg/exec/Aux.ts": code,
      "flows/pkg/lpt1 .d/main.ts": code,
      "flows/pkg/exec/a*b.ts": code,
      "flows/pkg/exec/console.ts": code,
      "flows/pkg/schemas/com9.schema.json": "{}",
      "flows/pkg/schemas/con-x.json": "{}",
    });
    const result = await validate();
    const warnings = result.problems.filter((problem) => problem.message.includes("on Windows"));
    expect(warnings.map((w) => [w.file.slice(repo.root.length + 1), w.severity])).toEqual([
      ["flows/con/flow.toml", "warning"],
      ["flows/pkg/flow.toml", "warning"],
      ["flows/pkg/flow.toml", "warning"],
      ["flows/pkg/flow.toml", "warning"],
      ["flows/pkg/flow.toml", "warning"],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'flow "con"\'s folder "flows/con": "con" is the device name CON on Windows (in any case, and with any extension), so git cannot check this repository out on Windows. Rename it, e.g. to "con-flow".',
      'step "aux"\'s script "flows/pkg/exec/Aux.ts": "Aux.ts" is the device name AUX on Windows (in any case, and with any extension), so git cannot check this repository out on Windows. Rename it, e.g. to "Aux-step.ts".',
      'step "lpt"\'s script "flows/pkg/lpt1 .d/main.ts": "lpt1 .d" is the device name LPT1 on Windows (in any case, and with any extension), so git cannot check this repository out on Windows. Rename it, e.g. to "lpt1-files.d".',
      'step "lpt"\'s schema "flows/pkg/schemas/com9.schema.json": "com9.schema.json" is the device name COM9 on Windows (in any case, and with any extension), so git cannot check this repository out on Windows. Rename it, e.g. to "com9-schema.schema.json".',
      'step "star"\'s script "flows/pkg/exec/a*b.ts": "a*b.ts" holds "*", which Windows does not allow in a file name, so git cannot check this repository out on Windows. Rename it, e.g. to "a-b.ts".',
    ]);
    expect(warnings[1]?.line).toBeGreaterThan(1);
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });
});
