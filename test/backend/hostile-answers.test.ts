import { writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createTcpServer } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { type BackendDispatchOptions, dispatchToBackend } from "../../src/backend/index.js";
import type { FlowEvent } from "../../src/contracts.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { timedUnderLoad } from "../helpers/stalls.js";
import { failure } from "./failure.js";

// A flow backend written by hand (node:http): what it answers is the backend's text, which must
// reach a message, a warning or the terminal on one line, and cost bounded time.

const token = "backend-token-answers-0123456789";
// Closed once the file is done, not after each test: the tests of a describe.concurrent run side
// by side, and an afterEach would close the servers of those still running.
const closers: Array<() => void> = [];
afterAll(() => {
  for (const close of closers.splice(0)) close();
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => handler(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function event(): FlowEvent {
  return { id: `test:t.ok:${Math.random().toString(36).slice(2)}`, type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

function options(url: string, more: Partial<BackendDispatchOptions> = {}): BackendDispatchOptions {
  return { url, token, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000, ...more };
}

const run = (id: string, fields: Record<string, unknown> = {}) => ({ id, eventId: "e", flowName: "notes", stepName: "draft", processStatus: "running", createdAt: "2025-01-01T00:00:00.000Z", ...fields });

function json(response: ServerResponse, body: unknown, status = 200): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

const injected = "\n::add-mask::leaked\n::error::injected";

// First, so that its wait (about 6.5 s) runs beside the others.
describe.concurrent("the whole wait", () => {
  it("of a backend that answers nothing after accepting the event ends within the timeout, a 5 s last look and the cancels' budget", async ({ expect }) => {
    const url = await serve((request, response) => {
      if (request.method === "POST" && request.url === "/events") json(response, { status: "accepted", runIds: ["r1"] });
      // Anything else: never answered.
    });
    const { value: error, ms } = await timedUnderLoad(failure(dispatchToBackend(event(), options(url, { timeoutMs: 1_000, cancelBudgetMs: 500, requestTimeoutMs: 60_000 }))));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain(`1 run still not finished after 1 s: r1 (not reported yet); raise the timeout if they need longer, or see why on the flow backend at ${url}.`);
    expect(ms).toBeLessThan(1_000 + 5_000 + 500 + 1_000);
  });
});

describe.concurrent("the backend's text in a message", () => {
  it("is quoted on one line when the answer is not JSON: no line of it starts a workflow command", async ({ expect }) => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<html>${injected}`);
    });
    const error = await failure(dispatchToBackend(event(), options(url)));
    expect(error.message).toBe(
      `the flow backend at ${url} answered POST /events with invalid JSON (HTTP 200, text/html): <html>\\n::add-mask::leaked\\n::error::injected — check that backend-url points at the flow backend's API, not a web page or proxy.`,
    );
  });

  it("reaches the terminal of `flows github` on one line", async ({ expect }) => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<html>${injected}`);
    });
    const repo = await tempRepo("flows-hostile-answers-");
    closers.push(() => void repo.cleanup());
    await writeFile(join(repo.dir, "release.json"), JSON.stringify({ action: "published", release: { tag_name: "v1.0.0", id: 1 }, repository: { full_name: "o/r" } }));
    const inputs = ["--input", "mode=http", "--input", `backend-url=${url}`, "--input", "backend-timeout-minutes=0.01"];
    const cli = await runCli(["--repo", repo.dir, "--no-color", "github", "--event-name", "release", "--event-path", join(repo.dir, "release.json"), ...inputs], cliTestEnv());
    expect(cli.code).toBe(1);
    expect(cli.err).toContain("::add-mask::leaked");
    expect(cli.err.split("\n").filter((line) => line.trimStart().startsWith("::"))).toEqual([]);
  });
});

describe.concurrent("the explanation of an answer that is not 2xx (schemas/backend-error.schema.json)", () => {
  it.for([
    [{ error: "bad event" }, ": bad event"],
    [{ error: { message: "bad nested" }, message: "not this" }, ": bad nested"],
    [{ message: "bad message" }, ": bad message"],
    // The first form a body holds; an `error` of another shape does not hide its `message`.
    [{ error: { message: 5 }, message: "the message" }, ": the message"],
    [{ error: null, message: "after null" }, ": after null"],
    [{ error: "" }, ""],
    // No form of the schema: the text itself.
    [{ detail: "x" }, ': {"detail":"x"}'],
    [["bad"], ': ["bad"]'],
  ])("%j is told as %j", async ([body, told], { expect }) => {
    const url = await serve((_request, response) => json(response, body, 422));
    const error = await failure(dispatchToBackend(event(), options(url)));
    expect(error.message).toBe(`the flow backend at ${url} refused POST /events with HTTP 422${told}.`);
  });
});

describe.concurrent("a backend that lists another event's run under a run id the dispatch named", () => {
  // The dispatch names its run; the list (which ignores `?eventId=`) has a run of that id of
  // another event, and GET /runs/:id answers `byId`.
  async function named(byId: "own" | "other" | "gone") {
    const sent = event();
    const paths: string[] = [];
    const url = await serve((request, response) => {
      paths.push(`${request.method} ${request.url}`);
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1"], matched: 1 });
      if (request.method === "POST") return json(response, { error: "gone" }, 404);
      if (request.url === "/runs/r1") {
        if (byId === "gone") return json(response, { error: "no such run" }, 404);
        return json(response, run("r1", { eventId: byId === "own" ? sent.id : "another-event", processStatus: "completed" }));
      }
      return json(response, { runs: [run("r1", { eventId: "another-event", processStatus: "completed", flowName: "foreign" })] });
    });
    return { sent, url, paths };
  }

  it("does not take it for this event's run: the run is asked for by its id", async ({ expect }) => {
    const { sent, url, paths } = await named("own");
    const outcome = await dispatchToBackend(sent, options(url));
    expect(outcome.runs.map((view) => [view.id, view.eventId, view.flowName])).toEqual([["r1", sent.id, "notes"]]);
    expect(paths).toContain("GET /runs/r1");
  });

  it("refuses it, naming the backend and both events, when the run of that id is another event's", async ({ expect }) => {
    const { sent, url, paths } = await named("other");
    const error = await failure(dispatchToBackend(sent, options(url)));
    expect(error).toMatchObject({ kind: "invalid-response", field: "eventId" });
    expect(error.message).toBe(
      `the flow backend at ${url} named run "r1" among the runs it started for event "${sent.id}", but answers GET /runs/r1 with a run of another event, "another-event" (notes/draft): it is not this event's run, so it is neither waited for nor canceled. Check the backend.`,
    );
    // Nothing canceled: the run is not this event's.
    expect(paths.filter((path) => path.startsWith("POST /runs"))).toEqual([]);
  });

  it("says it lists the run only under another event when the backend does not know it by its id", async ({ expect }) => {
    const { sent, url } = await named("gone");
    const error = await failure(dispatchToBackend(sent, options(url)));
    expect(error.message).toBe(
      `the flow backend at ${url} named run "r1" among the runs it started, but lists it only as a run of another event, "another-event", and answers GET /runs/r1 with HTTP 404: that run cannot be followed. Check the backend.`,
    );
  });
});

describe.concurrent("a dispatch or replay answer that carries another event's run", () => {
  it("is refused, naming the backend, the run and both events, before the run is waited for or canceled", async ({ expect }) => {
    const sent = event();
    const posts: string[] = [];
    const url = await serve((request, response) => {
      if (request.method === "POST") posts.push(request.url ?? "");
      if (request.method === "GET" && request.url?.startsWith("/events/")) return json(response, sent);
      if (request.method === "POST" && request.url?.startsWith("/events")) return json(response, { status: "accepted", runs: [run("r1", { eventId: "another-event" })] });
      return json(response, { runs: [] });
    });
    const error = await failure(dispatchToBackend(sent, options(url, { timeoutMs: 3_000 })));
    expect(error).toMatchObject({ kind: "invalid-response", field: "eventId" });
    expect(error.message).toBe(
      `the flow backend at ${url} answered POST /events with run r1 notes/draft of another event, "another-event", among the runs of event "${sent.id}", so it is not this event's run. Check the backend.`,
    );
    const { replayOnBackend } = await import("../../src/backend/index.js");
    const replayed = await failure(replayOnBackend(sent.id, options(url, { timeoutMs: 3_000 })));
    expect(replayed.message).toBe(
      `the flow backend at ${url} answered POST /events/${encodeURIComponent(sent.id)}/replay with run r1 notes/draft of another event, "another-event", among the runs of event "${sent.id}", so it is not the replay's run. The replay may have started: look at GET /runs?eventId=${encodeURIComponent(sent.id)}, and check the backend.`,
    );
    // Nothing canceled: the run is not this event's.
    expect(posts).toEqual(["/events", `/events/${encodeURIComponent(sent.id)}/replay`]);
  });
});

describe.concurrent("the backend's headers in a message", () => {
  it("are cut: a content type or a redirect's address of 10,000 characters is shown in its first 200", async ({ expect }) => {
    const long = "x".repeat(10_000);
    const url = await serve((request, response) => {
      if (request.method === "POST") response.writeHead(200, { "content-type": `text/${long}` });
      else response.writeHead(302, { location: `https://elsewhere.example/${long}` });
      response.end("<html>");
    });
    const html = await failure(dispatchToBackend(event(), options(url)));
    expect(html.message).toContain(`(HTTP 200, ${`text/${long}`.slice(0, 199)}…): <html>`);
    const { replayOnBackend } = await import("../../src/backend/index.js");
    const moved = await failure(replayOnBackend("some-event", options(url)));
    expect(moved.message).toContain(`with a redirect (HTTP 302) to ${`https://elsewhere.example/${long}`.slice(0, 199)}…. Redirects are not followed`);
    for (const error of [html, moved]) expect(error.message.length).toBeLessThan(1_000);
  });
});

describe.concurrent("a backend that sends the wait elsewhere", () => {
  it("with headers of 200,000 characters is said not to answer in readable HTTP, at once, not read", async ({ expect }) => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "x-padding": "a".repeat(200_000) });
      response.end("{}");
    });
    const { value: error, ms } = await timedUnderLoad(failure(dispatchToBackend(event(), options(url))));
    expect(ms).toBeLessThan(2_000);
    expect(error.message).toBe(
      `the flow backend at ${url} answered with something that is not a readable HTTP answer (UND_ERR_HEADERS_OVERFLOW): check that backend-url's host and port are the flow backend's, not another service's.`,
    );
  });

  it("by a redirect of the run list to another origin gets no request there: the token never leaves for it", async ({ expect }) => {
    const elsewhere: Array<string | undefined> = [];
    const other = await serve((request, response) => {
      elsewhere.push(request.headers.authorization);
      json(response, { runs: [] });
    });
    const sent = event();
    const url = await serve((request, response) => {
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1"] });
      response.writeHead(307, { location: `${other}${request.url}` });
      response.end();
    });
    const error = await failure(dispatchToBackend(sent, options(url)));
    expect(error.status).toBe(307);
    expect(error.message).toContain(`answered GET /runs?eventId=${encodeURIComponent(sent.id)} with a redirect (HTTP 307) to ${other}/runs. Redirects are not followed`);
    expect(error.message).not.toContain(token);
    expect(elsewhere).toEqual([]);
  });

  it("for good is said in one message, byte for byte, its secrets redacted, with the runs seen and the outcome", async ({ expect }) => {
    const sent = event();
    let polls = 0;
    const url = await serve((request, response) => {
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1", "r2"] });
      polls += 1;
      if (polls === 1) return json(response, { runs: [run("r1", { eventId: sent.id }), run("r2", { eventId: sent.id, processStatus: "completed" })] });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(`{ not json ${token}\nsecond line`);
    });
    const error = await failure(dispatchToBackend(sent, options(url, { pollIntervalMs: 10 })));
    expect(error.message).toBe(
      `the flow backend at ${url} answered GET /runs?eventId=${encodeURIComponent(sent.id)} with invalid JSON (HTTP 200, application/json): { not json ***\\nsecond line — check that backend-url points at the flow backend's API, not a web page or proxy.` +
        ` The wait stopped there, so 1 run of this event not seen to finish was not canceled and may still be running on the backend at ${url} (look at GET /runs?eventId=${encodeURIComponent(sent.id)}; cancel with POST /runs/<id>/cancel): r1 notes/draft.`,
    );
    expect(error.kind).toBe("invalid-response");
    expect(error.runs.map((one) => one.id)).toEqual(["r1", "r2"]);
    expect(error.outcome?.runs.map((one) => one.id)).toEqual(["r1", "r2"]);
  });

  it("for good leaves the runs not seen to finish named, not canceled, and where to look at them", async ({ expect }) => {
    const sent = event();
    const requests: string[] = [];
    let polls = 0;
    const url = await serve((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1", "r2"] });
      polls += 1;
      if (polls === 1) return json(response, { runs: [run("r1", { eventId: sent.id }), run("r2", { eventId: sent.id, processStatus: "completed" })] });
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{ not json");
    });
    const error = await failure(dispatchToBackend(sent, options(url, { pollIntervalMs: 10 })));
    expect(error.message).toContain("with invalid JSON (HTTP 200, application/json): { not json");
    expect(error.message).toContain(
      ` The wait stopped there, so 1 run of this event not seen to finish was not canceled and may still be running on the backend at ${url} (look at GET /runs?eventId=${encodeURIComponent(sent.id)}; cancel with POST /runs/<id>/cancel): r1 notes/draft.`,
    );
    expect(requests.filter((line) => line.includes("/cancel"))).toEqual([]);
    expect(error.runs.map((one) => one.id)).toEqual(["r1", "r2"]);
  });

  it("by a redirect of the run list names the runs it never saw as may still be running", async ({ expect }) => {
    const sent = event();
    const url = await serve((request, response) => {
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1"] });
      response.writeHead(307, { location: `http://127.0.0.1:1${request.url}` });
      response.end();
    });
    const error = await failure(dispatchToBackend(sent, options(url)));
    expect(error.message).toMatch(/Redirects are not followed.* The wait stopped there, so 1 run of this event not seen to finish was not canceled and may still be running on the backend at .*: r1\.$/);
  });

  it("by a redirect to itself (a loop) is asked once", async ({ expect }) => {
    let asked = 0;
    const url = await serve((request, response) => {
      asked += 1;
      response.writeHead(308, { location: request.url ?? "/" });
      response.end();
    });
    const error = await failure(dispatchToBackend(event(), options(url)));
    expect(error.message).toBe(
      `the flow backend at ${url} answered POST /events with a redirect (HTTP 308) to ${url}/events. Redirects are not followed, since they would send the credentials and the event elsewhere: set backend-url to the address the backend answers at.`,
    );
    expect(asked).toBe(1);
  });
});

describe.concurrent("a server that does not answer in HTTP", () => {
  it("is said to answer something else than HTTP, naming its host and port, rather than to be unreachable", async ({ expect }) => {
    const server = createTcpServer((socket) => socket.once("data", () => socket.end("SSH-2.0-OpenSSH_9.6\r\n")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => server.close());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const error = await failure(dispatchToBackend(event(), options(url)));
    // Node 20's fetch names llhttp's error code; Node 24's (undici 7) leaves it undefined, and the error's name says it.
    expect(error).toMatchObject({ kind: "unreachable", code: expect.stringMatching(/^(HPE_INVALID_CONSTANT|HTTPParserError)$/) });
    expect(error.message).toBe(
      `the flow backend at ${url} answered with something that is not a readable HTTP answer (${error.code}): check that backend-url's host and port are the flow backend's, not another service's.`,
    );
  });
});

describe.concurrent("a run list past the answer cap for a dispatch that named no runs", () => {
  it("says the runs do not fit in one answer and that runIds would let them be asked for one by one, not to check backend-url", async ({ expect }) => {
    const data = "r".repeat(4 * 1024 * 1024);
    const url = await serve((request, response) => {
      if (request.method === "POST") return json(response, { status: "accepted", matched: 5 });
      const runs = Array.from({ length: 5 }, (_, index) => run(`run-${index}`, { eventId: "e", processStatus: "completed", resultPayload: { status: "completed", data } }));
      json(response, { runs });
    });
    const error = await failure(dispatchToBackend({ ...event(), id: "e" }, options(url)));
    expect(error.message).toBe(
      `the answer of the flow backend at ${url} is larger than 16 MiB (HTTP 200) on GET /runs?eventId=e: the runs of this event, with their results, do not fit in one answer, and the backend's answer to POST /events named none of them (runIds), so they cannot be asked for one by one (GET /runs/:id). Have the backend name the runs it starts in runIds.`,
    );
  });
});

describe.concurrent("an HTTP 304 (Not Modified) to a request that named no copy", () => {
  it("is said to come from a cache or proxy, not taken for a redirect to set backend-url to", async ({ expect }) => {
    const url = await serve((_request, response) => {
      response.writeHead(304);
      response.end();
    });
    const error = await failure(dispatchToBackend(event(), options(url)));
    expect(error).toMatchObject({ kind: "invalid-response", status: 304 });
    expect(error.message).toBe(
      `the flow backend at ${url} answered POST /events with HTTP 304 (Not Modified), which answers only a request that names a copy it already has, and flows-action's never do (no If-None-Match or If-Modified-Since): a cache or proxy in front of the backend answers for it — check it, and backend-url.`,
    );
  });
});

describe.concurrent("an answer in more content codings than fetch decodes", () => {
  it("fails with fetch's reason, saying the backend answered, not the 'fetch failed' of a backend that cannot be reached", async ({ expect }) => {
    // Ten layers of gzip: undici decodes at most 5, and says so only in the error's cause.
    let body = Buffer.from(JSON.stringify({ status: "accepted", matched: 0, runIds: [] }));
    for (let layer = 0; layer < 10; layer++) body = gzipSync(body);
    const head = `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: ${Array(10).fill("gzip").join(", ")}\r\ncontent-length: ${body.length}\r\n\r\n`;
    const server = createTcpServer((socket) => socket.once("data", () => socket.end(Buffer.concat([Buffer.from(head), body]))));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => server.close());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const error = await failure(dispatchToBackend(event(), options(url)));
    expect(error.message).toBe(
      `the request to the flow backend at ${url} failed: too many content-encodings in response: 10, maximum allowed is 5 — check the backend, or what stands in front of it, and backend-url.`,
    );
  });
});

describe.concurrent("an answer that starts with a UTF-8 byte order mark", () => {
  it("is read as the JSON it is, as fetch's response.json() reads it", async ({ expect }) => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      response.end(`\ufeff${JSON.stringify({ status: "accepted", runIds: [], matched: 0 })}`);
    });
    const outcome = await dispatchToBackend(event(), options(url));
    expect(outcome).toMatchObject({ status: "accepted", runIds: [], matched: 0 });
  });
});

describe.concurrent("an answer whose bytes are not UTF-8", () => {
  // The run id "r\xff1": read with U+FFFD for the byte, the wait reported run "r\ufffd1", which
  // the backend never had, as finished (and would have canceled or replayed that one).
  const runId = Buffer.from([0x72, 0xff, 0x31]);
  const withRunId = (body: unknown) => {
    const [before = "", after = ""] = JSON.stringify(body).split("@run@");
    return Buffer.concat([Buffer.from(before), runId, Buffer.from(after)]);
  };

  it("is refused with where the first such byte is, not read with a run id the backend does not have", async ({ expect }) => {
    const sent = event();
    const url = await serve((request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      if (request.method === "POST") return response.end(withRunId({ status: "accepted", runIds: ["@run@"] }));
      response.end(withRunId({ runs: [run("@run@", { eventId: sent.id, processStatus: "completed" })] }));
    });
    const error = await failure(dispatchToBackend(sent, options(url)));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toBe(
      `the flow backend at ${url} answered POST /events with bytes that are not UTF-8 (HTTP 200, at byte 34 of 38): JSON is UTF-8, and a run id or text read with those bytes replaced would not be the backend's — check the backend's encoding of its answers.`,
    );
  });

  it("of an error is still quoted, with U+FFFD for those bytes", async ({ expect }) => {
    const url = await serve((_request, response) => {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(withRunId({ error: "no run @run@" }));
    });
    const error = await failure(dispatchToBackend(event(), options(url)));
    expect(error.message).toBe(`the flow backend at ${url} refused POST /events with HTTP 400: no run r\ufffd1.`);
  });
});

// Below, tests that run alone: they need an answer within a deadline of a few hundred ms, which
// tests running beside them made late.
describe("the backend's text in a message, alone (a deadline of 0.6 s)", () => {
  it("names runs on one line in the timeout's message and in the warning about a reopened run", async () => {
    let polls = 0;
    const flowName = `notes${injected}`;
    const sent = event();
    const url = await serve((request, response) => {
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1", "r2"] });
      if (request.method === "POST") return json(response, { error: "gone" }, 404);
      polls += 1;
      // r1 finished, then running again (reopened); r2 never finishes.
      const eventId = sent.id;
      return json(response, { runs: [run("r1", { eventId, flowName, processStatus: polls === 1 ? "completed" : "running" }), run("r2", { eventId, flowName })] });
    });
    const warnings: string[] = [];
    const error = await failure(dispatchToBackend(sent, options(url, { timeoutMs: 600, cancelBudgetMs: 500, warn: (message) => warnings.push(message) })));
    expect(warnings.length).toBeGreaterThan(0);
    for (const text of [error.message, ...warnings]) {
      expect(text).not.toContain("\n");
      expect(text).toContain("notes\\n::add-mask::leaked\\n::error::injected/draft");
    }
  });
});

describe("a backend that ignores the eventId of GET /runs?eventId=", () => {
  // The dispatch names no run (it matched one step): its runs are known only from the list.
  async function unfiltered(own: "completed" | "none") {
    const sent = event();
    const posts: string[] = [];
    const url = await serve((request, response) => {
      if (request.method === "POST") posts.push(request.url ?? "");
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", matched: 1 });
      const foreign = run("other-run", { eventId: "another-event" });
      return json(response, { runs: own === "none" ? [foreign] : [foreign, run("own-run", { eventId: sent.id, processStatus: "completed" })] });
    });
    return { sent, url, posts };
  }

  it("waits for and reports only this event's runs", async () => {
    const { sent, url, posts } = await unfiltered("completed");
    const outcome = await dispatchToBackend(sent, options(url));
    expect(outcome.runs.map((view) => view.id)).toEqual(["own-run"]);
    expect(posts).toEqual(["/events"]);
  });

  it("cancels no other event's run when the wait runs out, and says what the backend listed", async () => {
    const { sent, url, posts } = await unfiltered("none");
    const error = await failure(dispatchToBackend(sent, options(url, { timeoutMs: 300 })));
    expect(error.runs).toEqual([]);
    expect(posts).toEqual(["/events"]);
    expect(error.message).toContain(
      "never showed up in GET /runs?eventId= within 0.3 s (it listed 1 run of other events there, which are not this event's: check that the backend filters GET /runs by eventId)",
    );
  });
});

describe("cancels that fail for different reasons", () => {
  it("show the first run's reason, say the others differ, and leave each run's own on its view", async () => {
    const sent = event();
    const url = await serve((request, response) => {
      if (request.method === "POST" && request.url === "/events") return json(response, { status: "accepted", runIds: ["r1", "r2"] });
      if (request.url === "/runs/r1/cancel") return json(response, { error: "boom" }, 500);
      if (request.url === "/runs/r2/cancel") return; // Never answered.
      return json(response, { runs: [run("r1", { eventId: sent.id }), run("r2", { eventId: sent.id })] });
    });
    const error = await failure(dispatchToBackend(sent, options(url, { timeoutMs: 300, cancelBudgetMs: 600 })));
    // Retried within the budget: how many times depends on the machine's speed.
    expect(error.message).toMatch(/The cancel failed for all of them: the flow backend at \S+ [^.]*POST \/runs\/r1\/cancel[^.]*\. Check the backend's logs\. \(the first run's reason; 2 differ, and each run in the report says its own\) Cancel them there/);
    expect(error.message).toContain("HTTP 500");
    expect(error.runs?.map((view) => view.error)).toEqual([expect.stringContaining("HTTP 500"), expect.stringContaining("did not answer POST /runs/r2/cancel")]);
  });
});
