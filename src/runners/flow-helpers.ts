/**
 * What `import ... from "@peezy.tech/codex-flows/flow-runtime/bun"` (the older runtime's step
 * helpers, also published as `@peezy.tech/flow-runtime/bun`) gives a step when that package is
 * not installed above it; `"flows-action/bun"` gets `defineFlow` and `defineBunFlow` from here. Kept
 * as text: Bun runs it inside the step (the module wrapper, or a preload for a raw step), and the
 * action is bundled into one file.
 *
 * Every name the older helper module exports is here, so a step that imports one it does not call
 * on this path (`createCodexFlowClientFromContext` behind an `if`) loads: a missing export made
 * Bun refuse the whole module ("Export named ... not found") before any of it ran.
 * - `defineBunFlow`, `defineFlow`: the identity function, as in the older runtime.
 * - `readFlowContext(input?)`: the run context, parsed from `input` or standard input; an error
 *   unless it is an object with a `flow` object, as the older helper checks it.
 * - `workspaceBackendUrlFromContext(context, env?)`: `runtime.workspaceBackendUrl`, else the
 *   environment's `CODEX_WORKSPACE_BACKEND_WS_URL`.
 * - the two Codex client factories: flows-action does not ship a Codex client, so calling one
 *   throws an error that says to install the real package (it is then used instead of these).
 */
export const FLOW_HELPERS_SOURCE = `const flowHelpers = (() => {
  const isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  const identity = (value) => value;
  async function readFlowContext(input) {
    const text = input === undefined ? await Bun.stdin.text() : typeof input === "string" ? input : new TextDecoder().decode(input);
    const context = JSON.parse(text);
    if (!isRecord(context) || !isRecord(context.flow)) throw new Error("Flow context must be a JSON object with a flow object");
    return context;
  }
  function workspaceBackendUrlFromContext(context, env = process.env) {
    const fromContext = isRecord(context) && isRecord(context.runtime) ? context.runtime.workspaceBackendUrl : undefined;
    return fromContext ?? (env ?? {}).CODEX_WORKSPACE_BACKEND_WS_URL;
  }
  const needsCodexFlows = (name) => () => {
    throw new Error(
      name + " needs the @peezy.tech/codex-flows package, which flows-action does not ship; " +
        "install it in the repository (bun add @peezy.tech/codex-flows) and flows-action uses it",
    );
  };
  return {
    defineBunFlow: identity,
    defineFlow: identity,
    readFlowContext,
    workspaceBackendUrlFromContext,
    createWorkspaceBackendClientFromContext: needsCodexFlows("createWorkspaceBackendClientFromContext"),
    createCodexFlowClientFromContext: needsCodexFlows("createCodexFlowClientFromContext"),
  };
})();

function standInForFlowHelpers(specifiers) {
  if (specifiers.length === 0) return;
  Bun.plugin({
    name: "flows-action-helpers",
    setup(build) {
      for (const specifier of specifiers) {
        // flows-action's own module gets what its real file (define-flow.ts) exports, no more: a
        // step that worked here would otherwise fail where flows-action is installed.
        const exports = specifier === "flows-action/bun" ? { defineBunFlow: flowHelpers.defineBunFlow, defineFlow: flowHelpers.defineFlow } : flowHelpers;
        build.module(specifier, () => ({ exports: { ...exports, default: exports }, loader: "object" }));
      }
    },
  });
}
`;

/** The file Bun preloads into a raw step that imports a helper specifier none installed. */
export function helpersPreloadSource(stubbed: readonly string[]): string {
  return `// flows-action step helpers (generated)\n${FLOW_HELPERS_SOURCE}\nstandInForFlowHelpers(${JSON.stringify(stubbed)});\n`;
}
