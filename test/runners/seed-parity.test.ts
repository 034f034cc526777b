// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings here are step sources under test.
// Conformance with the older flow runtime (#16 items 1–5): each test runs a flow package written
// exactly as that runtime's documentation shows ("Build your first flow", "Author a flow
// package"), through the same engine the action and the `flows` command use.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main as runCli } from "../../src/cli/main.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { isModuleStyleSource } from "../../src/runners/module-detect.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { renderText } from "../../src/report/text.js";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { BUN_PATH } from "./helpers.js";

// docs/pages/tutorials/first-flow.md, verbatim.
const HELLO_TOML = `name = "hello-flow"
version = 1
description = "Greets a person from a demo event."

[[steps]]
name = "hello"
runner = "bun"
script = "exec/hello.ts"
timeout_ms = 30000

[steps.trigger]
type = "demo.hello"
schema = "schemas/hello.schema.json"
`;
const HELLO_SCHEMA = `{
  "type": "object",
  "required": ["name"],
  "properties": {
    "name": { "type": "string" }
  }
}
`;
const HELLO_STEP = `import { defineBunFlow } from "@peezy.tech/codex-flows/flow-runtime/bun";

export default defineBunFlow(async (ctx) => {
  const name = ctx.flow.event.payload.name;
  return {
    status: "completed",
    message: \`hello \${name}\`,
  };
});
`;
const HELLO_EVENT = {
  id: "demo:hello:ada",
  type: "demo.hello",
  source: "tutorial",
  receivedAt: "2026-05-15T00:00:00.000Z",
  payload: {
    name: "Ada",
  },
};

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-seed-parity-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** The tutorial's hello-flow, with `exec/hello.ts` replaced when a test needs another step body. */
async function helloFlow(step = HELLO_STEP): Promise<void> {
  const root = join(repo.dir, "flows", "hello-flow");
  await writeText(join(root, "flow.toml"), HELLO_TOML);
  await writeText(join(root, "schemas", "hello.schema.json"), HELLO_SCHEMA);
  await writeText(join(root, "exec", "hello.ts"), step);
}

/** A module-style step (the recommended shape) that returns what it was given in `artifacts`. */
function echoStep(body: string): string {
  return `import { defineBunFlow } from "@peezy.tech/codex-flows/flow-runtime/bun";

export default defineBunFlow(async (ctx) => {
  return {
    status: "completed",
    message: \`hello \${ctx.flow.event.payload.name}\`,
    artifacts: ${body},
  };
});
`;
}

async function fire(options: { env?: NodeJS.ProcessEnv; workspaceBackendUrl?: string; store?: MemoryStateStore; event?: unknown } = {}) {
  const outcome = await dispatch(options.event ?? HELLO_EVENT, {
    repoRoot: repo.dir,
    bunPath: BUN_PATH,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    store: options.store,
    workspaceBackendUrl: options.workspaceBackendUrl,
  });
  const run = outcome.runs[0];
  expect(run?.error).toBeUndefined();
  return { outcome, run: run!, artifacts: run?.resultPayload?.artifacts as Record<string, unknown> };
}

describe("seed parity: flow packages written for the older runtime run unchanged", () => {
  it("runs the first-flow tutorial package as documented", async () => {
    await helloFlow();
    const { run } = await fire();
    expect(run.resultPayload).toEqual({ status: "completed", message: "hello Ada" });
  });

  it("gives the step the whole FlowEvent as context.flow.event: source, occurredAt, receivedAt and extra fields", async () => {
    await helloFlow(echoStep("{ event: ctx.flow.event }"));
    const event = { ...HELLO_EVENT, occurredAt: "2026-05-14T23:59:00.000Z", correlation: { ticket: 42 } };
    const { artifacts } = await fire({ event });
    expect(artifacts.event).toEqual(event);
  });

  it("fills receivedAt and payload in context.flow.event when the event file leaves them out", async () => {
    await helloFlow(
      `const ctx = JSON.parse(await Bun.stdin.text());\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", artifacts: { event: ctx.flow.event } }));\n`,
    );
    await writeText(
      join(repo.dir, "flows", "hello-flow", "schemas", "hello.schema.json"),
      '{ "type": "object" }\n',
    );
    const { artifacts } = await fire({ event: { id: "demo:hello:bare", type: "demo.hello", source: "tutorial" } });
    expect(artifacts.event).toMatchObject({ id: "demo:hello:bare", type: "demo.hello", source: "tutorial", payload: {} });
    expect(typeof (artifacts.event as { receivedAt: unknown }).receivedAt).toBe("string");
  });

  it("fills receivedAt with the time of dispatch when the event gives it empty or null, as the older runtime did", async () => {
    await helloFlow(echoStep("{ receivedAt: ctx.flow.event.receivedAt, valid: !Number.isNaN(Date.parse(ctx.flow.event.receivedAt)) }"));
    for (const [id, receivedAt] of [["demo:hello:empty", ""], ["demo:hello:null", null]] as const) {
      const before = Date.now();
      const { artifacts } = await fire({ event: { ...HELLO_EVENT, id, receivedAt } });
      expect(artifacts.valid).toBe(true);
      expect(Date.parse(artifacts.receivedAt as string)).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it("passes host CODEX_FLOW_* settings through to steps, but takes the run variables from the event being run", async () => {
    await helloFlow(
      echoStep(
        "Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith(\"CODEX_\"))), runtime: ctx.runtime",
      ),
    );
    const { artifacts, run } = await fire({
      env: {
        CODEX_FLOW_PUSH: "1",
        CODEX_FLOW_PUBLISH: "1",
        CODEX_FLOWS_MODE: "local",
        CODEX_FLOW_EVENT_ID: "stale-event",
        CODEX_FLOW_RUN_ID: "stale-run",
        CODEX_FLOW_ATTEMPT_ID: "stale-attempt",
        CODEX_FLOW_REPLAY: "1",
        CODEX_FLOW_LAUNCHED_BY: "somebody-else",
      },
    });
    expect(artifacts).toMatchObject({
      CODEX_FLOW_PUSH: "1",
      CODEX_FLOW_PUBLISH: "1",
      CODEX_FLOWS_MODE: "local",
      CODEX_FLOW_EVENT_ID: "demo:hello:ada",
      CODEX_FLOW_RUN_ID: run.id,
      CODEX_FLOW_ATTEMPT_ID: run.attempts[0]?.id,
      CODEX_FLOW_REPLAY: "0",
    });
    expect(artifacts.CODEX_FLOW_LAUNCHED_BY).toBeUndefined();
  });

  it("gives steps a workspace backend URL from the option, or from the host's CODEX_WORKSPACE_BACKEND_WS_URL", async () => {
    await helloFlow(
      echoStep("{ url: ctx.runtime.workspaceBackendUrl, env: process.env.CODEX_WORKSPACE_BACKEND_WS_URL ?? null }"),
    );
    const fromHost = await fire({ env: { CODEX_WORKSPACE_BACKEND_WS_URL: "ws://127.0.0.1:3586" } });
    expect(fromHost.artifacts).toEqual({ url: "ws://127.0.0.1:3586", env: "ws://127.0.0.1:3586" });
    const fromOption = await fire({
      env: { CODEX_WORKSPACE_BACKEND_WS_URL: "ws://host-value" },
      workspaceBackendUrl: "ws://backend.example/ws",
    });
    expect(fromOption.artifacts).toEqual({ url: "ws://backend.example/ws", env: "ws://backend.example/ws" });
    const none = await fire();
    expect(none.artifacts).toEqual({ env: null });
  });

  it("runs a raw script whose comment says 'has default value' as a raw script", async () => {
    // "Author a flow package": the raw ABI, with a comment that mentions a default.
    const raw = `// The name has default value "world" when the payload leaves it out.
const ctx = JSON.parse(await Bun.stdin.text());

console.log(\`FLOW_RESULT \${JSON.stringify({
  status: "completed",
  message: \`handled \${ctx.flow.event.id}\`,
})}\`);
`;
    await helloFlow(raw);
    const { run } = await fire();
    expect(run.resultPayload).toEqual({ status: "completed", message: "handled demo:hello:ada" });
  });

  it("runs a step that re-exports its default export from another file (`export { default } from`) as a module", async () => {
    await helloFlow('export { default } from "./greet.ts";\n');
    await writeText(join(repo.dir, "flows", "hello-flow", "exec", "greet.ts"), HELLO_STEP);
    const { run } = await fire();
    expect(run.resultPayload).toEqual({ status: "completed", message: "hello Ada" });
  });

  it("runs `export  default` with any whitespace between the words as a module", async () => {
    await helloFlow(
      `import { defineBunFlow } from "@peezy.tech/codex-flows/flow-runtime/bun";\n\nexport  default\n\tdefineBunFlow(async (ctx) => ({ status: "completed", message: \`hello \${ctx.flow.event.payload.name}\` }));\n`,
    );
    const { run } = await fire();
    expect(run.resultPayload).toEqual({ status: "completed", message: "hello Ada" });
  });

  it("reports a duplicate dispatch as matched 0, idempotent, and says how many steps were already handled", async () => {
    await helloFlow();
    const store = new MemoryStateStore();
    const first = await fire({ store });
    expect(first.outcome).toMatchObject({ status: "accepted", matched: 1 });
    const again = await fire({ store });
    expect(again.outcome).toMatchObject({ status: "duplicate", matched: 0, idempotent: true, runIds: [first.run.id] });
    expect(again.run.alreadyHandled).toBe(true);
    expect(renderText(again.outcome)).toContain("ran=0 already handled: 1 step (duplicate: nothing new ran)");
  });

  it("takes the older runner's command line: --cwd DIR, then run <flow> <step> --event FILE or fire --event FILE", async () => {
    await helloFlow();
    await writeText(join(repo.dir, "event.json"), JSON.stringify(HELLO_EVENT));
    const flows = async (...argv: string[]) => {
      let out = "";
      const code = await runCli(argv, { env: { PATH: process.env.PATH, HOME: process.env.HOME, FLOWS_BUN: BUN_PATH, NO_COLOR: "1" }, out: (text) => (out += text), err: () => undefined });
      return { code, out };
    };
    // As the older runtime's backend starts its runner (apps/workspace-backend: flowCommand), less the ids it names.
    const ran = await flows("--cwd", repo.dir, "run", "hello-flow", "hello", "--event", join(repo.dir, "event.json"), "--state", "none");
    expect(ran).toMatchObject({ code: 0 });
    expect(ran.out).toContain("completed  hello-flow/hello");
    expect(ran.out).toContain("hello Ada");
    const fired = await flows("--cwd", repo.dir, "fire", "--event", join(repo.dir, "event.json"), "--json");
    expect(fired.code).toBe(0);
    expect(JSON.parse(fired.out)).toMatchObject({ status: "accepted", matched: 1, runs: [{ resultPayload: { status: "completed", message: "hello Ada" } }] });
  });
});

describe("module-style detection matches whole words in code only", () => {
  it.each([
    ["export default defineBunFlow(async () => ({}));", true],
    ["export  default async function run() {}", true],
    ["export\n\tdefault run;", true],
    ["const run = () => ({});\nexport { run as default };", true],
    ["export {\n  run as\n  default\n};", true],
    ["const flow = defineBunFlow (async () => ({}));", true],
    ["// has default value\nconsole.log('FLOW_RESULT {}');", false],
    ["/* export default is not used here */\nconsole.log('FLOW_RESULT {}');", false],
    ["console.log('export default');", false],
    ['const help = "use export default or defineBunFlow(fn)";', false],
    ["const text = `export default ${1 + 1}`;", false],
    ["const re = /export default/;\nconsole.log(re);", false],
    ["const reexport = 1; const defaults = 2; const alias = 3;", false],
    ["const x = `${`export default`}`;", false],
    ["const x = `a ${({ b: 1 }).b} c`; export default x;", true],
    ["const half = 4 / 2; export default half / 1;", true],
    ['export { default } from "./impl.ts";', true],
    ['export {\n  default,\n  helper,\n} from "./impl.ts";', true],
    ['export { default as helper } from "./impl.ts";\nconsole.log("FLOW_RESULT {}");', false],
  ])("%j → module style %s", (source, expected) => {
    expect(isModuleStyleSource(source)).toBe(expected);
  });
});
