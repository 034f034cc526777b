// The files `flows new` writes: a flow.toml editors validate (its first line names the schema)
// and a step that reads its context and reports a FLOW_RESULT the documented ways (README, "A
// flow package in five minutes"). The scripts hold no text from the command line: what they
// show of the flow they read from the context, so no name can break their code.

export type StepStyle = "module" | "raw";

export const FLOW_SCHEMA_LINE = "#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json";

/** A TOML basic string: names and types hold no control character (checked), so JSON's escapes are TOML's. */
function tomlString(text: string): string {
  return JSON.stringify(text);
}

export function flowToml(options: { flow: string; step: string; script: string; type: string }): string {
  return `${FLOW_SCHEMA_LINE}
# A flow package (README, "A flow package in five minutes"); \`flows validate\` checks it.
name = ${tomlString(options.flow)}
version = 1
description = ${tomlString(`Runs on ${options.type} events`)}

# Settings every step gets as context.flow.config.
[config]
greeting = "Hello"

[[steps]]
name = ${tomlString(options.step)}
runner = "bun"
script = ${tomlString(options.script)}   # relative to this folder
# timeout_ms = 300000       # the default: 5 minutes

[steps.trigger]
type = ${tomlString(options.type)}   # the FlowEvent type to run on; * matches any text
# Optional filters, checked after the type (\`flows explain --event FILE\` says which one failed):
# schema = "schemas/payload.schema.json"   # a JSON Schema event.payload must pass
# if = "startsWith(event.payload.tag, 'v')"   # a condition, as a workflow's if: (docs/conditions.md)
`;
}

const MODULE_STEP = `// Module style: flows-action calls the default export with the run context (context.flow:
// name, step, config, event; context.runtime: eventId, runId, replay...) and reports what it
// returns as the step's FLOW_RESULT. A throw fails the step with its message.
import { defineFlow } from "flows-action/bun"; // resolved by flows-action; nothing to install

export default defineFlow(async (context) => {
  const { name, step, config, event } = context.flow;
  const greeting = typeof config?.greeting === "string" ? config.greeting : "Hello";
  // What a step prints is its log: [flow/step] lines in \`flows fire\`, the job's log in the action.
  console.log(\`\${greeting} from \${name}/\${step}: \${event.type} event \${event.id}\`);
  // status: skipped, completed, changed, needs_intervention, blocked or failed.
  return { status: "completed", message: \`handled \${event.type} event \${event.id}\` };
});
`;

const RAW_STEP = `// Raw style: the run context comes as JSON on standard input (flow: name, step, config, event;
// runtime: eventId, runId, replay...), and the last line starting "FLOW_RESULT " on standard
// output is the step's result. No such line, or a non-zero exit, fails the step.
const context = JSON.parse(await Bun.stdin.text());
const { name, step, config, event } = context.flow;
const greeting = typeof config?.greeting === "string" ? config.greeting : "Hello";
// What a step prints is its log: [flow/step] lines in \`flows fire\`, the job's log in the action.
console.log(\`\${greeting} from \${name}/\${step}: \${event.type} event \${event.id}\`);
// status: skipped, completed, changed, needs_intervention, blocked or failed.
const result = { status: "completed", message: \`handled \${event.type} event \${event.id}\` };
console.log(\`FLOW_RESULT \${JSON.stringify(result)}\`);
`;

export function stepSource(style: StepStyle): string {
  return style === "module" ? MODULE_STEP : RAW_STEP;
}
