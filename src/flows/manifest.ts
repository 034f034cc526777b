import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse, TomlError } from "smol-toml";
import type { FlowDiagnostic } from "../contracts.js";
import { describeValue, isTable } from "./diagnostics.js";
import { ManifestReport, warnUnknownKeys } from "./manifest-report.js";
import { readSteps } from "./manifest-steps.js";
import { TomlLocator } from "./toml-locator.js";
import type { FlowPackage } from "./types.js";

const TOP_LEVEL_KEYS = ["name", "version", "description", "config", "guidance", "steps"] as const;
const GUIDANCE_KEYS = ["skills"] as const;

export type LoadedFlowManifest = {
  /** Present only when the manifest has no errors (warnings are allowed). */
  flow?: FlowPackage;
  problems: FlowDiagnostic[];
};

/**
 * Reads and checks one flow.toml against the flow contract. Never throws for a bad package:
 * every problem comes back as a diagnostic with file, line and column where they are known.
 */
export async function loadFlowManifest(manifestPath: string): Promise<LoadedFlowManifest> {
  const file = resolve(manifestPath);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const message = `flow.toml cannot be read (${code}). Check that the file exists and is readable.`;
    return { problems: [{ severity: "error", file, message }] };
  }

  return parseFlowManifest(file, text);
}

/** loadFlowManifest for a manifest already read (discovery reads it to find packages). */
export function parseFlowManifest(
  manifestPath: string,
  text: string,
): LoadedFlowManifest {
  const file = resolve(manifestPath);
  const root = dirname(file);
  let document: Record<string, unknown>;
  try {
    document = parse(text);
  } catch (error) {
    return { problems: [tomlSyntaxProblem(file, error)] };
  }

  const report = new ManifestReport(file, new TomlLocator(text));
  warnUnknownKeys(report, [], document, TOP_LEVEL_KEYS);
  const name = readName(report, document.name);
  const version = readVersion(report, document.version);
  const description = readDescription(report, document.description);
  const config = readConfig(report, document.config);
  const guidance = readGuidance(report, document.guidance);
  const steps = readSteps(report, document.steps, root);

  const problems = inLineOrder(report.problems, file);
  if (report.errorCount > 0 || name === undefined || version === undefined || !steps) {
    return { problems };
  }
  const flow: FlowPackage = { name, version, root, manifestPath: file, steps };
  if (description !== undefined) flow.description = description;
  if (config !== undefined) flow.config = config;
  if (guidance !== undefined) flow.guidance = guidance;
  return { flow, problems };
}

/** flow.toml problems top to bottom, then problems found in the files it references. */
function inLineOrder(problems: FlowDiagnostic[], manifest: string): FlowDiagnostic[] {
  const rank = (problem: FlowDiagnostic): number =>
    (problem.file === manifest ? 0 : 1e9) + (problem.line ?? 0);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

function tomlSyntaxProblem(file: string, error: unknown): FlowDiagnostic {
  if (error instanceof TomlError) {
    const reason = (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
    return {
      severity: "error",
      file,
      line: error.line,
      column: error.column,
      message: `flow.toml is not valid TOML: ${reason}. Fix the syntax at this position.`,
    };
  }
  return { severity: "error", file, message: `flow.toml is not valid TOML: ${String(error)}.` };
}

function readName(report: ManifestReport, value: unknown): string | undefined {
  if (value === undefined) {
    report.error(
      ["name"],
      'name is missing; expected a non-empty string. Add a line like name = "my-flow" at the top of flow.toml.',
    );
  } else if (typeof value !== "string") {
    report.error(
      ["name"],
      `name is ${describeValue(value)}; expected a non-empty string. Put the name in quotes.`,
    );
  } else if (value.trim() === "") {
    report.error(
      ["name"],
      `name is ${describeValue(value)}; expected a non-empty string. Give the flow a name.`,
    );
  } else {
    return value;
  }
  return undefined;
}

function readVersion(report: ManifestReport, value: unknown): number | undefined {
  if (value === undefined) {
    report.error(
      ["version"],
      "version is missing; expected a finite number. Add version = 1 at the top of flow.toml.",
    );
  } else if (typeof value !== "number" || !Number.isFinite(value)) {
    const hint = typeof value === "string" ? " Write it without quotes, e.g. version = 1." : "";
    report.error(
      ["version"],
      `version is ${describeValue(value)}; expected a finite number.${hint || " Use e.g. version = 1."}`,
    );
  } else {
    return value;
  }
  return undefined;
}

function readDescription(report: ManifestReport, value: unknown): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  report.error(
    ["description"],
    `description is ${describeValue(value)}; expected a string. Put it in quotes or remove it.`,
  );
  return undefined;
}

function readConfig(report: ManifestReport, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (isTable(value)) return value;
  report.error(
    ["config"],
    `config is ${describeValue(value)}; expected a table. Write it as a [config] section with key = value lines.`,
  );
  return undefined;
}

function readGuidance(report: ManifestReport, value: unknown): { skills: string[] } | undefined {
  if (value === undefined) return undefined;
  if (!isTable(value)) {
    report.error(
      ["guidance"],
      `guidance is ${describeValue(value)}; expected a table. Write it as a [guidance] section with skills = ["..."].`,
    );
    return undefined;
  }
  warnUnknownKeys(report, ["guidance"], value, GUIDANCE_KEYS);
  const skills = value.skills;
  if (skills === undefined) return { skills: [] };
  if (!Array.isArray(skills)) {
    report.error(
      ["guidance", "skills"],
      `guidance.skills is ${describeValue(skills)}; expected an array of strings. Write skills = ["skill-name"].`,
    );
    return undefined;
  }
  const bad = skills.findIndex((skill) => typeof skill !== "string");
  if (bad >= 0) {
    report.error(
      ["guidance", "skills"],
      `guidance.skills[${bad}] is ${describeValue(skills[bad])}; expected a string. Put each skill name in quotes.`,
    );
    return undefined;
  }
  return { skills: skills as string[] };
}
