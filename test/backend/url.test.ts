import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { dispatchToBackend, } from "../../src/backend/index.js";
import { backendEndpoint } from "../../src/backend/http.js";
import type { FlowEvent } from "../../src/contracts.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";
import { failure } from "./failure.js";
import { redactor } from "../../src/redact.js";

const backends: FlowBackend[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

function event(type: string): FlowEvent {
  return { id: `test:${type}:${Math.random().toString(36).slice(2)}`, type, receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

describe("backend URLs", () => {
  it("joins /events and /runs to the URL's path, before its query string, without credentials", () => {
    const base = "http://user:pw@backend.example/base/?token=q";
    expect(backendEndpoint(base, "/events")).toBe("http://backend.example/base/events?token=q");
    expect(backendEndpoint(base, "/runs?eventId=a%20b")).toBe("http://backend.example/base/runs?token=q&eventId=a+b");
    expect(backendEndpoint("https://flows.example.com", "/events")).toBe("https://flows.example.com/events");
  });

  it("sends credentials of the URL as basic auth to the joined endpoint, keeping the query", async () => {
    const server = await startFlowBackend({ scripts: { "t.none": [] } });
    backends.push(server);
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const origin = new URL(server.url);
    const proxy: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      seen.push({ url: url.toString(), authorization: new Headers(init?.headers).get("authorization") });
      url.host = origin.host;
      url.pathname = url.pathname.replace(/^\/base/, "");
      return fetch(url, init);
    };
    const base = "http://flow-user:flow-password-1@backend.invalid/base?token=query-secret-1";
    const outcome = await dispatchToBackend(event("t.none"), { url: base, fetch: proxy, pollIntervalMs: 20, timeoutMs: 5_000 });
    expect(outcome.status).toBe("accepted");
    expect(seen[0]).toEqual({
      url: "http://backend.invalid/base/events?token=query-secret-1",
      authorization: `Basic ${Buffer.from("flow-user:flow-password-1").toString("base64")}`,
    });
  });

  it("warns when a credential would travel over plain http to another machine", async () => {
    const server = await startFlowBackend({ scripts: { "t.none": [] } });
    backends.push(server);
    const origin = new URL(server.url);
    const proxy: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      url.host = origin.host;
      url.pathname = url.pathname.replace(/^\/api/, "");
      return fetch(url, init);
    };
    const send = async (url: string, token?: string): Promise<string[]> => {
      const warnings: string[] = [];
      const options = { url, fetch: proxy, pollIntervalMs: 20, timeoutMs: 5_000, warn: (message: string) => warnings.push(message) };
      await dispatchToBackend(event("t.none"), token ? { ...options, token } : options);
      return warnings;
    };
    expect(await send("http://flows.internal.example/api", "backend-token-0123456789")).toEqual([
      "backend-url http://flows.internal.example/api is plain http: backend-token travels unencrypted, and anyone on the way can read and reuse it. Use an https:// URL.",
    ]);
    expect(await send("http://user:flow-password-2@flows.internal.example")).toEqual([
      "backend-url http://flows.internal.example is plain http: the password in backend-url travels unencrypted, and anyone on the way can read and reuse it. Use an https:// URL.",
    ]);
    // Nothing to steal, or nowhere on the way: the same machine.
    expect(await send("http://flows.internal.example/api")).toEqual([]);
    expect(await send("http://localhost/api", "backend-token-0123456789")).toEqual([]);
    expect(await send("http://[::1]/api", "backend-token-0123456789")).toEqual([]);
    expect(await send(server.url, "backend-token-0123456789")).toEqual([]);
  });

  it("never prints the URL's password or query keys in an error", async () => {
    const url = "http://user:s3cret-password@127.0.0.1:1/base?token=q&api_key=query-secret-2";
    const error = await failure(dispatchToBackend(event("t.ok"), { url, retries: 0, timeoutMs: 5_000 }));
    expect(error.kind).toBe("unreachable");
    for (const secret of ["s3cret-password", "user:", "query-secret-2", "token=q"]) expect(error.message).not.toContain(secret);
    expect(error.message).toContain("127.0.0.1:1/base");

    const wrong = await failure(dispatchToBackend(event("t.ok"), { url: "ftp://user:s3cret-password@host/x?token=q" }));
    expect(wrong.kind).toBe("configuration");
    expect(wrong.message).not.toContain("s3cret-password");
  });
  // A webhook URL (`/services/T…/B…/<token>`) is a credential in its path: errors showed it.
  it("never prints a backend-url's path that is a key, and masks it and its token wherever they appear", async () => {
    const key = "hookKey0123456789abcdefXYZ";
    const url = `http://127.0.0.1:1/services/T0001/B0002/${key}`;
    const error = await failure(dispatchToBackend(event("t.ok"), { url, retries: 0, timeoutMs: 5_000 }));
    expect(error.kind).toBe("unreachable");
    expect(error.message).not.toContain(key);
    expect(error.message).not.toContain("/services/");
    expect(error.message).toContain("127.0.0.1:1/***");
    expect(redactor.redact(`posted to ${key}`)).toBe("posted to ***");
  });
});

describe("TLS problems", () => {
  // A certificate for 127.0.0.1 that no authority signed (openssl req -x509, 100 years): what a
  // backend behind a company's own certificate authority looks like to a runner that lacks it.
  const tls = { key: readFileSync(new URL("../fixtures/tls/self-signed.key.pem", import.meta.url)), cert: readFileSync(new URL("../fixtures/tls/self-signed.cert.pem", import.meta.url)) };

  it("names an untrusted certificate and how to trust the authority that signed it, without retrying", async () => {
    let requests = 0;
    const server = createServer(tls, (_request, response) => {
      requests += 1;
      response.end("{}");
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const error = await failure(dispatchToBackend(event("t.ok"), { url, retryDelayMs: 20, timeoutMs: 3_000 }));
      expect(error).toMatchObject({ kind: "unreachable", code: "DEPTH_ZERO_SELF_SIGNED_CERT" });
      expect(error.message).toBe(
        `the flow backend at ${url} presents a TLS certificate this job does not trust (DEPTH_ZERO_SELF_SIGNED_CERT). If your own certificate authority signed it, give the job that authority's certificate: set NODE_EXTRA_CA_CERTS to the path of its PEM file in the step's env.`,
      );
      expect(requests).toBe(0);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  it("says that an https:// backend-url reaches a server speaking plain http", async () => {
    const server = await startFlowBackend();
    backends.push(server);
    const url = server.url.replace("http://", "https://");
    const error = await failure(dispatchToBackend(event("t.ok"), { url, retryDelayMs: 20, timeoutMs: 3_000 }));
    expect(error).toMatchObject({ kind: "unreachable", code: "ERR_SSL_WRONG_VERSION_NUMBER" });
    expect(error.message).toBe(`the flow backend at ${url} does not speak TLS (ERR_SSL_WRONG_VERSION_NUMBER): backend-url says https://, but the server at that address answers plain http — check backend-url's scheme and port.`);
    expect(server.requests).toEqual([]);
  });

  it("says that an http:// backend-url may be a server speaking TLS, which closes the connection, rather than that it cannot be reached", async () => {
    const server = createServer(tls, (_request, response) => response.end("{}"));
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const error = await failure(dispatchToBackend(event("t.ok"), { url, retries: 1, retryDelayMs: 20, timeoutMs: 3_000 }));
      expect(error).toMatchObject({ kind: "unreachable", code: "UND_ERR_SOCKET" });
      expect(error.message).toBe(
        `the flow backend at ${url} closed the connection without answering POST /events (UND_ERR_SOCKET, 2 time(s)). Check the backend's logs; if it serves https (a TLS server closes a plain http request so), set backend-url to its https:// address.`,
      );
    } finally {
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
    }
  });
});