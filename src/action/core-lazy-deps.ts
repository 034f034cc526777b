// What @actions/core imports from @actions/http-client and @actions/exec, loaded on first use.
//
// Why this is here: core's index imports @actions/http-client for one feature, the OIDC client
// behind core.getIDToken (oidc-utils.js), and @actions/exec for core.platform's details. The
// action calls neither, yet every start paid for both: http-client loads undici, http, https,
// tls and tunnel as it is imported (about 25 ms on Node 24), and ncc put the 1 MB of undici in
// dist/index.js, which Node compiles at every start. A start that matches no flow took ~4× a
// bare `node -e 0`, against the 2.5× guard (BENCHMARKS.md, "The guard and the missed targets").
//
// So the action's bundle (scripts/bundle.mjs, `lazyCoreDeps`) resolves core's two imports, and
// only core's, to this module: HttpClient and getExecOutput below load the real packages with
// import(), in a chunk of their own, the first time they are used. Everything else in the bundle
// (@actions/artifact, @actions/tool-cache, @actions/github) still imports the real packages.
import type { OutgoingHttpHeaders } from "node:http";
import type * as Exec from "@actions/exec";
import type * as HttpClientModule from "@actions/http-client";
import type { TypedResponse } from "@actions/http-client/lib/interfaces";

// Light (no imports of its own): core builds one with the OIDC request token.
export { BearerCredentialHandler } from "@actions/http-client/lib/auth";

type RealHttpClient = HttpClientModule.HttpClient;

/**
 * A stand-in for @actions/http-client's HttpClient, as core uses it: constructed, then asked for
 * JSON (OidcClient.getCall calls `getJson`). The real client is created at the first request.
 */
export class HttpClient {
  readonly #args: ConstructorParameters<typeof HttpClientModule.HttpClient>;
  #client: Promise<RealHttpClient> | undefined;

  constructor(...args: ConstructorParameters<typeof HttpClientModule.HttpClient>) {
    this.#args = args;
  }

  async getJson<T>(requestUrl: string, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.#real()).getJson<T>(requestUrl, additionalHeaders);
  }

  #real(): Promise<RealHttpClient> {
    this.#client ??= import("@actions/http-client").then(({ HttpClient: Real }) => new Real(...this.#args));
    return this.#client;
  }
}

/** @actions/exec's getExecOutput (core.platform runs `sw_vers`, `lsb_release` or PowerShell with it). */
export async function getExecOutput(...args: Parameters<typeof Exec.getExecOutput>): ReturnType<typeof Exec.getExecOutput> {
  const { getExecOutput: real } = await import("@actions/exec");
  return real(...args);
}
