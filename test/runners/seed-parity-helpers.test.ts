// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings here are step sources under test.
// The older runtime's step helper module, `@peezy.tech/codex-flows/flow-runtime/bun`, exports more
// than defineBunFlow: readFlowContext (for raw scripts), workspaceBackendUrlFromContext and the
// Codex client factories ("Author a flow package", "Calling Codex from Bun"). Steps written as
// those pages show must load when the package is not installed, raw steps included.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { BUN_PATH } from "./helpers.js";

const MANIFEST = `name = "example-flow"
version = 1
description = "Short operational purpose."

[config]
commit = true

[[steps]]
name = "do-work"
runner = "bun"
script = "exec/do-work.ts"
timeout_ms = 300000

[steps.trigger]
type = "upstream.release"
`;

const EVENT = {
  id: "patch:upstream.release:openai/codex:rust-v1.2.3",
  type: "upstream.release",
  source: "patch",
  payload: { repo: "openai/codex", tag: "rust-v1.2.3" },
};

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-seed-helpers-");
});
afterEach(async () => {
  await repo.cleanup();
});

async function fireWith(step: string, event: Record<string, unknown> = EVENT, workspaceBackendUrl?: string) {
  const root = join(repo.dir, "flows", "example-flow");
  await writeText(join(root, "flow.toml"), MANIFEST);
  await writeText(join(root, "exec", "do-work.ts"), step);
  const outcome = await dispatch(event, {
    repoRoot: repo.dir,
    bunPath: BUN_PATH,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    workspaceBackendUrl,
  });
  expect(outcome.runs).toHaveLength(1);
  return outcome.runs[0]!;
}

describe("seed parity: the older runtime's step helpers load without its package installed", () => {
  it("runs a raw script that reads its context with readFlowContext", async () => {
    const run = await fireWith(`import { readFlowContext } from "@peezy.tech/codex-flows/flow-runtime/bun";

const ctx = await readFlowContext();

console.log(\`FLOW_RESULT \${JSON.stringify({
  status: "completed",
  message: \`handled \${ctx.flow.event.id}\`,
  artifacts: { commit: ctx.flow.config.commit },
})}\`);
`);
    expect(run.error).toBeUndefined();
    expect(run.resultPayload).toEqual({
      status: "completed",
      message: "handled patch:upstream.release:openai/codex:rust-v1.2.3",
      artifacts: { commit: true },
    });
  });

  it("runs a module that imports createCodexFlowClientFromContext on a path that does not call it", async () => {
    const run = await fireWith(`import {
  createCodexFlowClientFromContext,
  defineBunFlow,
} from "@peezy.tech/codex-flows/flow-runtime/bun";

export default defineBunFlow(async (ctx) => {
  if (typeof ctx.flow.event.payload.threadId !== "string") {
    return { status: "skipped", message: "no thread to continue" };
  }
  const codex = createCodexFlowClientFromContext(ctx);
  try {
    return { status: "needs_intervention", message: "Codex turn started." };
  } finally {
    codex.close();
  }
});
`);
    expect(run.error).toBeUndefined();
    expect(run.resultPayload).toEqual({ status: "skipped", message: "no thread to continue" });
  });

  it("fails a step that calls a Codex client factory, saying to install @peezy.tech/codex-flows", async () => {
    const run = await fireWith(`import { createCodexFlowClientFromContext, defineBunFlow } from "@peezy.tech/codex-flows/flow-runtime/bun";

export default defineBunFlow(async (ctx) => {
  const codex = createCodexFlowClientFromContext(ctx);
  return { status: "completed" };
});
`);
    expect(run.effectiveStatus).toBe("failed");
    expect(run.resultPayload?.message).toContain("createCodexFlowClientFromContext needs the @peezy.tech/codex-flows package");
    expect(run.resultPayload?.message).toContain("bun add @peezy.tech/codex-flows");
  });

  it("gives workspaceBackendUrlFromContext the run's workspace backend URL", async () => {
    const run = await fireWith(
      `import { defineBunFlow, workspaceBackendUrlFromContext } from "@peezy.tech/codex-flows/flow-runtime/bun";

export default defineBunFlow(async (ctx) => ({
  status: "completed",
  message: workspaceBackendUrlFromContext(ctx),
}));
`,
      EVENT,
      "ws://127.0.0.1:3586",
    );
    expect(run.error).toBeUndefined();
    expect(run.resultPayload).toEqual({ status: "completed", message: "ws://127.0.0.1:3586" });
  });

  it("resolves the standalone package's name, @peezy.tech/flow-runtime/bun, as its README shows it", async () => {
    const run = await fireWith(`import {
	defineBunFlow,
	createCodexFlowClientFromContext,
} from "@peezy.tech/flow-runtime/bun";

export default defineBunFlow(async (ctx) => {
	if (typeof ctx.flow.event.payload.threadId !== "string") {
		return { status: "skipped", message: \`no thread for \${ctx.flow.event.payload.tag}\` };
	}
	const codex = createCodexFlowClientFromContext(ctx);
	codex.close();
	return { status: "needs_intervention" };
});
`);
    expect(run.error).toBeUndefined();
    expect(run.resultPayload).toEqual({ status: "skipped", message: "no thread for rust-v1.2.3" });
  });

  it("writes the stand-ins again for the next raw step when a step removed them", async () => {
    const root = join(repo.dir, "flows", "example-flow");
    await writeText(
      join(root, "flow.toml"),
      `${MANIFEST}\n[[steps]]\nname = "after"\nrunner = "bun"\nscript = "exec/after.ts"\n\n[steps.trigger]\ntype = "upstream.release"\n`,
    );
    // The first step cleans up this dispatcher's temp files, as a step's `rm -rf $TMPDIR/*` would.
    await writeText(
      join(root, "exec", "do-work.ts"),
      `import { readFlowContext } from "@peezy.tech/codex-flows/flow-runtime/bun";
import { readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
await readFlowContext();
let removed = 0;
for (const dir of readdirSync(tmpdir()).filter((name) => name.startsWith(\`flows-action-\${process.ppid}-\`))) {
  for (const file of readdirSync(join(tmpdir(), dir)).filter((name) => name.startsWith("step-helpers-"))) {
    rmSync(join(tmpdir(), dir, file));
    removed += 1;
  }
}
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", artifacts: { removed } }));
`,
    );
    await writeText(
      join(root, "exec", "after.ts"),
      `import { readFlowContext } from "@peezy.tech/codex-flows/flow-runtime/bun";
const ctx = await readFlowContext();
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: ctx.flow.step }));
`,
    );
    const outcome = await dispatch(EVENT, { repoRoot: repo.dir, bunPath: BUN_PATH, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    const [first, after] = outcome.runs;
    expect(first?.resultPayload).toEqual({ status: "completed", artifacts: { removed: 1 } });
    expect(after?.error).toBeUndefined();
    expect(after?.resultPayload).toEqual({ status: "completed", message: "after" });
  });

  it("uses an installed @peezy.tech/codex-flows for a raw script instead of the stand-ins", async () => {
    const pkg = join(repo.dir, "node_modules", "@peezy.tech", "codex-flows");
    await writeText(
      join(pkg, "package.json"),
      JSON.stringify({ name: "@peezy.tech/codex-flows", version: "0.3.5", type: "module", exports: { "./flow-runtime/bun": "./bun.js" } }),
    );
    await writeText(join(pkg, "bun.js"), `export async function readFlowContext() { return { flow: { event: { id: "from the installed package" } } }; }\n`);
    const run = await fireWith(`import { readFlowContext } from "@peezy.tech/codex-flows/flow-runtime/bun";
const ctx = await readFlowContext();
console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: ctx.flow.event.id }));
`);
    expect(run.error).toBeUndefined();
    expect(run.resultPayload).toEqual({ status: "completed", message: "from the installed package" });
  });
});
