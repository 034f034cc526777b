// @bun
import {
  UserError,
  redactor
} from "./main-f081c345.js";
import {
  explainFailure,
  ANNOTATIONS_PER_REQUEST,
  createGitHubReporter2
} from "./main-bf360676.js";
import {
  pullRequest2
} from "./main-a322423d.js";
import"./main-197c92f2.js";
import {
  eventKind2,
  validSha2
} from "./main-072a3549.js";
import {
  contractSchemas,
  cutToBytes,
  flatten,
  allProblems
} from "./main-705341a3.js";
import {
  firstViolation,
  describeGot
} from "./main-fbb7e2a8.js";
import {
  validateHandover
} from "./main-845a148e.js";
import {
  findRunArtifact,
  downloadArtifactZip,
  ZipReadError,
  findZipEntry
} from "./main-73ecffe3.js";
import {
  HANDOVER_MODES2,
  handoverAction2,
  apiFailure
} from "./main-70820b85.js";
import {
  sameRepository
} from "./main-f2ae7067.js";
import {
  stringAt,
  numberAt
} from "./main-d86cd4d4.js";
import {
  effectiveStatusOf,
  needsAttentionFor
} from "./main-e531f9c3.js";

// src/report/handover.ts
import { mkdir, writeFile } from "fs/promises";
import { join } from "path";

// src/report/handover-validate.ts
var HANDOVER_VERSION = 1;
var handoverSchema = contractSchemas["handover.schema.json"];
var limits = handoverSchema.definitions;
var HANDOVER_LIMITS = {
  runs: handoverSchema.properties.runs.maxItems,
  pullRequests: handoverSchema.properties.prNumbers.maxItems,
  problems: handoverSchema.properties.problems.maxItems,
  attempts: limits.run.allOf[1].properties.attempts.maxItems,
  name: limits.name.maxLength,
  eventId: limits.eventId.maxLength,
  text: limits.multiline.maxLength,
  result: 256 * 1024,
  payload: 64 * 1024,
  time: limits.time.maxLength
};

class HandoverError extends UserError {
  field;
  name = "HandoverError";
  constructor(message, field) {
    super(message);
    this.field = field;
  }
}
function parseHandover(value, expected) {
  if (!validateHandover(value)) {
    const { field, reason } = firstViolation(validateHandover.errors, value);
    if (field.startsWith("prNumbers"))
      fail("prNumbers", "must hold distinct positive whole numbers");
    if (field === "headSha")
      fail("headSha", "must be a 40- or 64-character hex commit SHA");
    fail(field || "the file", reason.slice((field || "the value").length + 1));
  }
  const root = value;
  if (!sameRepository(root.repository, expected.repository)) {
    fail("repository", `is ${describeGot(root.repository)}, but this workflow runs in ${expected.repository}; a handover is only published to its own repository`);
  }
  const headSha = root.headSha.toLowerCase();
  if (!validSha2(headSha))
    fail("headSha", "must be a 40- or 64-character hex commit SHA");
  if (headSha !== expected.headSha.toLowerCase()) {
    fail("headSha", `is ${headSha}, but the workflow run that uploaded it was for ${expected.headSha}`);
  }
  const event = flowEvent(root.event);
  if (expected.eventKind && eventKind2(event) !== expected.eventKind) {
    fail("event.type", `is ${describeGot(event.type)}, but the uploading workflow ran for a ${expected.eventKind} event`);
  }
  const runs = root.runs.map((run, i) => runView(run, `runs[${i}]`));
  const ids = new Set;
  for (const [i, run] of runs.entries()) {
    if (ids.has(run.id))
      fail(`runs[${i}].id`, `repeats ${describeGot(run.id)}`);
    ids.add(run.id);
  }
  const handover = { version: HANDOVER_VERSION, repository: root.repository, event, headSha, prNumbers: root.prNumbers, runs };
  if (root.problems !== undefined)
    handover.problems = root.problems.map(problem);
  return handover;
}
function flowEvent(raw) {
  if (JSON.stringify(raw.payload).length > HANDOVER_LIMITS.payload)
    fail("event.payload", `is over ${HANDOVER_LIMITS.payload} bytes`);
  const event = { id: raw.id, type: raw.type, receivedAt: raw.receivedAt, payload: raw.payload };
  if (raw.source !== undefined)
    event.source = raw.source;
  if (raw.occurredAt !== undefined)
    event.occurredAt = raw.occurredAt;
  return event;
}
var RUN_KEYS = ["output", "error", "startedAt", "completedAt", "timedOut", "replay", "alreadyHandled"];
var ATTEMPT_KEYS = ["resultStatus", "startedAt", "completedAt", "error", "timedOut", "replay"];
function runView(raw, at) {
  const { processStatus, resultStatus } = raw;
  const effectiveStatus = effectiveStatusOf({ processStatus, ...resultStatus ? { resultStatus } : {} });
  const view = {
    id: raw.id,
    eventId: raw.eventId,
    flowName: raw.flowName,
    flowVersion: raw.flowVersion,
    stepName: raw.stepName,
    runner: raw.runner,
    processStatus,
    effectiveStatus,
    needsAttention: needsAttentionFor(effectiveStatus),
    attempts: raw.attempts.map(attempt),
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt
  };
  if (resultStatus)
    view.resultStatus = resultStatus;
  for (const key of RUN_KEYS)
    if (raw[key] !== undefined)
      Object.assign(view, { [key]: raw[key] });
  if (raw.durationMs !== undefined)
    view.durationMs = Math.max(0, raw.durationMs);
  if (raw.resultPayload !== undefined)
    view.resultPayload = flowResult(raw.resultPayload, `${at}.resultPayload`);
  return view;
}
function attempt(raw) {
  const item = { id: raw.id, number: raw.number, status: raw.status };
  for (const key of ATTEMPT_KEYS)
    if (raw[key] !== undefined)
      Object.assign(item, { [key]: raw[key] });
  return item;
}
function flowResult(raw, at) {
  if (JSON.stringify(raw).length > HANDOVER_LIMITS.result)
    fail(at, `is over ${HANDOVER_LIMITS.result} bytes`);
  return raw;
}
function problem(raw) {
  const item = { severity: raw.severity, file: raw.file, message: raw.message };
  if (raw.line !== undefined)
    item.line = raw.line;
  if (raw.column !== undefined)
    item.column = raw.column;
  return item;
}
function fail(field, problem) {
  throw new HandoverError(`The flows-report handover was refused: ${field} ${problem}. It was written by the pull request's own job, which is untrusted, so nothing was published.`, field);
}

// src/report/handover.ts
var HANDOVER_ARTIFACT = "flows-report";
var HANDOVER_FILE = "flows-report.json";
var MAX_HANDOVER_ZIP_BYTES = 8 * 1024 * 1024;
var MAX_HANDOVER_FILE_BYTES = 16 * 1024 * 1024;
var WRITE_OUTPUT_BYTES = 16 * 1024;
var UNTRUSTED_NOTE = "\u2139\uFE0F Reported by the pull request's own workflow run, which cannot write here itself: these are the results it handed over, unchanged.";
function handoverFromOutcome(outcome, options) {
  return {
    version: HANDOVER_VERSION,
    repository: options.repository,
    event: outcome.event,
    headSha: options.headSha,
    prNumbers: [...options.prNumbers],
    runs: flatten(outcome).flatMap((each) => each.runs),
    problems: allProblems(outcome)
  };
}
async function writeHandover(dir, data) {
  const { github: _webhook, ...payload } = data.event.payload ?? {};
  const trimmed = redactor.redactValue({
    ...data,
    event: { ...data.event, payload: JSON.stringify(payload).length > HANDOVER_LIMITS.payload ? {} : payload },
    prNumbers: data.prNumbers.slice(0, HANDOVER_LIMITS.pullRequests),
    runs: data.runs.slice(0, HANDOVER_LIMITS.runs).map((run) => ({
      ...run,
      attempts: run.attempts.slice(-HANDOVER_LIMITS.attempts),
      ...run.output ? { output: tail(run.output, WRITE_OUTPUT_BYTES) } : {},
      ...run.error ? { error: cutToBytes(run.error, WRITE_OUTPUT_BYTES, (n) => `\u2026 ${n} more bytes cut`) } : {},
      ...run.resultPayload && JSON.stringify(run.resultPayload).length > HANDOVER_LIMITS.result ? { resultPayload: { status: run.resultPayload.status, message: `${String(run.resultPayload.message ?? "").slice(0, 4096)} (FLOW_RESULT cut: too large to hand over)` } } : {}
    })),
    ...data.problems ? { problems: data.problems.slice(0, HANDOVER_LIMITS.problems) } : {}
  });
  parseHandover(trimmed, { repository: data.repository, headSha: data.headSha });
  await mkdir(dir, { recursive: true });
  const file = join(dir, HANDOVER_FILE);
  await writeFile(file, `${JSON.stringify(trimmed)}
`);
  return file;
}
async function uploadHandover(options) {
  const client = options.artifactClient ?? new (await import("./artifact-5ad8ad27.js")).DefaultArtifactClient;
  return client.uploadArtifact(options.name ?? HANDOVER_ARTIFACT, [options.file], options.rootDirectory, {
    retentionDays: options.retentionDays ?? 7
  });
}
function triggeringRun(event) {
  if (!event.type.startsWith("workflow_run"))
    return;
  const id = numberAt(event.payload, "id");
  const headSha = stringAt(event.payload, "headSha");
  const kind = stringAt(event.payload, "event");
  return id !== undefined && headSha ? { id, headSha, ...kind ? { event: kind } : {} } : undefined;
}
async function downloadHandover(client, options) {
  const name = options.name ?? HANDOVER_ARTIFACT;
  const artifact = await findRunArtifact(client, { repository: options.repository, runId: options.runId, name });
  if (!artifact)
    return;
  if (artifact.expired)
    throw new HandoverError(`The ${name} artifact of run ${options.runId} has expired; re-run that workflow to publish its results.`);
  if (artifact.sizeInBytes > MAX_HANDOVER_ZIP_BYTES) {
    throw new HandoverError(`The ${name} artifact is ${artifact.sizeInBytes} bytes; at most ${MAX_HANDOVER_ZIP_BYTES} are downloaded.`);
  }
  const zip = await downloadArtifactZip(client, { repository: options.repository, artifactId: artifact.id });
  if (zip.byteLength > MAX_HANDOVER_ZIP_BYTES)
    throw new HandoverError(`The ${name} archive is over ${MAX_HANDOVER_ZIP_BYTES} bytes.`);
  let bytes;
  try {
    bytes = findZipEntry(zip, HANDOVER_FILE, { maxBytes: MAX_HANDOVER_FILE_BYTES });
  } catch (error) {
    if (error instanceof ZipReadError)
      throw new HandoverError(`The ${name} artifact is not a usable archive: ${error.message}.`);
    throw error;
  }
  if (!bytes)
    throw new HandoverError(`The ${name} artifact has no ${HANDOVER_FILE}.`);
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new HandoverError(`${HANDOVER_FILE} in the ${name} artifact is not valid JSON.`);
  }
}
var HANDOVER_PER_STEP_RUNS = 3;
async function publishHandover(options) {
  const { client, repository, workflowRun, io } = options;
  const nothing = (warning) => {
    if (warning)
      io.warning(warning);
    return { published: false, checkRuns: 0, commentUrls: [], warnings: warning ? [warning] : [] };
  };
  let handover;
  try {
    const raw = await downloadHandover(client, { repository, runId: workflowRun.id, ...options.artifactName ? { name: options.artifactName } : {} });
    if (raw === undefined) {
      io.info(`flows-action: run ${workflowRun.id} uploaded no ${options.artifactName ?? HANDOVER_ARTIFACT} artifact; nothing to publish.`);
      return nothing();
    }
    handover = parseHandover(raw, {
      repository,
      headSha: workflowRun.headSha,
      ...workflowRun.event ? { eventKind: workflowRun.event } : {}
    });
  } catch (error) {
    if (error instanceof HandoverError)
      return nothing(error.message);
    return nothing(explainFailure({ feature: "handover", what: `download the handover of run ${workflowRun.id}`, failure: apiFailure(error) }));
  }
  const pullRequests = await verifiedPullRequests(options, handover);
  const outcome = {
    status: "accepted",
    eventId: handover.event.id,
    runIds: handover.runs.map((run) => run.id),
    matched: handover.runs.length,
    event: handover.event,
    runs: handover.runs,
    mismatches: [],
    problems: handover.problems ?? [],
    shadowed: [],
    children: [],
    dryRun: false
  };
  const reporter = createGitHubReporter2({
    client,
    repository,
    event: handover.event,
    headSha: workflowRun.headSha,
    checks: options.checks === "per-step" && handover.runs.length > HANDOVER_PER_STEP_RUNS ? "per-event" : options.checks,
    comment: options.comment,
    io,
    pullRequests,
    note: UNTRUSTED_NOTE,
    ...pick(options, ["runUrl", "summaryUrl", "commentKey", "botLogin"]),
    maxAnnotations: ANNOTATIONS_PER_REQUEST
  });
  return { ...await reporter.finish(outcome), published: true, handover };
}
async function verifiedPullRequests(options, handover) {
  const verified = [];
  for (const number of handover.prNumbers) {
    try {
      const pull = await pullRequest2(options.client, { repository: options.repository, number });
      if (pull && pull.headSha.toLowerCase() === options.workflowRun.headSha.toLowerCase())
        verified.push(number);
      else
        options.io.info(`flows-action: pull request #${number} named by the handover does not have head ${options.workflowRun.headSha}; not commenting there.`);
    } catch (error) {
      options.io.warning(explainFailure({ feature: "comment", what: `look up pull request #${number}`, failure: apiFailure(error) }));
    }
  }
  return verified;
}
function tail(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes)
    return text;
  return `\u2026 ${bytes.length - maxBytes} bytes cut \u2026
${bytes.subarray(bytes.length - maxBytes).toString("utf8").replace(/^\uFFFD/, "")}`;
}
function pick(source, keys) {
  const picked = {};
  for (const key of keys)
    if (source[key] !== undefined)
      picked[key] = source[key];
  return picked;
}
export {
  HANDOVER_ARTIFACT,
  HANDOVER_FILE,
  HANDOVER_MODES2 as HANDOVER_MODES,
  HANDOVER_PER_STEP_RUNS,
  HANDOVER_VERSION,
  HandoverError,
  MAX_HANDOVER_FILE_BYTES,
  MAX_HANDOVER_ZIP_BYTES,
  UNTRUSTED_NOTE,
  downloadHandover,
  handoverAction2 as handoverAction,
  handoverFromOutcome,
  parseHandover,
  publishHandover,
  triggeringRun,
  uploadHandover,
  writeHandover
};
