// @bun
import"./main-fbb7e2a8.js";
import {
  gitHubConditionContext,
  explainMatch,
  matchSteps2,
  discoverFlows,
  normalizeFlowEvent,
  renderExplainText,
  formatProblem,
  readJsonFile
} from "./main-705341a3.js";
import"./main-845a148e.js";
import"./main-a2f440ba.js";
import {
  readGitHubRunContext,
  flowEventFromGitHub
} from "./main-eee22fe1.js";
import"./main-d86cd4d4.js";

// src/cli/explain.ts
import { resolve } from "path";
async function explainCommand(ctx, options) {
  const file = await readJsonFile(resolve(options.eventPath), options.eventName ? "The event payload" : "The event");
  let event;
  let github;
  if (options.eventName) {
    const env = { ...ctx.env, GITHUB_EVENT_NAME: options.eventName };
    event = flowEventFromGitHub({ eventName: options.eventName, payload: file, context: readGitHubRunContext(env) });
    github = gitHubConditionContext({ env, eventName: options.eventName, payload: file });
  } else {
    event = normalizeFlowEvent(file);
  }
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots });
  const result = await matchSteps2(discovery.flows, event, { env: ctx.env, ...github ? { github } : {} });
  const steps = explainMatch(discovery.flows, result);
  const problems = [...discovery.problems, ...result.problems ?? []];
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ event: { id: event.id, type: event.type }, steps, problems }, null, 2)}
`);
  } else {
    ctx.out(`${renderExplainText(event, steps, { baseDir: ctx.repoRoot })}
`);
    for (const problem of problems)
      ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}
`);
  }
  return 0;
}
export {
  explainCommand
};
