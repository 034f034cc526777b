import { createServer } from "node:http";
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { dispatchToBackend } from "../../src/backend/index.js";
import { redactor } from "../../src/redact.js";
import type { FlowEvent } from "../../src/contracts.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";
import { failure } from "./failure.js";

// A self-hosted runner that reaches the network only through a proxy sets https_proxy /
// http_proxy (and no_proxy) for the job; the GitHub client (@actions/github) goes through it, so
// the flow backend's requests must too.

const backends: FlowBackend[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

const PROXY_NAMES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"];

/**
 * A forward proxy that tunnels CONNECT requests, as squid does, and records what it was asked.
 * Every host it is asked for is this machine: the backend's name (`flows-backend.test`) resolves
 * nowhere else, so only a request through the proxy reaches it (and @actions/http-client sends
 * nothing for 127.0.0.1 or localhost through a proxy).
 */
async function startProxy(): Promise<{ url: string; tunnels: string[]; authorizations: Array<string | undefined> }> {
  const tunnels: string[] = [];
  const authorizations: Array<string | undefined> = [];
  const sockets = new Set<Socket>();
  const proxy = createServer((_request, response) => {
    response.writeHead(502);
    response.end();
  });
  proxy.on("connect", (request, client: Socket, head) => {
    tunnels.push(request.url ?? "");
    authorizations.push(request.headers["proxy-authorization"]);
    const port = (request.url ?? "").split(":").at(-1);
    const upstream = connect(Number(port), "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
    }
  });
  await new Promise<void>((listening) => proxy.listen(0, "127.0.0.1", listening));
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((closed) => proxy.close(closed));
  });
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, tunnels, authorizations };
}

function event(): FlowEvent {
  return { id: `test:t.ok:${Math.random().toString(36).slice(2)}`, type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

/** The backend's URL under a name only the proxy knows. */
function behindProxy(backend: FlowBackend): string {
  return backend.url.replace("127.0.0.1", "flows-backend.test");
}

function withoutProxy(values: Record<string, string>): void {
  const cleared = Object.fromEntries(PROXY_NAMES.filter((name) => process.env[name] !== undefined).map((name) => [name, ""]));
  onTestFinished(setProcessEnv({ ...cleared, ...values }));
}

describe("a flow backend behind the job's proxy", () => {
  it("is reached through the proxy that http_proxy names, with the proxy's credentials, which are never shown", async () => {
    const backend = await startFlowBackend({ scripts: { "t.ok": [{ flow: "f", step: "s", result: { status: "completed" }, afterMs: 30 }] } });
    backends.push(backend);
    const proxy = await startProxy();
    const proxyUrl = proxy.url.replace("http://", "http://proxy-user:proxy-pass-0123456789@");
    withoutProxy({ http_proxy: proxyUrl });
    const url = behindProxy(backend);
    const outcome = await dispatchToBackend(event(), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000 });
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed"]);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(url).host]));
    expect(proxy.authorizations[0]).toBe(`Basic ${Buffer.from("proxy-user:proxy-pass-0123456789").toString("base64")}`);
    expect(redactor.redact("proxy-pass-0123456789")).toBe("***");
  });

  it("goes straight to a backend that no_proxy names", async () => {
    const backend = await startFlowBackend();
    backends.push(backend);
    const proxy = await startProxy();
    withoutProxy({ http_proxy: proxy.url, no_proxy: "example.com,.test" });
    const error = await failure(dispatchToBackend(event(), { url: behindProxy(backend), pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000 }));
    expect(error.kind).toBe("unreachable");
    expect(["ENOTFOUND", "EAI_AGAIN"]).toContain(error.code);
    expect(proxy.tunnels).toEqual([]);
  });
});
