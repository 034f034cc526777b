// Why each step matched an event or not: the table of `flows explain`, and of the job
// summary when the job runs with debug logging (RUNNER_DEBUG=1). Pure renderers.
import type { FlowEvent } from "../contracts.js";
import type { StageVerdict, StepExplanation } from "../flows/explain.js";
import { redacted } from "../redact-cut.js";
import { codeBlock, inlineCode, inlineText } from "./markdown.js";
import { terminalText } from "../terminal-text.js";

export type ExplainRenderOptions = {
  /** Show manifest paths relative to this folder. */
  baseDir?: string;
};

const MARK: Record<StageVerdict, string> = { passed: "✅", failed: "❌", "not checked": "–", none: "" };

/** The markdown table: one row per step, a verdict per stage, then what each condition read. */
export function renderExplain(event: FlowEvent, steps: readonly StepExplanation[], options: ExplainRenderOptions = {}): string {
  const matched = steps.filter((step) => step.matched).length;
  const lines = [
    `### Why each step matched ${inlineCode(event.type)} or not`,
    "",
    `Event ${inlineCode(event.id)} · ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched.`,
    "",
  ];
  if (steps.length === 0) return [...lines, "No flow packages were found."].join("\n");
  lines.push("| Flow | Step | Type | Schema | Condition | Matched | Why |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const step of steps) {
    const type = step.triggerType === undefined ? "no trigger" : `${MARK[step.type]} ${inlineCode(step.triggerType)}`;
    const schema = step.schema === undefined ? "–" : `${MARK[step.schemaVerdict]} ${inlineCode(step.schema)}`;
    const condition = step.condition === undefined ? "–" : `${MARK[step.conditionVerdict]} ${inlineCode(cut(step.condition, 120))}`;
    lines.push(
      `| ${inlineText(step.flow, 80)} | ${inlineText(step.step, 80)} | ${type} | ${schema} | ${condition} | ${step.matched ? "yes" : "no"} | ${step.reason ? inlineText(step.reason, 400) : ""} |`,
    );
  }
  const read = steps.filter((step) => step.conditionReport && step.conditionReport.values.length > 0);
  if (read.length > 0) {
    lines.push("", "<details><summary>Values the conditions read</summary>", "");
    for (const step of read) {
      const report = step.conditionReport;
      if (!report) continue;
      const values = report.values.map(({ path, value }) => `${path} = ${value}`).join("\n");
      lines.push(`**${inlineText(`${step.flow} / ${step.step}`, 160)}**: ${report.result}${report.error ? ` (${inlineText(report.error, 300)})` : ""}`, "");
      lines.push(codeBlock(values), "");
    }
    lines.push("</details>");
  }
  if (options.baseDir !== undefined) {
    const manifests = [...new Set(steps.map((step) => relative(step.manifestPath, options.baseDir)))];
    lines.push("", `Manifests: ${manifests.map(inlineCode).join(", ")}`);
  }
  return lines.join("\n");
}

/** The same for a terminal: one block per step, stage by stage; each line escaped for the terminal. */
export function renderExplainText(event: FlowEvent, steps: readonly StepExplanation[], options: ExplainRenderOptions = {}): string {
  const matched = steps.filter((step) => step.matched).length;
  const lines = [`event ${event.id} type=${event.type}: ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched`];
  for (const step of steps) {
    lines.push("", `${step.matched ? "MATCH" : "no   "}  ${step.flow}/${step.step}  (${relative(step.manifestPath, options.baseDir)})`);
    lines.push(`  type       ${step.triggerType === undefined ? "no [steps.trigger]" : `${verdict(step.type)} ${step.triggerType}`}`);
    if (step.schema !== undefined) lines.push(`  schema     ${verdict(step.schemaVerdict)} ${step.schema}`);
    if (step.condition !== undefined) {
      lines.push(`  condition  ${verdict(step.conditionVerdict)} ${step.condition}`);
      for (const { path, value } of step.conditionReport?.values ?? []) lines.push(`               ${path} = ${value}`);
      if (step.conditionReport?.error) lines.push(`               error: ${step.conditionReport.error}`);
    }
    if (step.reason) lines.push(`  why not    ${step.reason}`);
  }
  return lines.map(terminalText).join("\n");
}

function verdict(value: StageVerdict): string {
  return value === "passed" ? "ok  " : value === "failed" ? "FAIL" : value === "not checked" ? "--  " : "";
}

/** Redacted before it is cut: a cut through a secret leaves a part no later redaction matches. */
function cut(raw: string, max: number): string {
  return redacted(raw).clip(max);
}

function relative(file: string, baseDir: string | undefined): string {
  if (!baseDir || !file.startsWith(`${baseDir}/`)) return file;
  return file.slice(baseDir.length + 1);
}
