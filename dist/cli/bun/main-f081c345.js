// @bun
// src/user-error.ts
var BRAND = Symbol.for("flows-action.UserError");

class UserError extends Error {
  name = "UserError";
  file;
  line;
  column;
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, BRAND, { value: true });
    if (options.file !== undefined)
      this.file = options.file;
    if (options.line !== undefined)
      this.line = options.line;
    if (options.column !== undefined)
      this.column = options.column;
    if (options.hint !== undefined)
      this.hint = options.hint;
  }
}
function isUserError(error) {
  return error instanceof UserError || typeof error === "object" && error !== null && error[BRAND] === true;
}

// src/cli/usage.ts
class UsageError extends UserError {
  command;
  name = "UsageError";
  constructor(message, command) {
    super(message);
    this.command = command;
  }
}
var EXIT = {
  ok: 0,
  failed: 1,
  usage: 2
};
function closest(value, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  const wanted = value.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}
function didYouMean(value, candidates, quote = (text) => `"${text}"`) {
  const match = closest(value, candidates);
  return match === undefined ? "" : ` Did you mean ${quote(match)}?`;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1;i < rows; i += 1) {
    for (let j = 1;j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}

// src/flows/schema-cache-config.ts
import { homedir } from "os";
import { join } from "path";
function schemaCacheDir(env) {
  if (/^(0|false|off|no)$/i.test(env.FLOWS_CACHE?.trim() ?? ""))
    return;
  if (env.FLOWS_CACHE_DIR)
    return env.FLOWS_CACHE_DIR;
  if (env.XDG_CACHE_HOME)
    return join(env.XDG_CACHE_HOME, "flows-action");
  let home;
  try {
    home = env.HOME || homedir();
  } catch {
    return;
  }
  return home ? join(home, ".cache", "flows-action") : undefined;
}
var configured;
function useSchemaCache(options) {
  configured = options;
}
function configuredSchemaCache() {
  return configured;
}

// src/redact.ts
var MIN_SECRET_LENGTH = 4;
var MAX_REDACT_DEPTH = 256;
var REDACTED = "***";
var TOO_DEEP = "[cut: nested too deeply]";
var URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s'"<>]+@/gi;
var QUERY_CREDENTIALS = /([?&;](?:access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|code)=)[^&#;\s'"<>]+/gi;
var GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})\b/g;
var PATTERN_HINT = /:\/\/|[?&;][a-z_-]+=|gh[pousr]_|github_pat_/i;

class Redactor {
  #secrets = new Set;
  #matcher;
  add(...secrets) {
    let changed = false;
    for (const secret of secrets) {
      if (typeof secret !== "string")
        continue;
      const parts = [secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())];
      for (const part of parts) {
        for (const form of encodings(part)) {
          if (form.length < MIN_SECRET_LENGTH || this.#secrets.has(form))
            continue;
          this.#secrets.add(form);
          changed = true;
        }
      }
    }
    if (changed)
      this.#matcher = undefined;
    return this;
  }
  get size() {
    return this.#secrets.size;
  }
  redact(text) {
    let clean = text;
    const matcher = this.#compiled();
    if (matcher)
      clean = clean.replace(matcher, REDACTED);
    if (PATTERN_HINT.test(clean)) {
      clean = clean.replace(URL_CREDENTIALS, `$1${REDACTED}@`).replace(QUERY_CREDENTIALS, `$1${REDACTED}`).replace(GITHUB_TOKEN_SHAPE, REDACTED);
    }
    return clean;
  }
  redactValue(value, maxDepth = MAX_REDACT_DEPTH) {
    if (typeof value === "string")
      return this.redact(value);
    if (typeof value !== "object" || value === null)
      return value;
    const copies = new Map;
    const root = { value };
    const work = [
      { holder: root, key: "value", depth: 0 }
    ];
    for (let item = work.pop();item; item = work.pop()) {
      const { holder, key, depth } = item;
      const current = holder[key];
      if (typeof current === "string") {
        holder[key] = this.redact(current);
        continue;
      }
      if (typeof current !== "object" || current === null)
        continue;
      const seen = copies.get(current);
      if (seen !== undefined) {
        holder[key] = seen;
        continue;
      }
      if (depth >= maxDepth) {
        holder[key] = TOO_DEEP;
        continue;
      }
      if (Array.isArray(current)) {
        const copy = current.slice();
        copies.set(current, copy);
        holder[key] = copy;
        for (let i = 0;i < copy.length; i++)
          work.push({ holder: copy, key: i, depth: depth + 1 });
        continue;
      }
      if (!isPlainObject(current))
        continue;
      const copy = {};
      copies.set(current, copy);
      holder[key] = copy;
      for (const [name, field] of Object.entries(current)) {
        const cleanName = this.redact(name);
        copy[cleanName] = field;
        work.push({ holder: copy, key: cleanName, depth: depth + 1 });
      }
    }
    return root.value;
  }
  redactError(error) {
    if (!(error instanceof Error))
      return typeof error === "string" ? this.redact(error) : error;
    const message = this.redact(error.message);
    if (message === error.message)
      return error;
    try {
      error.message = message;
      if (error.stack)
        error.stack = this.redact(error.stack);
      return error;
    } catch {
      return Object.assign(new Error(message), { name: error.name });
    }
  }
  #compiled() {
    if (this.#secrets.size === 0)
      return;
    if (!this.#matcher) {
      const sorted = [...this.#secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
      this.#matcher = new RegExp(sorted.join("|"), "g");
    }
    return this.#matcher;
  }
}
var redactor = new Redactor;
function parseRedactInput(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
}
function encodings(secret) {
  const forms = [secret];
  const json = JSON.stringify(secret).slice(1, -1);
  if (json !== secret)
    forms.push(json);
  const url = encodeURIComponent(secret);
  if (url !== secret)
    forms.push(url);
  return forms;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isPlainObject(value) {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export { UserError, isUserError, UsageError, EXIT, closest, didYouMean, schemaCacheDir, useSchemaCache, configuredSchemaCache, Redactor, redactor, parseRedactInput };
