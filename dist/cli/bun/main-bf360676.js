// @bun
import {
  pullRequestsForCommit2
} from "./main-a322423d.js";
import {
  MAX_PULL_REQUESTS2,
  pullRequestsInEvent2
} from "./main-197c92f2.js";
import {
  eventKind2,
  commitForEvent2,
  resolveEventCommit2,
  validSha2
} from "./main-072a3549.js";
import {
  inlineText,
  codeBlock,
  inlineCode,
  htmlText,
  cutToBytes,
  statusLabel,
  formatDuration,
  runMessage,
  readableStepText,
  errorBesideOutput,
  flatten,
  allProblems
} from "./main-705341a3.js";
import {
  apiFailure,
  isDenied
} from "./main-70820b85.js";
import {
  repositoryRef
} from "./main-f2ae7067.js";
import {
  isObject
} from "./main-d86cd4d4.js";

// src/github/identity.ts
var GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
async function tokenIdentity(client, options = {}) {
  if (options.botLogin)
    return appIdentity(options.botLogin, "option");
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.type === "Bot")
      return appIdentity(data.login, "api");
    return { login: data.login, kind: "user", source: "api" };
  } catch (error) {
    const failure = apiFailure(error);
    if (failure.kind === "permission")
      return appIdentity(GITHUB_ACTIONS_LOGIN, "assumed");
    throw error;
  }
}
function appIdentity(login, source) {
  return { login, kind: "app", appSlug: login.replace(/\[bot\]$/, ""), source };
}

// src/github/permissions.ts
var PERMISSION_FOR = {
  checks: "checks: write",
  comment: "pull-requests: write",
  handover: "actions: read"
};
var FEATURE_NAME = {
  checks: "Check runs were",
  comment: "The pull request comment was",
  handover: "The flows-report handover was"
};
var FORK_ADVICE = "In pull requests from forks GITHUB_TOKEN is read-only whatever the workflow asks for: " + "there, upload a handover from the pull_request job and publish it from a `workflow_run` " + "workflow that has the permission (see docs/pull-requests.md).";
function explainFailure(options) {
  const { feature, what, failure } = options;
  const forks = options.pullRequest === false ? "" : ` ${FORK_ADVICE}`;
  const answer = failure.status ? `GitHub answered ${failure.status} "${failure.message}"` : `the request failed (${failure.message})`;
  const head = `${FEATURE_NAME[feature]} not written: ${answer} to ${what}.`;
  const tail = feature === "handover" ? "" : " The results are in the job summary.";
  switch (failure.kind) {
    case "permission":
      return `${head} The token needs the \`${PERMISSION_FOR[feature]}\` permission: add it under \`permissions:\` in the workflow.${forks}${tail}`;
    case "personal-token":
      return `${head} Only GitHub App tokens (GITHUB_TOKEN or an app installation token) may write check runs, not personal access tokens. Pass such a token as \`github-token\`, or turn check runs off.${tail}`;
    case "bad-credentials":
      return `${head} The token is invalid or expired; check the \`github-token\` input.${tail}`;
    case "not-found":
      return `${head} It does not exist or the token cannot see it; a private repository also answers 404 when the token lacks \`${PERMISSION_FOR[feature]}\`.${tail}`;
    case "rate-limit":
      return `${head} GitHub's rate limit did not clear within the wait flows-action allows.${tail}`;
    default:
      return `${head}${tail}`;
  }
}
function fallbackNote(features, options = {}) {
  const names = features.map((feature) => feature === "checks" ? "check runs" : feature === "comment" ? "the pull request comment" : "the handover");
  const permissions = features.map((feature) => `\`${PERMISSION_FOR[feature]}\``);
  return [
    "> [!WARNING]",
    `> flows-action could not write ${names.join(" or ")} (the token lacks ${permissions.join(" / ")}), so this summary is the report.`,
    ...options.pullRequest === false ? [] : ["> For pull requests from forks, use the `workflow_run` handover pattern described in docs/pull-requests.md."]
  ].join(`
`);
}

// src/github/checks.ts
async function createCheckRun(client, options) {
  const { data } = await client.rest.checks.create({
    ...repositoryRef(options.repository),
    name: options.name,
    head_sha: options.headSha,
    ...fields(options)
  });
  return record(data);
}
async function updateCheckRun(client, options) {
  const { data } = await client.rest.checks.update({
    ...repositoryRef(options.repository),
    check_run_id: options.checkRunId,
    ...fields(options)
  });
  return record(data);
}
async function listCheckRunsForRef(client, options) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    ...repositoryRef(options.repository),
    ref: options.ref,
    ...options.checkName ? { check_name: options.checkName } : {},
    filter: "all",
    per_page: 100
  });
  return runs.map(record).sort((a, b) => b.id - a.id);
}
function fields(options) {
  const body = {};
  if (options.status && !options.conclusion)
    body.status = options.status;
  if (options.conclusion)
    body.conclusion = options.conclusion;
  if (options.detailsUrl)
    body.details_url = options.detailsUrl;
  if (options.externalId)
    body.external_id = options.externalId;
  if (options.startedAt)
    body.started_at = options.startedAt;
  if (options.completedAt)
    body.completed_at = options.completedAt;
  if (options.output)
    body.output = output(options.output);
  return body;
}
function output(value) {
  return {
    title: value.title,
    summary: value.summary,
    ...value.text ? { text: value.text } : {},
    ...value.annotations?.length ? { annotations: value.annotations.map(annotation) } : {}
  };
}
function annotation(value) {
  const sameLine = value.startLine === value.endLine;
  return {
    path: value.path,
    start_line: value.startLine,
    end_line: value.endLine,
    ...sameLine && value.startColumn !== undefined ? { start_column: value.startColumn } : {},
    ...sameLine && value.endColumn !== undefined ? { end_column: value.endColumn } : {},
    annotation_level: value.level,
    message: value.message,
    ...value.title ? { title: value.title } : {}
  };
}
function record(data) {
  return {
    id: data.id,
    name: data.name,
    headSha: data.head_sha,
    status: data.status,
    conclusion: data.conclusion,
    ...data.app?.slug ? { appSlug: data.app.slug } : {},
    ...data.html_url ? { htmlUrl: data.html_url } : {}
  };
}

// src/report/checks-api.ts
class ChecksStopped extends Error {
  name = "ChecksStopped";
}

class CheckRunCalls {
  options;
  stopped = false;
  firstWrite;
  constructor(options) {
    this.options = options;
  }
  create(fields) {
    return this.write(() => createCheckRun(this.options.client, { ...fields, repository: this.options.repository }));
  }
  update(fields) {
    return this.write(() => updateCheckRun(this.options.client, { ...fields, repository: this.options.repository }));
  }
  async findOurs(name, headSha) {
    const slug = await this.options.identity().then((identity) => identity.appSlug, () => {
      return;
    });
    if (!slug)
      return;
    const runs = await listCheckRunsForRef(this.options.client, { repository: this.options.repository, ref: headSha, checkName: name });
    return runs.find((run) => run.name === name && run.appSlug === slug);
  }
  async write(call) {
    if (!this.firstWrite) {
      const first = call();
      this.firstWrite = first.then(() => {
        return;
      }, (error) => {
        if (isDenied(apiFailure(error)))
          this.stopped = true;
      });
      return first;
    }
    await this.firstWrite;
    if (this.stopped)
      throw new ChecksStopped;
    return call();
  }
}

// src/report/checks-text.ts
var CHECK_OUTPUT_LIMIT_BYTES = 65535;
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function headBytes(text, maxBytes) {
  if (byteLength(text) <= maxBytes)
    return text;
  return Buffer.from(text, "utf8").subarray(0, Math.max(0, maxBytes)).toString("utf8").replace(/\uFFFD$/, "");
}
function tailBytes(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes)
    return text;
  return bytes.subarray(bytes.length - Math.max(0, maxBytes)).toString("utf8").replace(/^\uFFFD/, "");
}
function boundedCodeBlock(content, options) {
  const total = byteLength(content);
  let budget = options.maxBytes - 16 - (options.language?.length ?? 0);
  for (let tries = 0;tries < 8 && budget > 0; tries++) {
    const kept = options.keep === "head" ? headBytes(content, budget) : tailBytes(content, budget);
    const block = codeBlock(kept, options.language);
    const size = byteLength(block);
    if (size <= options.maxBytes)
      return { block, cutBytes: total - byteLength(kept) };
    budget = Math.min(budget - (size - options.maxBytes) - 16, Math.floor(budget * 0.9));
  }
  return { block: "", cutBytes: total };
}
function plainText(text, maxChars) {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim().replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/@(?=[\w-])/g, "@\u200B");
  const chars = [...line];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}\u2026` : line;
}
function boundOutput(output) {
  const cap = (text) => byteLength(text) <= CHECK_OUTPUT_LIMIT_BYTES ? text : `${headBytes(text, CHECK_OUTPUT_LIMIT_BYTES - 200)}

> \u2702\uFE0F Cut to stay under GitHub's 65,535-byte limit; see the job summary.`;
  return { ...output, summary: cap(output.summary), ...output.text === undefined ? {} : { text: cap(output.text) } };
}

// src/report/checks-annotations.ts
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_ANNOTATIONS_PER_CHECK = 1000;
var MESSAGE_BYTES = 8 * 1024;
var TITLE_CHARS = 255;
var LEVELS = ["notice", "warning", "failure"];
function runAnnotations(run) {
  const raw = run.resultPayload?.annotations;
  if (!Array.isArray(raw))
    return { annotations: [], malformed: raw === undefined ? 0 : 1 };
  const annotations = [];
  let malformed = 0;
  for (const item of raw) {
    const annotation = fromFlowAnnotation(item);
    if (annotation)
      annotations.push(annotation);
    else
      malformed++;
  }
  return { annotations, malformed };
}
function fromFlowAnnotation(item) {
  if (!isObject(item))
    return;
  const path = repositoryPath(item.path);
  const message = typeof item.message === "string" ? item.message.trim() : "";
  if (!path || !message)
    return;
  const startLine = positive(item.line) ?? 1;
  const endLine = Math.max(startLine, positive(item.endLine) ?? startLine);
  const column = positive(item.column);
  const level = LEVELS.includes(item.level) ? item.level : "warning";
  const title = typeof item.title === "string" ? plainText(item.title, TITLE_CHARS) : "";
  return {
    path,
    startLine,
    endLine,
    ...column !== undefined && startLine === endLine ? { startColumn: column } : {},
    level,
    message: annotationMessage(message),
    ...title ? { title } : {}
  };
}
function problemAnnotations(problems, repoRoot) {
  const annotations = [];
  for (const problem of problems) {
    const path = repositoryPath(relativeTo(problem.file, repoRoot));
    if (!path || /\s/.test(path))
      continue;
    const line = positive(problem.line) ?? 1;
    const column = positive(problem.column);
    annotations.push({
      path,
      startLine: line,
      endLine: line,
      ...column !== undefined ? { startColumn: column } : {},
      level: problem.severity === "error" ? "failure" : "warning",
      message: annotationMessage(problem.message),
      title: "flows-action: flow package problem"
    });
  }
  return annotations;
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
  const groups = [];
  for (let i = 0;i < items.length; i += size)
    groups.push(items.slice(i, i + size));
  return groups;
}
function annotationMessage(text) {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/@(?=[\w-])/g, "@\u200B");
  return cutToBytes(clean, MESSAGE_BYTES, (n) => `\u2026 ${n} more bytes cut`);
}
function repositoryPath(value) {
  if (typeof value !== "string")
    return;
  const path = value.trim().replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (!path || path.length > 1024 || path.startsWith("/") || /^[A-Za-z]:/.test(path))
    return;
  if (path.split("/").some((part) => part === ".." || part === "") || /[\u0000-\u001f]/.test(path))
    return;
  return path;
}
function relativeTo(file, root) {
  if (!root)
    return file;
  const base = root.replace(/\/+$/, "");
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
function positive(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

// src/report/comment-body.ts
var COMMENT_LIMIT_CHARS = 65536;
var DETAIL_CHARS = 2000;
var TRAILER_RESERVE = 1000;
function commentMarker(kind, key = "default") {
  return `<!-- flows-action:${markerPart(kind)}:${markerPart(key)} -->`;
}
function carriesMarker(body, marker) {
  return body.trimStart().startsWith(marker);
}
function markerPart(text) {
  return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").slice(0, 100) || "event";
}
function tally(runs) {
  const counts = { passed: 0, failed: 0, attention: 0, skipped: 0, pending: 0 };
  for (const run of runs) {
    if (run.timedOut || run.effectiveStatus === "failed" || run.effectiveStatus === "canceled")
      counts.failed++;
    else if (run.needsAttention)
      counts.attention++;
    else if (run.effectiveStatus === "completed" || run.effectiveStatus === "changed")
      counts.passed++;
    else if (run.effectiveStatus === "skipped")
      counts.skipped++;
    else
      counts.pending++;
  }
  return counts;
}
function headline(runs) {
  if (runs.length === 0)
    return "No flow step matched";
  const t = tally(runs);
  const parts = [
    t.failed ? `\u274C ${t.failed} failed` : "",
    t.attention ? `\u270B ${t.attention} need${t.attention === 1 ? "s" : ""} attention` : "",
    t.passed ? `\u2705 ${t.passed} passed` : "",
    t.skipped ? `\u23ED\uFE0F ${t.skipped} skipped` : "",
    t.pending ? `\u23F3 ${t.pending} not finished` : ""
  ];
  return parts.filter(Boolean).join(" \xB7 ");
}
function needsLook(run) {
  const t = tally([run]);
  return t.failed + t.attention + t.pending > 0;
}
function runTable(runs, fits) {
  const lines = ["| Flow | Step | Status | Message | Duration |", "| --- | --- | --- | --- | --- |"];
  let shown = 0;
  for (const run of runs) {
    const row = `| ${inlineText(run.flowName, 80)} | ${inlineText(run.stepName, 80)} | ${statusLabel(run)} | ${inlineText(runMessage(run))} | ${formatDuration(run.durationMs)} |`;
    if (!fits([...lines, row].join(`
`)))
      break;
    lines.push(row);
    shown++;
  }
  return { text: lines.join(`
`), shown };
}
function runDetails(run, maxChars = DETAIL_CHARS) {
  const message = runMessage(run);
  const body = [message, run.error && run.error !== message ? run.error : ""].filter(Boolean).join(`

`);
  const cut = body.length > maxChars ? `${body.slice(0, maxChars)}
\u2026 ${body.length - maxChars} more characters` : body;
  return [
    `<details><summary>${htmlText(`${run.flowName} / ${run.stepName}`.replace(/\s+/g, " ").slice(0, 200))} \u2014 ${statusLabel(run)}</summary>`,
    "",
    cut ? codeBlock(cut) : "No message.",
    "",
    "</details>"
  ].join(`
`);
}
function linkLine(links, extra = []) {
  const parts = [
    safeUrl(links.runUrl) ? `[Workflow run](${links.runUrl})` : "",
    safeUrl(links.summaryUrl) ? `[Job summary](${links.summaryUrl})` : "",
    ...extra
  ].filter(Boolean);
  return parts.join(" \xB7 ");
}
function summaryLink(links) {
  const url = safeUrl(links.summaryUrl) ? links.summaryUrl : safeUrl(links.runUrl) ? links.runUrl : undefined;
  return url ? `the [job summary](${url})` : "the job summary of the workflow run";
}
function safeUrl(url) {
  return url !== undefined && /^https?:\/\/[^\s()<>]+$/.test(url);
}
function renderComment(options) {
  const limit = options.limit ?? COMMENT_LIMIT_CHARS;
  const events = flatten(options.outcome);
  const allRuns = events.flatMap((each) => each.runs);
  const head = [
    options.marker,
    `### Flows: ${headline(allRuns)}`,
    ...options.note ? ["", options.note] : []
  ].join(`
`);
  const footer = `<sub>${linkLine(options.links, [
    options.headSha ? `commit ${inlineCode(options.headSha.slice(0, 12))}` : "",
    "flows-action edits this comment on every run"
  ])}</sub>`;
  const budget = limit - head.length - footer.length - TRAILER_RESERVE;
  let used = 0;
  const fits = (text) => used + text.length + 2 <= budget;
  const sections = [];
  let hiddenRows = 0;
  let hiddenDetails = 0;
  for (const each of events) {
    const intro = `${inlineCode(each.event.type)} \xB7 event ${inlineCode(each.eventId)}${each.dryRun ? " \xB7 dry run: nothing was run" : ""}${each.status === "duplicate" ? " \xB7 already handled" : ""}`;
    const body = each.runs.length === 0 ? "No flow step matched this event." : runTable(each.runs, (table) => fits(`${intro}

${table}`));
    const text = typeof body === "string" ? body : body.text;
    if (typeof body !== "string")
      hiddenRows += each.runs.length - body.shown;
    const section = `${intro}

${text}`;
    if (!fits(section)) {
      hiddenRows += typeof body === "string" ? 0 : body.shown;
      continue;
    }
    sections.push(section);
    used += section.length + 2;
  }
  for (const run of allRuns.filter(needsLook)) {
    const details = runDetails(run);
    if (!fits(details)) {
      hiddenDetails++;
      continue;
    }
    sections.push(details);
    used += details.length + 2;
  }
  if (hiddenRows + hiddenDetails > 0) {
    const what = [hiddenRows ? `${hiddenRows} step${hiddenRows === 1 ? "" : "s"}` : "", hiddenDetails ? `${hiddenDetails} detail block${hiddenDetails === 1 ? "" : "s"}` : ""];
    sections.push(`> [!NOTE]
> ${what.filter(Boolean).join(" and ")} left out to stay under GitHub's 65,536-character comment limit; ${summaryLink(options.links)} lists everything.`);
  }
  return [head, ...sections, footer].join(`

`);
}

// src/report/checks-output.ts
var TITLE_CHARS2 = 200;
var MESSAGE_CHARS = 1000;
var ERROR_BYTES = 8 * 1024;
var NOTE_RESERVE = 512;
function stepConclusion(run) {
  if (run.timedOut)
    return "timed_out";
  switch (run.effectiveStatus) {
    case "completed":
    case "changed":
      return "success";
    case "skipped":
      return "skipped";
    case "blocked":
    case "needs_intervention":
      return "action_required";
    case "failed":
      return "failure";
    case "canceled":
      return "cancelled";
    default:
      return;
  }
}
var SEVERITY = ["failure", "timed_out", "cancelled", "action_required", "success", "skipped", "neutral"];
function eventConclusion(runs, problems = []) {
  const conclusions = runs.map((run) => stepConclusion(run) ?? "cancelled");
  if (problems.some((problem) => problem.severity === "error"))
    conclusions.push("failure");
  return SEVERITY.find((conclusion) => conclusions.includes(conclusion)) ?? "neutral";
}
function checkName(run) {
  return `flows: ${plainText(run.flowName, 100)}/${plainText(run.stepName, 100)}`;
}
var DEFAULT_TITLES = {
  success: "Done",
  skipped: "Skipped",
  action_required: "Needs a person to act",
  failure: "Failed",
  cancelled: "Canceled",
  timed_out: "Timed out"
};
function stepTitle(run) {
  const message = runMessage(run);
  if (message)
    return plainText(message, TITLE_CHARS2);
  const conclusion = stepConclusion(run);
  return conclusion ? DEFAULT_TITLES[conclusion] ?? conclusion : "Running";
}
var ATTENTION = {
  needs_intervention: "This step says **a person has to act** before the flow can go on. Read its message, do what it asks, then re-run the workflow (or dispatch the event again).",
  blocked: "This step is **blocked by something outside the repository** (a service, a release, another change). Its message says what; once that is resolved, re-run the workflow."
};
function stepCheckOutput(run, options) {
  const facts = [
    `**${statusLabel(run)}**`,
    `attempt ${run.attempts.length}`,
    formatDuration(run.durationMs),
    `run ${inlineCode(run.id)}`,
    `event ${inlineCode(run.eventId)}`
  ];
  const fixed = [facts.join(" \xB7 ")];
  if (options.note)
    fixed.push(options.note);
  const explanation = ATTENTION[run.effectiveStatus];
  if (explanation)
    fixed.push(explanation);
  const message = runMessage(run);
  if (message)
    fixed.push(`> ${inlineText(message, MESSAGE_CHARS)}`);
  if (options.malformedAnnotations) {
    fixed.push(`${options.malformedAnnotations} annotation${options.malformedAnnotations === 1 ? " was" : "s were"} left out: each needs a relative \`path\` inside the repository and a \`message\`.`);
  }
  let cut = 0;
  if (run.error && run.error !== message) {
    const error = boundedCodeBlock(readableStepText(errorBesideOutput(run.error, run.output)), { maxBytes: ERROR_BYTES, keep: "head" });
    cut += error.cutBytes;
    fixed.push("**Error**", error.block);
  }
  const links = linkLine(options.links);
  const used = byteLength([...fixed, links].join(`

`)) + NOTE_RESERVE;
  const parts = [...fixed];
  if (run.resultPayload) {
    const result = boundedCodeBlock(JSON.stringify(run.resultPayload, null, 2), {
      maxBytes: CHECK_OUTPUT_LIMIT_BYTES - used - 32,
      keep: "head",
      language: "json"
    });
    cut += result.cutBytes;
    if (result.block)
      parts.push("**FLOW_RESULT**", result.block);
  }
  if (links)
    parts.push(links);
  if (cut > 0)
    parts.push(cutNote(cut, options.links));
  const output = { title: stepTitle(run), summary: parts.join(`

`) };
  const text = outputText(run, options.links);
  if (text)
    output.text = text;
  return output;
}
function outputText(run, links) {
  if (!run.output)
    return;
  const tail = boundedCodeBlock(readableStepText(run.output), { maxBytes: CHECK_OUTPUT_LIMIT_BYTES - NOTE_RESERVE - 64, keep: "tail" });
  return ["**Output (tail)**", tail.block, ...tail.cutBytes > 0 ? [cutNote(tail.cutBytes, links)] : []].join(`

`);
}
function cutNote(bytes, links) {
  return `> \u2702\uFE0F ${bytes.toLocaleString("en-US")} bytes were cut to stay under GitHub's 65,535-byte limit for check run output; ${summaryLink(links)} has the full result.`;
}
function eventCheckOutput(outcome, options) {
  const runs = flatten(outcome).flatMap((each) => each.runs);
  const head = [`${inlineCode(outcome.event.type)} \xB7 event ${inlineCode(outcome.eventId)}`];
  if (options.note)
    head.push(options.note);
  const links = linkLine(options.links);
  const budget = CHECK_OUTPUT_LIMIT_BYTES - byteLength([...head, links].join(`

`)) - NOTE_RESERVE;
  let used = 0;
  const fits = (text) => used + byteLength(text) + 2 <= budget;
  const parts = [...head];
  let hidden = 0;
  if (runs.length > 0) {
    const table = runTable(runs, fits);
    parts.push(table.text);
    used += byteLength(table.text) + 2;
    hidden += runs.length - table.shown;
  }
  for (const run of runs.filter(needsLook)) {
    const details = runDetails(run);
    if (!fits(details)) {
      hidden++;
      continue;
    }
    parts.push(details);
    used += byteLength(details) + 2;
  }
  if (options.problems.length > 0) {
    const line = `${options.problems.length} problem${options.problems.length === 1 ? "" : "s"} in flow packages; see the annotations and ${summaryLink(options.links)}.`;
    parts.push(line);
  }
  if (links)
    parts.push(links);
  if (hidden > 0) {
    parts.push(`> \u2702\uFE0F ${hidden} row${hidden === 1 ? "" : "s"} or detail block${hidden === 1 ? "" : "s"} left out to stay under GitHub's 65,535-byte limit; ${summaryLink(options.links)} lists everything.`);
  }
  const title = runs.length === 0 ? "No flow step matched" : plainText(headline(runs), TITLE_CHARS2);
  return { title, summary: parts.join(`

`) };
}
function problemsCheckOutput(problems, links) {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const title = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ");
  const summary = [
    `Problems found while loading flow packages: ${title}. Annotations point at the lines; ${summaryLink(links)} lists every problem.`,
    linkLine(links)
  ].filter(Boolean);
  return { title: `Flow packages: ${title}`, summary: summary.join(`

`) };
}
function unfinishedOutput(links) {
  return {
    title: "The job ended before this step finished",
    summary: `The job stopped (canceled, crashed or timed out) before this step reported a result, so flows-action closed this check run. ${summaryLink(links)} and the job log may say more.`
  };
}
function runningOutput(run, links) {
  return {
    title: "Running",
    summary: [`Attempt ${run.attempts.length} of run ${inlineCode(run.id)} started.`, linkLine(links)].filter(Boolean).join(`

`)
  };
}

// src/report/checks.ts
var DEFAULT_LIVE_AFTER_MS = 3000;
var PROBLEMS_CHECK = "flows: flow packages";

class CheckRuns {
  options;
  tracked = new Map;
  calls;
  completedCount = 0;
  finishing = false;
  constructor(options) {
    this.options = options;
    this.calls = new CheckRunCalls(options);
  }
  get count() {
    return this.completedCount;
  }
  get links() {
    return [...this.tracked.values()].flatMap((tracked) => tracked.runId && tracked.url ? [{ runId: tracked.runId, name: tracked.name, url: tracked.url }] : []);
  }
  onStepStart(run) {
    const perStep = this.options.mode === "per-step";
    const tracked = perStep ? this.track(this.stepName(run), run.id) : this.track(this.eventName());
    if (tracked.startSent || tracked.completed || tracked.liveTimer || tracked.ended)
      return;
    const goLive = () => {
      tracked.liveTimer = undefined;
      if (tracked.ended || tracked.completed || this.finishing)
        return;
      tracked.startSent = true;
      const output = perStep ? runningOutput(run, this.options.links) : { title: "Running", summary: "Flow steps are running." };
      this.enqueue(tracked, `create check run "${tracked.name}"`, () => this.start(tracked, run, output));
    };
    const wait = this.options.liveAfterMs ?? DEFAULT_LIVE_AFTER_MS;
    if (wait <= 0) {
      goLive();
      return;
    }
    tracked.liveTimer = setTimeout(goLive, wait);
    tracked.liveTimer.unref?.();
  }
  onStepEnd(run) {
    if (this.options.mode !== "per-step" || stepConclusion(run) === undefined)
      return;
    const tracked = this.track(this.stepName(run), run.id);
    tracked.ended = true;
    this.stopTimer(tracked);
    this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, this.stepCompletion(run)));
  }
  async flush() {
    for (;; ) {
      const chains = [...this.tracked.values()].map((tracked) => tracked.chain);
      await Promise.all(chains);
      if ([...this.tracked.values()].every((tracked, i) => tracked.chain === chains[i]))
        return;
    }
  }
  async finish(outcome, problems) {
    this.finishing = true;
    for (const tracked of this.tracked.values())
      this.stopTimer(tracked);
    await this.flush();
    const runs = outcome && !outcome.dryRun ? flatten(outcome).flatMap((each) => each.runs) : [];
    if (this.options.mode === "per-step") {
      for (const run of runs) {
        const tracked = this.track(this.stepName(run), run.id);
        if (tracked.completed || stepConclusion(run) === undefined)
          continue;
        tracked.ended = true;
        this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, this.stepCompletion(run)));
      }
      if (problems.length > 0 && outcome && !outcome.dryRun) {
        const tracked = this.track(PROBLEMS_CHECK);
        this.enqueue(tracked, `create check run "${PROBLEMS_CHECK}"`, () => this.complete(tracked, {
          conclusion: problems.some((p) => p.severity === "error") ? "failure" : "neutral",
          output: { ...problemsCheckOutput(problems, this.options.links), annotations: problemAnnotations(problems, this.options.repoRoot) }
        }));
      }
    } else if (outcome && !outcome.dryRun && (runs.length > 0 || problems.length > 0 || this.tracked.size > 0)) {
      const tracked = this.track(this.eventName());
      const annotations = [...runs.flatMap((run) => runAnnotations(run).annotations), ...problemAnnotations(problems, this.options.repoRoot)];
      this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, {
        conclusion: runs.length === 0 ? "neutral" : eventConclusion(runs, problems),
        output: { ...eventCheckOutput(outcome, { links: this.options.links, note: this.options.note, problems }), annotations }
      }));
    }
    await this.flush();
    for (const tracked of this.tracked.values()) {
      if (tracked.completed || !tracked.startSent || tracked.failed)
        continue;
      this.enqueue(tracked, `close check run "${tracked.name}"`, () => this.closeUnfinished(tracked));
    }
    await this.flush();
    return this.completedCount;
  }
  stepName(run) {
    const name = checkName(run);
    return run.eventId === this.options.event.id ? name : `${name} [${plainText(run.eventId, 80)}]`;
  }
  eventName() {
    return `flows: ${plainText(this.options.event.type, 120)}`;
  }
  track(name, runId) {
    let tracked = this.tracked.get(name);
    if (!tracked) {
      tracked = { name, startSent: false, ended: false, completed: false, chain: Promise.resolve(), ...runId ? { runId } : {} };
      this.tracked.set(name, tracked);
    }
    return tracked;
  }
  stopTimer(tracked) {
    if (tracked.liveTimer)
      clearTimeout(tracked.liveTimer);
    tracked.liveTimer = undefined;
  }
  enqueue(tracked, what, operation) {
    tracked.chain = tracked.chain.then(async () => {
      if (this.calls.stopped)
        return;
      try {
        await operation();
      } catch (error) {
        if (error instanceof ChecksStopped)
          return;
        tracked.failed = true;
        const denied = isDenied(apiFailure(error));
        if (denied)
          this.calls.stopped = true;
        this.options.onFailure({ what, error, denied });
      }
    });
  }
  stepCompletion(run) {
    const { annotations, malformed } = runAnnotations(run);
    const output = stepCheckOutput(run, { links: this.options.links, note: this.options.note, malformedAnnotations: malformed });
    return {
      conclusion: stepConclusion(run) ?? "cancelled",
      output: { ...output, annotations },
      ...run.startedAt ? { startedAt: run.startedAt } : {}
    };
  }
  async start(tracked, run, output) {
    if (tracked.ended || tracked.completed)
      return;
    const headSha = await this.options.headSha();
    if (!headSha)
      return;
    const existing = await this.calls.findOurs(tracked.name, headSha);
    const common = { ...this.detailsUrl(), ...tracked.runId ? { externalId: tracked.runId } : {}, output };
    if (existing) {
      tracked.id = existing.id;
      tracked.url = existing.htmlUrl;
      if (existing.status === "completed")
        return;
      await this.calls.update({ ...common, checkRunId: existing.id, status: "in_progress", startedAt: this.now() });
      return;
    }
    const startedAt = run.startedAt ?? this.now();
    const created = await this.calls.create({ ...common, name: tracked.name, headSha, status: "in_progress", startedAt });
    tracked.id = created.id;
    tracked.url = created.htmlUrl;
  }
  async closeUnfinished(tracked) {
    if (tracked.id === undefined) {
      const headSha = await this.options.headSha();
      const found = headSha ? await this.calls.findOurs(tracked.name, headSha) : undefined;
      if (!found || found.status === "completed")
        return;
      tracked.id = found.id;
    }
    await this.complete(tracked, { conclusion: "cancelled", output: unfinishedOutput(this.options.links) });
  }
  async complete(tracked, completion) {
    if (tracked.completed)
      return;
    const headSha = await this.options.headSha();
    if (!headSha)
      return;
    if (tracked.id === undefined) {
      const found = await this.calls.findOurs(tracked.name, headSha);
      tracked.id = found?.id;
      tracked.url = found?.htmlUrl;
    }
    const all = completion.output.annotations ?? [];
    const limit = Math.min(this.options.maxAnnotations ?? MAX_ANNOTATIONS_PER_CHECK, MAX_ANNOTATIONS_PER_CHECK);
    const [first = [], ...rest] = batches(all.slice(0, limit));
    const cut = all.length - limit;
    const summary = cut > 0 ? `${completion.output.summary}

${cut} more annotation${cut === 1 ? " was" : "s were"} not attached.` : completion.output.summary;
    const output = boundOutput({ ...completion.output, summary, annotations: first });
    const fields = { conclusion: completion.conclusion, completedAt: this.now(), ...this.detailsUrl() };
    let checkRunId = tracked.id;
    if (checkRunId === undefined) {
      const extra = {
        ...tracked.runId ? { externalId: tracked.runId } : {},
        ...completion.startedAt ? { startedAt: completion.startedAt } : {}
      };
      const created = await this.calls.create({ ...fields, ...extra, name: tracked.name, headSha, output });
      checkRunId = created.id;
      tracked.id = checkRunId;
      tracked.url = created.htmlUrl;
    } else {
      await this.completeExisting(checkRunId, fields, output);
    }
    tracked.completed = true;
    this.completedCount++;
    const id = checkRunId;
    for (const batch of rest) {
      const more = { title: output.title, summary: output.summary, annotations: batch };
      await this.calls.update({ checkRunId: id, output: more });
    }
  }
  async completeExisting(checkRunId, fields, output) {
    const update = (body) => () => this.calls.update({ ...fields, checkRunId, output: body });
    try {
      await update(output)();
    } catch (error) {
      if (error instanceof ChecksStopped || apiFailure(error).kind !== "invalid")
        throw error;
      const reason = apiFailure(error).message;
      const bare = { title: output.title, summary: `${output.title}

The full output could not be attached (${reason}); see the job summary.` };
      await update(bare)();
    }
  }
  detailsUrl() {
    return this.options.links.runUrl ? { detailsUrl: this.options.links.runUrl } : {};
  }
  now() {
    return (this.options.now?.() ?? new Date).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

// src/github/comments.ts
async function listIssueComments(client, options) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repositoryRef(options.repository),
    issue_number: options.issueNumber,
    per_page: 100
  });
  return comments.map(record2);
}
async function createIssueComment(client, options) {
  const { data } = await client.rest.issues.createComment({
    ...repositoryRef(options.repository),
    issue_number: options.issueNumber,
    body: options.body
  });
  return record2(data);
}
async function updateIssueComment(client, options) {
  const { data } = await client.rest.issues.updateComment({
    ...repositoryRef(options.repository),
    comment_id: options.commentId,
    body: options.body
  });
  return record2(data);
}
async function deleteIssueComment(client, options) {
  try {
    await client.rest.issues.deleteComment({ ...repositoryRef(options.repository), comment_id: options.commentId });
    return true;
  } catch (error) {
    if (apiFailure(error).kind === "not-found")
      return false;
    throw error;
  }
}
function record2(data) {
  return {
    id: data.id,
    body: data.body ?? "",
    ...data.user ? { author: data.user.login } : {},
    htmlUrl: data.html_url,
    createdAt: data.created_at
  };
}

// src/report/comment.ts
async function commentTargets(options) {
  if (options.mode === "off")
    return [];
  if (options.pullRequests)
    return [...options.pullRequests];
  const named = pullRequestsInEvent2(options.outcome.event);
  if (named.length > 0 || options.mode !== "always")
    return named;
  const sha = await options.headSha();
  if (!sha)
    return [];
  const pulls = await pullRequestsForCommit2(options.client, { repository: options.repository, sha });
  return pulls.filter((pull) => pull.state === "open").map((pull) => pull.number).slice(0, MAX_PULL_REQUESTS2);
}
function mayCreateComment(mode, outcome) {
  const runs = flatten(outcome).flatMap((each) => each.runs);
  switch (mode) {
    case "always":
      return true;
    case "on-pr":
      return runs.length > 0;
    case "on-failure":
      return runs.some(needsLook) || allProblems(outcome).some((problem) => problem.severity === "error");
    default:
      return false;
  }
}
async function upsertStickyComment(options) {
  const { client, repository, issueNumber, marker, body } = options;
  let login = options.identity.login;
  const ours = async () => (await listIssueComments(client, { repository, issueNumber })).filter((comment) => carriesMarker(comment.body, marker) && sameLogin(comment.author, login)).sort((a, b) => a.id - b.id);
  const existing = await ours();
  const [oldest, ...newer] = existing;
  if (oldest) {
    const updated = oldest.body === body ? oldest : await updateIssueComment(client, { repository, commentId: oldest.id, body });
    await deleteAll(options, newer);
    return { action: "updated", url: updated.htmlUrl };
  }
  if (!options.create)
    return { action: "none" };
  const created = await createIssueComment(client, { repository, issueNumber, body });
  if (created.author)
    login = created.author;
  const [winner = created, ...losers] = await ours();
  if (winner.id !== created.id) {
    const kept = await updateIssueComment(client, { repository, commentId: winner.id, body });
    await deleteAll(options, [created, ...losers.filter((comment) => comment.id !== created.id)]);
    return { action: "updated", url: kept.htmlUrl };
  }
  await deleteAll(options, losers);
  return { action: "created", url: created.htmlUrl };
}
async function deleteAll(options, comments) {
  for (const comment of comments) {
    await deleteIssueComment(options.client, { repository: options.repository, commentId: comment.id });
  }
}
function sameLogin(a, b) {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

// src/report/github-reporter.ts
function createGitHubReporter2(options) {
  const warnings = [];
  const denied = new Set;
  const pullRequest = eventKind2(options.event).startsWith("pull_request");
  const seen = new Set;
  const say = (message) => {
    warnings.push(message);
    options.io.warning(message);
  };
  const warn = (feature, what, error) => {
    const failure = apiFailure(error);
    if (isDenied(failure))
      denied.add(feature);
    const key = `${feature}:${failure.kind}:${isDenied(failure) ? "" : what}`;
    if (seen.has(key))
      return;
    seen.add(key);
    say(explainFailure({ feature, what, failure, pullRequest }));
  };
  let usable = true;
  try {
    repositoryRef(options.repository);
  } catch (error) {
    usable = false;
    say(error instanceof Error ? error.message : String(error));
  }
  const links = {
    ...options.runUrl ? { runUrl: options.runUrl } : {},
    ...options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}
  };
  const headSha = once(async () => {
    if (options.headSha !== undefined) {
      if (validSha2(options.headSha))
        return options.headSha.toLowerCase();
      say(`headSha "${options.headSha}" is not a commit SHA; no check runs were written.`);
      return;
    }
    const commit = commitForEvent2(options.event, { sha: options.githubSha, repository: options.repository });
    let sha;
    try {
      sha = await resolveEventCommit2(options.client, { repository: options.repository, commit });
    } catch (error) {
      options.io.info(`flows-action: could not look up the commit of ${commit.from} (${apiFailure(error).message}); using ${commit.sha ?? "none"}.`);
      sha = commit.sha;
    }
    if (!sha)
      options.io.info("flows-action: the event names no commit and GITHUB_SHA is not set, so no check runs were written.");
    return sha;
  });
  const identity = once(() => tokenIdentity(options.client, { botLogin: options.botLogin }));
  const checks = usable && options.checks !== "off" ? new CheckRuns({
    client: options.client,
    repository: options.repository,
    mode: options.checks,
    event: options.event,
    headSha,
    identity,
    links,
    ...options.note ? { note: options.note } : {},
    ...options.repoRoot ? { repoRoot: options.repoRoot } : {},
    ...options.liveAfterMs !== undefined ? { liveAfterMs: options.liveAfterMs } : {},
    ...options.maxAnnotations !== undefined ? { maxAnnotations: options.maxAnnotations } : {},
    onFailure: ({ what, error }) => warn("checks", what, error)
  }) : undefined;
  async function publishComment(outcome) {
    const urls = [];
    if (!usable || options.comment === "off")
      return urls;
    if (outcome.dryRun) {
      options.io.info("flows-action: dry run, so the pull request comment was left as it is.");
      return urls;
    }
    let targets;
    try {
      targets = await commentTargets({
        client: options.client,
        repository: options.repository,
        outcome,
        mode: options.comment,
        headSha,
        ...options.pullRequests ? { pullRequests: options.pullRequests } : {}
      });
    } catch (error) {
      warn("comment", "find the pull requests of this commit", error);
      return urls;
    }
    if (targets.length === 0) {
      options.io.info("flows-action: no pull request to comment on for this event.");
      return urls;
    }
    const sha = await headSha();
    const marker = commentMarker(eventKind2(outcome.event), options.commentKey);
    const body = renderComment({ outcome, marker, links, ...sha ? { headSha: sha } : {}, ...options.note ? { note: options.note } : {} });
    const create = mayCreateComment(options.comment, outcome);
    for (const issueNumber of targets) {
      if (denied.has("comment"))
        break;
      try {
        const me = await identity();
        const result = await upsertStickyComment({
          client: options.client,
          repository: options.repository,
          issueNumber,
          marker,
          body,
          identity: me,
          create
        });
        if (result.url)
          urls.push(result.url);
      } catch (error) {
        warn("comment", `comment on pull request #${issueNumber}`, error);
      }
    }
    return urls;
  }
  return {
    onStepStart: (run) => checks?.onStepStart(run),
    onStepEnd: (run) => checks?.onStepEnd(run),
    flush: async () => {
      await checks?.flush();
    },
    async finish(outcome) {
      const problems = dedupeProblems([...options.problems ?? [], ...outcome ? allProblems(outcome) : []]);
      const checkRuns = checks ? await checks.finish(outcome, problems) : 0;
      const commentUrls = outcome ? await publishComment(outcome) : [];
      const report = { checkRuns, commentUrls, warnings };
      if (checks && checks.links.length > 0)
        report.checkRunLinks = checks.links;
      if (commentUrls[0])
        report.commentUrl = commentUrls[0];
      if (denied.size > 0)
        report.summaryNote = fallbackNote([...denied], { pullRequest });
      return report;
    }
  };
}
function dedupeProblems(problems) {
  const seen = new Set;
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.message}`;
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
function once(make) {
  let value;
  return () => {
    value ??= make();
    return value;
  };
}

export { explainFailure, ANNOTATIONS_PER_REQUEST, createGitHubReporter2 };
