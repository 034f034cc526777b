// @bun
import {
  parseJsonText,
  GitHubEventError,
  PayloadBudgetError,
  MAX_PAYLOAD_DEPTH,
  rememberHeight,
  checkPayloadDepth,
  checkPayloadSize
} from "./main-705341a3.js";
import {
  lazyArray
} from "./main-a2f440ba.js";
import {
  isObject,
  objectAt,
  stringAt,
  numberAt,
  booleanAt,
  idAt,
  loginAt,
  objectsAt,
  labelNames,
  timeAt,
  firstLine,
  definedOnly,
  canonicalDigest,
  idKey,
  githubEventId,
  idTime,
  deliveryDiscriminator,
  passThroughEvent
} from "./main-d86cd4d4.js";

// src/events/context.ts
import { readFile, stat } from "fs/promises";

// src/events/event-file.ts
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
var CHUNK = 64 * 1024;
var GROUP_BYTES = 16 * 1024;
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var COMMA = 44;
function readEventStreamed(path, options) {
  const fd = openSync(path, "r");
  try {
    const spans = findBigArrays(fd, options.minBytes, options.maxDepth);
    if (spans === undefined || spans.length === 0)
      return;
    return buildValue(fd, spans, options.scratchDir ?? tmpdir());
  } finally {
    closeSync(fd);
  }
}
function forEachChunk(fd, each) {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let offset = 0;
  for (;; ) {
    const read = readSync(fd, chunk, 0, CHUNK, offset);
    if (read === 0)
      return;
    if (each(chunk.subarray(0, read), offset) === false)
      return;
    offset += read;
  }
}
function findBigArrays(fd, minBytes, maxDepth) {
  const spans = [];
  const opens = new Float64Array(maxDepth + 2);
  const kinds = new Uint8Array(maxDepth + 2);
  const deepest = new Int32Array(maxDepth + 2);
  let depth = 0;
  let inString = false;
  let escaped = false;
  let ok = true;
  forEachChunk(fd, (chunk, offset) => {
    for (let i = 0;i < chunk.length; i++) {
      const byte = chunk[i];
      if (inString) {
        if (escaped)
          escaped = false;
        else if (byte === BACKSLASH)
          escaped = true;
        else if (byte === QUOTE)
          inString = false;
        continue;
      }
      if (byte === QUOTE)
        inString = true;
      else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        if (++depth > maxDepth) {
          ok = false;
          return false;
        }
        opens[depth] = offset + i;
        kinds[depth] = byte;
        deepest[depth] = depth;
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        if (depth === 0 || kinds[depth] !== byte - 2) {
          ok = false;
          return false;
        }
        const start = opens[depth];
        const end = offset + i + 1;
        const below = deepest[depth];
        if (byte === CLOSE_ARRAY && end - start >= minBytes) {
          while (spans.length > 0 && spans[spans.length - 1].start > start)
            spans.pop();
          spans.push({ start, end, height: below - depth + 1 });
        }
        depth--;
        if (depth > 0 && below > deepest[depth])
          deepest[depth] = below;
      }
    }
    return true;
  });
  return ok && depth === 0 && !inString ? spans : undefined;
}
function buildValue(fd, spans, scratchDir) {
  const dir = mkdtempSync(join(scratchDir, "flows-event-"));
  const scratch = join(dir, "arrays.json");
  removeAtExit(dir);
  const out = openSync(scratch, "w");
  const marker = `flows-skeleton-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}-`;
  const skeleton = [];
  const ranges = [];
  let written = 0;
  const write = (text) => {
    written += writeSync(out, text);
  };
  let valid = true;
  try {
    let span = 0;
    let group = Buffer.allocUnsafe(2 * GROUP_BYTES);
    let groupBytes = 0;
    const addToGroup = (bytes) => {
      if (groupBytes + bytes.length > group.length) {
        const larger = Buffer.allocUnsafe(Math.max(2 * group.length, groupBytes + bytes.length));
        group.copy(larger, 0, 0, groupBytes);
        group = larger;
      }
      bytes.copy(group, groupBytes);
      groupBytes += bytes.length;
    };
    let groups = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    const flushGroup = (last) => {
      const text = group.toString("utf8", 0, groupBytes);
      groupBytes = 0;
      let items;
      try {
        items = JSON.parse(`[${text}]`);
      } catch {
        return false;
      }
      if (items.length === 0)
        return false;
      const json = JSON.stringify(items);
      write(`${groups === 0 ? "[" : ","}${json.slice(1, -1)}${last ? "]" : ""}`);
      groups++;
      return true;
    };
    let inSpan = false;
    forEachChunk(fd, (chunk, offset) => {
      let from = 0;
      let i = 0;
      while (i < chunk.length) {
        const current = spans[span];
        if (!inSpan) {
          const until = current === undefined ? chunk.length : Math.min(chunk.length, current.start - offset);
          if (i < until) {
            skeleton.push(Buffer.from(chunk.subarray(i, until)));
            i = until;
            continue;
          }
          skeleton.push(Buffer.from(`"${marker}${span}"`));
          ranges.push({ start: written, end: -1, height: current.height });
          inSpan = true;
          depth = 0;
          groups = 0;
          inString = false;
          escaped = false;
          i++;
          from = i;
          continue;
        }
        const byte = chunk[i];
        if (offset + i === current.end - 1) {
          addToGroup(chunk.subarray(from, i));
          if (!flushGroup(true)) {
            valid = false;
            return false;
          }
          ranges[ranges.length - 1].end = written;
          inSpan = false;
          span++;
          i++;
          continue;
        }
        if (inString) {
          if (escaped)
            escaped = false;
          else if (byte === BACKSLASH)
            escaped = true;
          else if (byte === QUOTE)
            inString = false;
        } else if (byte === QUOTE)
          inString = true;
        else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT)
          depth++;
        else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT)
          depth--;
        else if (byte === COMMA && depth === 0 && groupBytes + (i - from) >= GROUP_BYTES) {
          addToGroup(chunk.subarray(from, i));
          if (!flushGroup(false)) {
            valid = false;
            return false;
          }
          from = i + 1;
        }
        i++;
      }
      if (inSpan && from < chunk.length) {
        addToGroup(chunk.subarray(from));
      }
      return true;
    });
    if (!valid || span !== spans.length)
      return;
  } finally {
    closeSync(out);
  }
  const lazies = ranges.map((range) => {
    const array = lazyArray({ path: scratch, start: range.start, end: range.end });
    rememberHeight(array, range.height);
    return array;
  });
  const seen = new Set;
  let value;
  try {
    value = JSON.parse(Buffer.concat(skeleton).toString("utf8"), (_key, item) => {
      if (typeof item !== "string" || !item.startsWith(marker))
        return item;
      const index = Number(item.slice(marker.length));
      seen.add(index);
      return lazies[index];
    });
  } catch {
    return;
  }
  return seen.size === lazies.length ? { value, lazyArrays: lazies.length } : undefined;
}
var scratchDirs = new Set;
function removeAtExit(dir) {
  if (scratchDirs.size === 0) {
    process.on("exit", () => {
      for (const each of scratchDirs)
        rmSync(each, { recursive: true, force: true });
    });
  }
  scratchDirs.add(dir);
}

// src/events/context.ts
var CONTEXT_VARIABLES = {
  repository: "GITHUB_REPOSITORY",
  runId: "GITHUB_RUN_ID",
  runAttempt: "GITHUB_RUN_ATTEMPT",
  sha: "GITHUB_SHA",
  ref: "GITHUB_REF",
  workflow: "GITHUB_WORKFLOW",
  job: "GITHUB_JOB",
  actor: "GITHUB_ACTOR",
  serverUrl: "GITHUB_SERVER_URL"
};
function readGitHubRunContext(env) {
  const context = {};
  for (const [field, variable] of Object.entries(CONTEXT_VARIABLES)) {
    const value = env[variable]?.trim();
    if (value)
      context[field] = value;
  }
  return context;
}
var OUTSIDE_ACTIONS = "flows-action must run inside a GitHub Actions job, or be called as " + "`flows github --event-name <name> --event-path <file.json>`";
async function loadGitHubEvent(env) {
  const eventName = requireVariable(env, "GITHUB_EVENT_NAME");
  const path = requireVariable(env, "GITHUB_EVENT_PATH");
  let text;
  try {
    const { size } = await stat(path);
    checkPayloadSize(size, `The GitHub event file ${path} (GITHUB_EVENT_PATH)`);
    const streamed = size >= lazyEventBytes(env) ? readStreamed(path, env) : undefined;
    if (streamed !== undefined) {
      checkPayloadDepth(streamed, `the GitHub event file ${path}`);
      return { eventName, payload: streamed };
    }
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof PayloadBudgetError)
      throw error;
    const reason = error.code === "ENOENT" ? "the file does not exist" : describe(error);
    throw new GitHubEventError({
      message: `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): ${reason}.`,
      variable: "GITHUB_EVENT_PATH",
      path
    });
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed;
    throw new GitHubEventError({
      message: `The GitHub event file ${path}:${line}:${column} is not valid JSON: ${message} (line ${line}, column ${column}).`,
      path,
      line,
      column
    });
  }
  if (!isObject(parsed.value)) {
    throw new GitHubEventError({
      message: `The GitHub event file ${path} holds ${Array.isArray(parsed.value) ? "an array" : "a plain value"}; a webhook payload is a JSON object.`,
      path
    });
  }
  checkPayloadDepth(parsed.value, `the GitHub event file ${path}`);
  return { eventName, payload: parsed.value };
}
var LAZY_EVENT_BYTES = 1024 * 1024;
function lazyEventBytes(env) {
  const set = Number.parseInt(env.FLOWS_LAZY_EVENT_BYTES ?? "", 10);
  return Number.isSafeInteger(set) && set > 0 ? set : LAZY_EVENT_BYTES;
}
function readStreamed(path, env) {
  let streamed;
  try {
    streamed = readEventStreamed(path, { minBytes: lazyEventBytes(env), maxDepth: MAX_PAYLOAD_DEPTH, scratchDir: env.RUNNER_TEMP || undefined });
  } catch {
    return;
  }
  return streamed !== undefined && isObject(streamed.value) ? streamed.value : undefined;
}
function requireVariable(env, variable) {
  const value = env[variable]?.trim();
  if (value)
    return value;
  throw new GitHubEventError({
    message: `${variable} is not set. ${OUTSIDE_ACTIONS}.`,
    variable
  });
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
// src/events/key-parts.ts
function delivery(input, versionSource, field = "updated_at") {
  const time = timeAt(versionSource, field);
  const changes = input.action === "edited" ? objectAt(input.payload, "changes") : undefined;
  const version = time === undefined ? undefined : changes ? `${idTime(time)}-changes-${canonicalDigest(changes).slice(0, 8)}` : idTime(time);
  return deliveryDiscriminator({
    ...version !== undefined ? { version } : {},
    ...input.context.runId !== undefined ? { runId: input.context.runId } : {},
    payload: input.payload
  });
}
function runDelivery(input) {
  return delivery(input, undefined);
}

// src/events/keys-automation.ts
function dispatchKey(input) {
  return runDelivery(input);
}
function scheduleKey(input) {
  const cron = stringAt(input.payload, "schedule");
  return cron === undefined ? runDelivery(input) : `${idKey`${cron}`}@${runDelivery(input)}`;
}
function attemptKey(kind, prefix) {
  return ({ payload }) => {
    const run = objectAt(payload, kind);
    const id = idAt(run, "id");
    if (id === undefined)
      return;
    return idKey`${prefix}-${id}-attempt-${numberAt(run, "run_attempt") ?? 1}`;
  };
}
function checkSuiteKey(input) {
  const suite = objectAt(input.payload, "check_suite");
  const id = idAt(suite, "id");
  if (id === undefined)
    return;
  const key = idKey`suite-${id}`;
  return input.action === "requested" ? key : `${key}@${delivery(input, suite)}`;
}
function checkRunKey(input) {
  const run = objectAt(input.payload, "check_run");
  const id = idAt(run, "id");
  if (id === undefined)
    return;
  const key = idKey`check-${id}`;
  if (input.action === "created")
    return key;
  if (input.action === "completed") {
    return `${key}${idKey`:${stringAt(run, "conclusion") ?? "none"}`}@${delivery(input, run, "completed_at")}`;
  }
  const requested = stringAt(objectAt(input.payload, "requested_action"), "identifier");
  const subject = requested === undefined ? "" : idKey`:action-${requested}`;
  return `${key}${subject}@${runDelivery(input)}`;
}
function deploymentKey({ payload }) {
  const id = idAt(objectAt(payload, "deployment"), "id");
  return id === undefined ? undefined : idKey`deployment-${id}`;
}
function deploymentStatusKey({ payload }) {
  const deployment = idAt(objectAt(payload, "deployment"), "id");
  const status = idAt(objectAt(payload, "deployment_status"), "id");
  return deployment === undefined || status === undefined ? undefined : idKey`deployment-${deployment}:status-${status}`;
}
function statusKey({ payload }) {
  const id = idAt(payload, "id");
  const sha = stringAt(payload, "sha");
  return id === undefined || sha === undefined ? undefined : idKey`${sha}:status-${id}`;
}

// src/events/keys-code.ts
function pushKey({ payload }) {
  const ref = stringAt(payload, "ref");
  const after = stringAt(payload, "after");
  const before = stringAt(payload, "before");
  if (ref === undefined || after === undefined)
    return;
  if (payload.deleted === true && before !== undefined)
    return idKey`${ref}@${before}..${after}`;
  return idKey`${ref}@${after}`;
}
function releaseKey(input) {
  const release = objectAt(input.payload, "release");
  const tag = stringAt(release, "tag_name");
  if (tag === undefined)
    return;
  if (input.action === "published")
    return idKey`${tag}`;
  const id = idAt(release, "id");
  if ((input.action === "created" || input.action === "deleted") && id !== undefined) {
    return idKey`${tag}@release-${id}`;
  }
  return `${idKey`${tag}`}@${runDelivery(input)}`;
}
function createKey({ payload, context }) {
  const refType = stringAt(payload, "ref_type");
  const ref = stringAt(payload, "ref");
  if (refType === undefined || ref === undefined)
    return;
  return context.sha === undefined ? idKey`${refType}:${ref}` : idKey`${refType}:${ref}@${context.sha}`;
}
function deleteKey(input) {
  const refType = stringAt(input.payload, "ref_type");
  const ref = stringAt(input.payload, "ref");
  if (refType === undefined || ref === undefined)
    return;
  return `${idKey`${refType}:${ref}`}@${runDelivery(input)}`;
}
function mergeGroupKey({ payload }) {
  const group = objectAt(payload, "merge_group");
  const ref = stringAt(group, "head_ref");
  const sha = stringAt(group, "head_sha");
  return ref === undefined || sha === undefined ? undefined : idKey`${ref}@${sha}`;
}
function packageKey(input) {
  const pkg = objectAt(input.payload, input.eventName);
  const id = idAt(pkg, "id");
  if (id === undefined)
    return;
  const version = objectAt(pkg, "package_version");
  const versionId = idAt(version, "id");
  const key = versionId === undefined ? idKey`package-${id}` : idKey`package-${id}:version-${versionId}`;
  return input.action === "published" ? key : `${key}@${delivery(input, version ?? pkg)}`;
}

// src/events/keys-collaboration.ts
function subjectOf(payload) {
  const label = stringAt(objectAt(payload, "label"), "name");
  if (label !== undefined)
    return idKey`:label-${label}`;
  const assignee = loginAt(payload, "assignee");
  if (assignee !== undefined)
    return idKey`:assignee-${assignee}`;
  const reviewer = loginAt(payload, "requested_reviewer");
  if (reviewer !== undefined)
    return idKey`:reviewer-${reviewer}`;
  const team = stringAt(objectAt(payload, "requested_team"), "slug");
  if (team !== undefined)
    return idKey`:team-${team}`;
  const milestone = numberAt(objectAt(payload, "milestone"), "number");
  if (milestone !== undefined)
    return idKey`:milestone-${milestone}`;
  return "";
}
var UNVERSIONED_ACTIONS = new Set(["pinned", "unpinned"]);
function threadDelivery(input, thread) {
  return UNVERSIONED_ACTIONS.has(input.action ?? "") ? runDelivery(input) : delivery(input, thread);
}
function pullRequestBase(payload) {
  const pr = objectAt(payload, "pull_request");
  const number = numberAt(pr, "number");
  const sha = stringAt(objectAt(pr, "head"), "sha");
  return number === undefined || sha === undefined ? undefined : idKey`pr-${number}@${sha}`;
}
function pullRequestKey(input) {
  const base = pullRequestBase(input.payload);
  if (base === undefined)
    return;
  if (input.action === "opened" || input.action === "synchronize")
    return base;
  return `${base}${subjectOf(input.payload)}@${threadDelivery(input, objectAt(input.payload, "pull_request"))}`;
}
function reviewKey(input) {
  const base = pullRequestBase(input.payload);
  const review = idAt(objectAt(input.payload, "review"), "id");
  if (base === undefined || review === undefined)
    return;
  const key = `${base}${idKey`:review-${review}`}`;
  return input.action === "edited" ? `${key}@${runDelivery(input)}` : key;
}
function reviewCommentKey(input) {
  const base = pullRequestBase(input.payload);
  const comment = objectAt(input.payload, "comment");
  const id = idAt(comment, "id");
  if (base === undefined || id === undefined)
    return;
  const key = `${base}${idKey`:comment-${id}`}`;
  return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}
function reviewThreadKey(input) {
  const base = pullRequestBase(input.payload);
  const thread = stringAt(objectAt(input.payload, "thread"), "node_id");
  if (base === undefined || thread === undefined)
    return;
  return `${base}${idKey`:thread-${thread}`}@${runDelivery(input)}`;
}
var ONCE_PER_THREAD = new Set(["opened", "created", "deleted", "transferred"]);
function threadKey(kind) {
  return (input) => {
    const thread = objectAt(input.payload, kind);
    const number = numberAt(thread, "number");
    if (number === undefined)
      return;
    const base = idKey`${kind}-${number}`;
    if (ONCE_PER_THREAD.has(input.action ?? ""))
      return base;
    return `${base}${subjectOf(input.payload)}@${threadDelivery(input, thread)}`;
  };
}
function commentKey(input) {
  const comment = objectAt(input.payload, "comment");
  const id = idAt(comment, "id");
  if (id === undefined)
    return;
  const key = idKey`comment-${id}`;
  return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}

// src/events/keys.ts
function naturalKey(input) {
  return FAMILIES[input.eventName]?.(input) ?? genericKey(input);
}
var FAMILIES = {
  push: pushKey,
  pull_request: pullRequestKey,
  pull_request_target: pullRequestKey,
  pull_request_review: reviewKey,
  pull_request_review_comment: reviewCommentKey,
  pull_request_review_thread: reviewThreadKey,
  issues: threadKey("issue"),
  discussion: threadKey("discussion"),
  issue_comment: commentKey,
  discussion_comment: commentKey,
  release: releaseKey,
  create: createKey,
  delete: deleteKey,
  workflow_dispatch: dispatchKey,
  repository_dispatch: dispatchKey,
  schedule: scheduleKey,
  workflow_run: attemptKey("workflow_run", "run"),
  workflow_job: attemptKey("workflow_job", "job"),
  check_suite: checkSuiteKey,
  check_run: checkRunKey,
  merge_group: mergeGroupKey,
  deployment: deploymentKey,
  deployment_status: deploymentStatusKey,
  status: statusKey,
  package: packageKey,
  registry_package: packageKey
};
var CONTEXT_OBJECTS = new Set(["repository", "organization", "sender", "installation", "enterprise", "changes"]);
function genericKey(input) {
  const subject = subjectObject(input.eventName, input.payload);
  if (subject === undefined)
    return runDelivery(input);
  return `${idKey`${subject.name}-${subject.id}`}@${delivery(input, subject.value)}`;
}
function subjectObject(eventName, payload) {
  const names = Object.keys(payload).filter((name) => isObject(payload[name]));
  const related = (name) => eventName.startsWith(name) || name.startsWith(eventName);
  const lastWord = eventName.slice(eventName.lastIndexOf("_") + 1);
  const ordered = [
    ...names.filter((name) => name === eventName),
    ...names.filter((name) => name === lastWord && name !== eventName),
    ...names.filter((name) => name !== eventName && name !== lastWord && related(name)),
    ...names.filter((name) => name !== lastWord && !related(name) && !CONTEXT_OBJECTS.has(name))
  ];
  for (const name of ordered) {
    const value = payload[name];
    const id = idAt(value, "id") ?? idAt(value, "number");
    if (id !== undefined)
      return { name, id, value };
  }
  return;
}

// src/events/payloads-automation.ts
function workflowDispatchPart(payload) {
  return {
    fields: definedOnly({
      ref: stringAt(payload, "ref"),
      workflow: stringAt(payload, "workflow"),
      inputs: objectAt(payload, "inputs") ?? {}
    })
  };
}
function repositoryDispatchPart(payload) {
  return {
    fields: definedOnly({
      eventType: stringAt(payload, "action"),
      branch: stringAt(payload, "branch"),
      clientPayload: objectAt(payload, "client_payload") ?? {}
    })
  };
}
function schedulePart(payload, context) {
  return {
    fields: definedOnly({
      schedule: stringAt(payload, "schedule"),
      workflow: stringAt(payload, "workflow") ?? context.workflow
    })
  };
}
function pullRequestNumbers(source) {
  return objectsAt(source, "pull_requests").map((pr) => numberAt(pr, "number")).filter((number) => number !== undefined);
}
function workflowRunPart(payload) {
  const run = objectAt(payload, "workflow_run");
  return {
    fields: definedOnly({
      id: numberAt(run, "id"),
      name: stringAt(run, "name"),
      workflowId: numberAt(run, "workflow_id"),
      path: stringAt(run, "path"),
      runNumber: numberAt(run, "run_number"),
      runAttempt: numberAt(run, "run_attempt") ?? 1,
      event: stringAt(run, "event"),
      status: stringAt(run, "status"),
      conclusion: stringAt(run, "conclusion") ?? null,
      headSha: stringAt(run, "head_sha"),
      headBranch: stringAt(run, "head_branch"),
      headRepo: stringAt(objectAt(run, "head_repository"), "full_name"),
      actor: loginAt(run, "actor"),
      url: stringAt(run, "html_url"),
      pullRequests: pullRequestNumbers(run)
    }),
    occurredAt: timeAt(run, "updated_at")
  };
}
function workflowJobPart(payload) {
  const job = objectAt(payload, "workflow_job");
  const labels = job?.labels;
  return {
    fields: definedOnly({
      id: numberAt(job, "id"),
      runId: numberAt(job, "run_id"),
      runAttempt: numberAt(job, "run_attempt") ?? 1,
      name: stringAt(job, "name"),
      workflowName: stringAt(job, "workflow_name"),
      status: stringAt(job, "status"),
      conclusion: stringAt(job, "conclusion") ?? null,
      headSha: stringAt(job, "head_sha"),
      headBranch: stringAt(job, "head_branch"),
      labels: Array.isArray(labels) ? labels.filter((label) => typeof label === "string") : [],
      url: stringAt(job, "html_url")
    }),
    occurredAt: timeAt(job, "completed_at") ?? timeAt(job, "started_at") ?? timeAt(job, "created_at")
  };
}
function checkSuitePart(payload) {
  const suite = objectAt(payload, "check_suite");
  return {
    fields: definedOnly({
      id: numberAt(suite, "id"),
      headSha: stringAt(suite, "head_sha"),
      headBranch: stringAt(suite, "head_branch") ?? null,
      status: stringAt(suite, "status"),
      conclusion: stringAt(suite, "conclusion") ?? null,
      app: stringAt(objectAt(suite, "app"), "slug"),
      pullRequests: pullRequestNumbers(suite)
    }),
    occurredAt: timeAt(suite, "updated_at")
  };
}
function checkRunPart(payload) {
  const run = objectAt(payload, "check_run");
  return {
    fields: definedOnly({
      id: numberAt(run, "id"),
      name: stringAt(run, "name"),
      headSha: stringAt(run, "head_sha"),
      status: stringAt(run, "status"),
      conclusion: stringAt(run, "conclusion") ?? null,
      url: stringAt(run, "html_url"),
      checkSuiteId: numberAt(objectAt(run, "check_suite"), "id"),
      app: stringAt(objectAt(run, "app"), "slug"),
      pullRequests: pullRequestNumbers(run),
      requestedAction: stringAt(objectAt(payload, "requested_action"), "identifier")
    }),
    occurredAt: timeAt(run, "completed_at") ?? timeAt(run, "started_at")
  };
}
function deploymentSummary(deployment) {
  return definedOnly({
    id: numberAt(deployment, "id"),
    sha: stringAt(deployment, "sha"),
    ref: stringAt(deployment, "ref"),
    task: stringAt(deployment, "task"),
    environment: stringAt(deployment, "environment"),
    description: stringAt(deployment, "description") ?? null,
    creator: loginAt(deployment, "creator"),
    payload: isObject(deployment?.payload) ? deployment.payload : undefined
  });
}
function deploymentPart(payload) {
  const deployment = objectAt(payload, "deployment");
  return { fields: deploymentSummary(deployment), occurredAt: timeAt(deployment, "created_at") };
}
function deploymentStatusPart(payload) {
  const status = objectAt(payload, "deployment_status");
  return {
    fields: {
      deployment: deploymentSummary(objectAt(payload, "deployment")),
      ...definedOnly({
        id: numberAt(status, "id"),
        state: stringAt(status, "state"),
        environment: stringAt(status, "environment"),
        description: stringAt(status, "description") ?? null,
        targetUrl: stringAt(status, "target_url") ?? null,
        environmentUrl: stringAt(status, "environment_url"),
        logUrl: stringAt(status, "log_url")
      })
    },
    occurredAt: timeAt(status, "created_at")
  };
}
function statusPart(payload) {
  return {
    fields: definedOnly({
      id: numberAt(payload, "id"),
      sha: stringAt(payload, "sha"),
      context: stringAt(payload, "context"),
      state: stringAt(payload, "state"),
      description: stringAt(payload, "description") ?? null,
      targetUrl: stringAt(payload, "target_url") ?? null,
      branches: objectsAt(payload, "branches").map((branch) => stringAt(branch, "name")).filter((name) => name !== undefined)
    }),
    occurredAt: timeAt(payload, "updated_at") ?? timeAt(payload, "created_at")
  };
}

// src/events/payloads-code.ts
var PUSH_COMMITS_LIMIT = 20;
function commitAuthor(commit) {
  const author = objectAt(commit, "author");
  return stringAt(author, "username") ?? stringAt(author, "name") ?? null;
}
function shortCommit(commit) {
  const id = stringAt(commit, "id");
  if (id === undefined)
    return;
  return { id, message: firstLine(stringAt(commit, "message")) ?? "", author: commitAuthor(commit) };
}
function refName(ref) {
  if (ref?.startsWith("refs/heads/"))
    return { branch: ref.slice("refs/heads/".length) };
  if (ref?.startsWith("refs/tags/"))
    return { tag: ref.slice("refs/tags/".length) };
  return {};
}
function pushPart(payload) {
  const ref = stringAt(payload, "ref");
  const commits = objectsAt(payload, "commits").map(shortCommit).filter((commit) => commit !== undefined);
  const headCommit = objectAt(payload, "head_commit");
  return {
    fields: definedOnly({
      ref,
      before: stringAt(payload, "before"),
      after: stringAt(payload, "after"),
      ...refName(ref),
      baseRef: stringAt(payload, "base_ref"),
      created: booleanAt(payload, "created") ?? false,
      deleted: booleanAt(payload, "deleted") ?? false,
      forced: booleanAt(payload, "forced") ?? false,
      compare: stringAt(payload, "compare"),
      pusher: stringAt(objectAt(payload, "pusher"), "name"),
      headCommit: shortCommit(headCommit) ?? null,
      commits: commits.slice(-PUSH_COMMITS_LIMIT),
      commitCount: commits.length
    }),
    occurredAt: timeAt(objectAt(payload, "repository"), "pushed_at") ?? timeAt(headCommit, "timestamp")
  };
}
function createPart(payload, context) {
  const refType = stringAt(payload, "ref_type");
  const ref = stringAt(payload, "ref");
  return {
    fields: definedOnly({
      ref,
      refType,
      ...refType === "branch" && ref ? { branch: ref } : {},
      ...refType === "tag" && ref ? { tag: ref } : {},
      sha: context.sha,
      defaultBranch: stringAt(payload, "master_branch"),
      description: stringAt(payload, "description")
    })
  };
}
function deletePart(payload) {
  const refType = stringAt(payload, "ref_type");
  const ref = stringAt(payload, "ref");
  return {
    fields: definedOnly({
      ref,
      refType,
      ...refType === "branch" && ref ? { branch: ref } : {},
      ...refType === "tag" && ref ? { tag: ref } : {}
    })
  };
}
function releasePart(payload) {
  const release = objectAt(payload, "release");
  const publishedAt = timeAt(release, "published_at") ?? null;
  return {
    fields: definedOnly({
      provider: "github",
      tag: stringAt(release, "tag_name"),
      name: stringAt(release, "name") ?? null,
      url: stringAt(release, "html_url"),
      id: numberAt(release, "id"),
      prerelease: booleanAt(release, "prerelease") ?? false,
      draft: booleanAt(release, "draft") ?? false,
      publishedAt,
      targetCommitish: stringAt(release, "target_commitish"),
      author: stringAt(objectAt(release, "author"), "login")
    }),
    occurredAt: publishedAt ?? timeAt(release, "created_at")
  };
}
function mergeGroupPart(payload) {
  const group = objectAt(payload, "merge_group");
  const headRef = stringAt(group, "head_ref");
  const headCommit = objectAt(group, "head_commit");
  const pullRequest = headRef === undefined ? undefined : /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
  return {
    fields: definedOnly({
      headSha: stringAt(group, "head_sha"),
      headRef,
      baseSha: stringAt(group, "base_sha"),
      baseRef: stringAt(group, "base_ref"),
      pullRequest: pullRequest === undefined ? undefined : Number(pullRequest),
      headCommit: shortCommit(headCommit),
      reason: stringAt(payload, "reason")
    }),
    occurredAt: timeAt(headCommit, "timestamp")
  };
}
function packagePart(payload, eventName) {
  const pkg = objectAt(payload, eventName);
  const version = objectAt(pkg, "package_version");
  return {
    fields: definedOnly({
      id: numberAt(pkg, "id"),
      name: stringAt(pkg, "name"),
      packageType: stringAt(pkg, "package_type"),
      namespace: stringAt(pkg, "namespace"),
      version: stringAt(version, "version"),
      versionId: numberAt(version, "id"),
      url: stringAt(version, "html_url") ?? stringAt(pkg, "html_url")
    }),
    occurredAt: timeAt(version, "updated_at") ?? timeAt(pkg, "updated_at")
  };
}

// src/events/payloads-collaboration.ts
function pullRequestSummary(pr) {
  const head = objectAt(pr, "head");
  const base = objectAt(pr, "base");
  const headRepo = stringAt(objectAt(head, "repo"), "full_name") ?? null;
  const baseRepo = stringAt(objectAt(base, "repo"), "full_name") ?? null;
  return {
    number: numberAt(pr, "number") ?? null,
    title: stringAt(pr, "title") ?? null,
    state: stringAt(pr, "state") ?? null,
    draft: booleanAt(pr, "draft") ?? false,
    merged: booleanAt(pr, "merged") ?? false,
    headSha: stringAt(head, "sha") ?? null,
    headRef: stringAt(head, "ref") ?? null,
    baseSha: stringAt(base, "sha") ?? null,
    baseRef: stringAt(base, "ref") ?? null,
    headRepo,
    fork: headRepo === null || baseRepo !== null && headRepo !== baseRepo,
    author: loginAt(pr, "user") ?? null,
    labels: labelNames(pr),
    url: stringAt(pr, "html_url") ?? null
  };
}
function subjectFields(payload) {
  return definedOnly({
    label: stringAt(objectAt(payload, "label"), "name"),
    assignee: loginAt(payload, "assignee"),
    requestedReviewer: loginAt(payload, "requested_reviewer"),
    requestedTeam: stringAt(objectAt(payload, "requested_team"), "slug"),
    milestone: numberAt(objectAt(payload, "milestone"), "number")
  });
}
function pullRequestPart(payload) {
  const pr = objectAt(payload, "pull_request");
  return {
    fields: {
      ...pullRequestSummary(pr),
      ...subjectFields(payload),
      ...definedOnly({ before: stringAt(payload, "before"), after: stringAt(payload, "after") })
    },
    occurredAt: timeAt(pr, "updated_at")
  };
}
function commentSummary(comment) {
  return definedOnly({
    id: numberAt(comment, "id"),
    body: stringAt(comment, "body") ?? "",
    author: loginAt(comment, "user"),
    url: stringAt(comment, "html_url"),
    createdAt: timeAt(comment, "created_at"),
    updatedAt: timeAt(comment, "updated_at")
  });
}
function reviewPart(payload) {
  const review = objectAt(payload, "review");
  return {
    fields: {
      pullRequest: pullRequestSummary(objectAt(payload, "pull_request")),
      review: definedOnly({
        id: numberAt(review, "id"),
        state: stringAt(review, "state"),
        body: stringAt(review, "body") ?? "",
        author: loginAt(review, "user"),
        commitId: stringAt(review, "commit_id"),
        url: stringAt(review, "html_url"),
        submittedAt: timeAt(review, "submitted_at")
      })
    },
    occurredAt: timeAt(review, "submitted_at") ?? timeAt(objectAt(payload, "pull_request"), "updated_at")
  };
}
function reviewCommentPart(payload) {
  const comment = objectAt(payload, "comment");
  return {
    fields: {
      pullRequest: pullRequestSummary(objectAt(payload, "pull_request")),
      comment: {
        ...commentSummary(comment),
        ...definedOnly({
          path: stringAt(comment, "path"),
          line: numberAt(comment, "line"),
          commitId: stringAt(comment, "commit_id"),
          reviewId: numberAt(comment, "pull_request_review_id")
        })
      }
    },
    occurredAt: timeAt(comment, "updated_at")
  };
}
function reviewThreadPart(payload) {
  const thread = objectAt(payload, "thread");
  return {
    fields: {
      pullRequest: pullRequestSummary(objectAt(payload, "pull_request")),
      thread: definedOnly({ id: stringAt(thread, "node_id") })
    },
    occurredAt: timeAt(objectAt(payload, "pull_request"), "updated_at")
  };
}
function issueSummary(issue) {
  return {
    number: numberAt(issue, "number") ?? null,
    title: stringAt(issue, "title") ?? null,
    state: stringAt(issue, "state") ?? null,
    author: loginAt(issue, "user") ?? null,
    labels: labelNames(issue),
    url: stringAt(issue, "html_url") ?? null,
    isPullRequest: objectAt(issue, "pull_request") !== undefined
  };
}
function issuePart(payload) {
  const issue = objectAt(payload, "issue");
  return { fields: { ...issueSummary(issue), ...subjectFields(payload) }, occurredAt: timeAt(issue, "updated_at") };
}
function issueCommentPart(payload) {
  const comment = objectAt(payload, "comment");
  return {
    fields: { issue: issueSummary(objectAt(payload, "issue")), comment: commentSummary(comment) },
    occurredAt: timeAt(comment, "updated_at")
  };
}
function discussionSummary(discussion) {
  return {
    number: numberAt(discussion, "number") ?? null,
    title: stringAt(discussion, "title") ?? null,
    state: stringAt(discussion, "state") ?? null,
    category: stringAt(objectAt(discussion, "category"), "name") ?? null,
    author: loginAt(discussion, "user") ?? null,
    url: stringAt(discussion, "html_url") ?? null
  };
}
function discussionPart(payload) {
  const discussion = objectAt(payload, "discussion");
  return {
    fields: {
      ...discussionSummary(discussion),
      ...subjectFields(payload),
      ...definedOnly({ answerId: numberAt(objectAt(payload, "answer"), "id") })
    },
    occurredAt: timeAt(discussion, "updated_at")
  };
}
function discussionCommentPart(payload) {
  const comment = objectAt(payload, "comment");
  return {
    fields: {
      discussion: discussionSummary(objectAt(payload, "discussion")),
      comment: commentSummary(comment)
    },
    occurredAt: timeAt(comment, "updated_at")
  };
}

// src/events/payloads.ts
var PARTS = {
  push: pushPart,
  create: createPart,
  delete: deletePart,
  release: releasePart,
  merge_group: mergeGroupPart,
  pull_request: pullRequestPart,
  pull_request_target: pullRequestPart,
  pull_request_review: reviewPart,
  pull_request_review_comment: reviewCommentPart,
  pull_request_review_thread: reviewThreadPart,
  issues: issuePart,
  issue_comment: issueCommentPart,
  discussion: discussionPart,
  discussion_comment: discussionCommentPart,
  workflow_dispatch: workflowDispatchPart,
  repository_dispatch: repositoryDispatchPart,
  schedule: schedulePart,
  workflow_run: workflowRunPart,
  workflow_job: workflowJobPart,
  check_suite: checkSuitePart,
  check_run: checkRunPart,
  deployment: deploymentPart,
  deployment_status: deploymentStatusPart,
  status: statusPart,
  package: (payload, _context, eventName) => packagePart(payload, eventName),
  registry_package: (payload, _context, eventName) => packagePart(payload, eventName)
};
function eventRepository(payload, context) {
  return stringAt(objectAt(payload, "repository"), "full_name") ?? context.repository ?? null;
}
function compactPayload(input) {
  const { eventName, action, payload, context } = input;
  const part = PARTS[eventName]?.(payload, context, eventName) ?? genericPart(eventName, payload);
  const base = {
    repo: eventRepository(payload, context),
    sender: loginAt(payload, "sender") ?? context.actor ?? null,
    ...action !== undefined ? { action } : {}
  };
  const compact = { ...base, ...part.fields };
  if (input.includeWebhookPayload)
    compact.github = payload;
  return part.occurredAt === undefined ? { payload: compact } : { payload: compact, occurredAt: part.occurredAt };
}
function genericPart(eventName, payload) {
  const subject = objectAt(payload, eventName);
  const occurredAt = timeAt(subject, "updated_at") ?? timeAt(subject, "created_at");
  return occurredAt === undefined ? { fields: {} } : { fields: {}, occurredAt };
}

// src/events/github.ts
function flowEventFromGitHub(input) {
  const eventName = input.eventName.trim();
  if (eventName === "") {
    throw new GitHubEventError({ message: "The GitHub event name is empty; expected e.g. push, release or pull_request." });
  }
  if (!isObject(input.payload)) {
    throw new GitHubEventError({
      message: `The payload of the GitHub event ${eventName} is not a JSON object; pass the webhook payload as delivered.`
    });
  }
  const payload = input.payload;
  checkPayloadDepth(payload, `the GitHub event ${eventName}`);
  const now = (input.now ?? (() => new Date))();
  const action = gitHubAction(payload);
  const carried = passThroughEvent({
    eventName,
    action,
    payload,
    now,
    ...input.eventInput !== undefined ? { eventInput: input.eventInput } : {}
  });
  if (carried) {
    checkPayloadDepth(carried.payload, `event ${JSON.stringify(carried.id)}`);
    return carried;
  }
  const type = gitHubEventType(eventName, payload);
  const compact = compactPayload({
    eventName,
    action,
    payload,
    context: input.context,
    includeWebhookPayload: input.includeWebhookPayload ?? true
  });
  return {
    id: githubEventId({
      type,
      repo: idScope(payload, input.context),
      key: naturalKey({ eventName, action, payload, context: input.context })
    }),
    type,
    source: "github",
    ...compact.occurredAt !== undefined ? { occurredAt: compact.occurredAt } : {},
    receivedAt: now.toISOString(),
    payload: compact.payload
  };
}
function gitHubAction(payload) {
  return stringAt(payload, "action");
}
function gitHubEventType(eventName, payload) {
  const action = isObject(payload) ? gitHubAction(payload) : undefined;
  return action === undefined ? eventName : `${eventName}.${encodeControlCharacters(action)}`;
}
function encodeControlCharacters(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => encodeURIComponent(char));
}
function idScope(payload, context) {
  const repo = eventRepository(payload, context);
  if (repo !== null)
    return repo;
  const owner = loginAt(payload, "organization") ?? loginAt(objectAt(payload, "installation"), "account") ?? loginAt(payload, "sender");
  return `${owner ?? "*"}/*`;
}
export { readGitHubRunContext, loadGitHubEvent, flowEventFromGitHub };
