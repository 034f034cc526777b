import { dirname, resolve } from "node:path";
import { parse } from "smol-toml";
import type { FlowDiagnostic } from "../contracts.js";
import type { FlowManifest } from "../generated/types.js";
import { checkArgument } from "../library-arguments.js";
import { readManifestText } from "./manifest-file.js";
import { packageBounds, packageOutside } from "./manifest-paths.js";
import { MAX_MANIFEST_PROBLEMS, ManifestReport } from "./manifest-report.js";
import { checkManifestSchema, pathKey } from "./manifest-schema.js";
import { hiddenNameWarning, readSteps } from "./manifest-steps.js";
import { TomlLocator, type TomlPosition } from "./toml-locator.js";
import { tomlSyntaxProblem } from "./toml-syntax.js";
import { invalidUtf8, invalidUtf8Message } from "./utf8-check.js";
import type { BrokenFlow, FlowPackage, FlowTrigger } from "./types.js";

export type LoadedFlowManifest = {
  /** Present only when the manifest has no errors (warnings are allowed). */
  flow?: FlowPackage;
  problems: FlowDiagnostic[];
  /**
   * When the manifest has errors: the triggers that could still be read, by step index, so
   * `flows validate` checks their conditions and schemas in the same pass.
   */
  broken?: BrokenFlow;
  /** Where `name` is written, asked only when another package of that name shadows this one. */
  namePosition?: () => TomlPosition | undefined;
};

/**
 * Reads and checks one flow.toml against the flow contract. Never throws for a bad package:
 * every problem comes back as a diagnostic with file, line and column where they are known.
 */
export async function loadFlowManifest(manifestPath: string): Promise<LoadedFlowManifest> {
  checkArgument(typeof manifestPath === "string" && manifestPath !== "", "loadFlowManifest", "manifestPath", "the path of a flow.toml, as a string", manifestPath);
  const file = resolve(manifestPath);
  const read = readManifestText(file);
  if ("text" in read) return parseFlowManifest(file, read.text);
  const message = "problem" in read ? read.problem : "flow.toml cannot be read (ENOENT). Check that the file exists and is readable.";
  return { problems: [{ severity: "error", file, message }] };
}

/** loadFlowManifest for a manifest already read (discovery reads it to find packages). */
export function parseFlowManifest(
  manifestPath: string,
  text: string,
): LoadedFlowManifest {
  const file = resolve(manifestPath);
  const root = dirname(file);
  // Before the text is looked at: a syntax error would quote a file from outside the repository.
  const bounds = packageBounds(root);
  const outside = packageOutside(bounds);
  if (outside !== undefined) return { problems: [{ severity: "error", file, message: outside }] };
  const notUtf8 = invalidUtf8(file, text);
  if (notUtf8) {
    const { line, column } = notUtf8;
    return { problems: [{ severity: "error", file, line, column, message: invalidUtf8Message("flow.toml", notUtf8, "TOML") }] };
  }
  // A byte order mark is no character of line 1: positions count from after it, as editors do.
  text = text.replace(/^\uFEFF/, "");
  let document: Record<string, unknown>;
  try {
    document = parse(text);
  } catch (error) {
    return { problems: [tomlSyntaxProblem(file, text, error)] };
  }

  const locator = new TomlLocator(text);
  const report = new ManifestReport(file, locator);
  const failed = checkManifestSchema(report, document);
  if (typeof document.name === "string" && !failed.has(pathKey(["name"]))) hiddenNameWarning(report, ["name"], document.name);
  const triggers: Array<{ index: number; trigger: FlowTrigger }> = [];
  const steps = readSteps({ report, bounds, failed, triggers }, document.steps);

  const problems = [...inLineOrder(report.problems, file), ...omittedProblems(report)];
  if (report.errorCount > 0 || !steps) return { problems, ...(triggers.length > 0 ? { broken: { manifestPath: file, triggers } } : {}) };
  const manifest = document as unknown as FlowManifest;
  const flow: FlowPackage = { name: manifest.name, version: manifest.version, root, manifestPath: file, steps };
  if (manifest.description !== undefined) flow.description = manifest.description;
  if (manifest.config !== undefined) flow.config = manifest.config;
  if (manifest.guidance !== undefined) flow.guidance = { skills: manifest.guidance.skills ?? [] };
  return { flow, problems, namePosition: () => locator.locate(["name"]) };
}

/** One line that says how many problems past MAX_MANIFEST_PROBLEMS were not listed. */
function omittedProblems(report: ManifestReport): FlowDiagnostic[] {
  const { errors, warnings } = report.omitted;
  if (errors + warnings === 0) return [];
  const counted = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(" and ");
  return [
    {
      severity: errors > 0 ? "error" : "warning",
      file: report.file,
      message:
        `${counted} more in this flow.toml ${errors + warnings === 1 ? "is" : "are"} not listed: a flow.toml lists at most ${MAX_MANIFEST_PROBLEMS} problems. ` +
        "Fix the ones above (often one mistake repeated, a section written many times) and check the package again.",
    },
  ];
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

/** flow.toml problems top to bottom, then problems found in the files it references. */
function inLineOrder(problems: FlowDiagnostic[], manifest: string): FlowDiagnostic[] {
  const rank = (problem: FlowDiagnostic): number =>
    (problem.file === manifest ? 0 : 1e9) + (problem.line ?? 0);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}
