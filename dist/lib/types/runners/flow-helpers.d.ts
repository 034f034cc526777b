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
export declare const FLOW_HELPERS_SOURCE = "const flowHelpers = (() => {\n  const isRecord = (value) => typeof value === \"object\" && value !== null && !Array.isArray(value);\n  const identity = (value) => value;\n  async function readFlowContext(input) {\n    const text = input === undefined ? await Bun.stdin.text() : typeof input === \"string\" ? input : new TextDecoder().decode(input);\n    const context = JSON.parse(text);\n    if (!isRecord(context) || !isRecord(context.flow)) throw new Error(\"Flow context must be a JSON object with a flow object\");\n    return context;\n  }\n  function workspaceBackendUrlFromContext(context, env = process.env) {\n    const fromContext = isRecord(context) && isRecord(context.runtime) ? context.runtime.workspaceBackendUrl : undefined;\n    return fromContext ?? (env ?? {}).CODEX_WORKSPACE_BACKEND_WS_URL;\n  }\n  const needsCodexFlows = (name) => () => {\n    throw new Error(\n      name + \" needs the @peezy.tech/codex-flows package, which flows-action does not ship; \" +\n        \"install it in the repository (bun add @peezy.tech/codex-flows) and flows-action uses it\",\n    );\n  };\n  return {\n    defineBunFlow: identity,\n    defineFlow: identity,\n    readFlowContext,\n    workspaceBackendUrlFromContext,\n    createWorkspaceBackendClientFromContext: needsCodexFlows(\"createWorkspaceBackendClientFromContext\"),\n    createCodexFlowClientFromContext: needsCodexFlows(\"createCodexFlowClientFromContext\"),\n  };\n})();\n\nfunction standInForFlowHelpers(specifiers) {\n  if (specifiers.length === 0) return;\n  Bun.plugin({\n    name: \"flows-action-helpers\",\n    setup(build) {\n      for (const specifier of specifiers) {\n        // flows-action's own module gets what its real file (define-flow.ts) exports, no more: a\n        // step that worked here would otherwise fail where flows-action is installed.\n        const exports = specifier === \"flows-action/bun\" ? { defineBunFlow: flowHelpers.defineBunFlow, defineFlow: flowHelpers.defineFlow } : flowHelpers;\n        build.module(specifier, () => ({ exports: { ...exports, default: exports }, loader: \"object\" }));\n      }\n    },\n  });\n}\n";
/** The file Bun preloads into a raw step that imports a helper specifier none installed. */
export declare function helpersPreloadSource(stubbed: readonly string[]): string;
