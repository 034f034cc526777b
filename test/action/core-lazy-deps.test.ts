import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BearerCredentialHandler, getExecOutput, HttpClient } from "../../src/action/core-lazy-deps.js";

// What the action's bundle gives @actions/core in place of @actions/http-client and @actions/exec
// (scripts/bundle.mjs, lazyCoreDeps): the same calls core makes, answered by the real packages.

let server: Server;
let url: string;
const seen: Array<{ authorization: string | undefined; agent: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ authorization: request.headers.authorization, agent: request.headers["user-agent"] });
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ value: "id-token" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("core's lazy http-client and exec", () => {
  it("gets JSON the way core's OIDC client does: user agent, bearer token, typed result", async () => {
    const client = new HttpClient("actions/oidc-client", [new BearerCredentialHandler("request-token")], { allowRetries: true, maxRetries: 10 });
    const response = await client.getJson<{ value: string }>(url);
    expect(response.statusCode).toBe(200);
    expect(response.result?.value).toBe("id-token");
    expect(seen.at(-1)).toEqual({ authorization: "Bearer request-token", agent: "actions/oidc-client" });
  });

  it("runs a command and returns its output, like @actions/exec's getExecOutput", async () => {
    const { exitCode, stdout } = await getExecOutput("node", ["-e", "process.stdout.write('hi')"], { silent: true });
    expect(exitCode).toBe(0);
    expect(stdout).toBe("hi");
  });
});
