// @bun
import {
  redactor
} from "./main-f081c345.js";

// src/github/client.ts
var NOT_BODY = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);
async function createGitHubClient2(options) {
  const [{ getOctokit: makeOctokit }, { retry }, { throttling }] = await Promise.all([
    import("./github-dc0fc1fe.js"),
    import("./index-7a17613a.js"),
    import("./index-155c0f8d.js")
  ]);
  const log = options.log ?? (() => {});
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const redactor2 = options.redactor ?? redactor;
  redactor2.add(options.token);
  const base = options.retryAfterBaseValue;
  const throttle = Object.fromEntries(Object.entries(options.throttle ?? {}).filter(([, value]) => value !== undefined));
  const client = makeOctokit(options.token, {
    ...options.baseUrl ? { baseUrl: options.baseUrl } : {},
    retry: { retries: options.retries ?? 3, ...base === undefined ? {} : { retryAfterBaseValue: base } },
    throttle: {
      ...throttle,
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < 2 && retryAfter <= maxWait;
        log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
        return retrying;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < 3 && retryAfter <= maxWait;
        log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
        return retrying;
      }
    }
  }, retry, throttling);
  client.hook.before("request", (request) => {
    const fields = request;
    for (const [name, value] of Object.entries(fields)) {
      if (!NOT_BODY.has(name) && value !== undefined)
        fields[name] = redactor2.redactValue(value);
    }
  });
  return client;
}

export { createGitHubClient2 };
