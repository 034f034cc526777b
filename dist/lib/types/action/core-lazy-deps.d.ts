import type { OutgoingHttpHeaders } from "node:http";
import type * as Exec from "@actions/exec";
import type * as HttpClientModule from "@actions/http-client";
import type { TypedResponse } from "@actions/http-client/lib/interfaces";
export { BearerCredentialHandler } from "@actions/http-client/lib/auth";
/**
 * A stand-in for @actions/http-client's HttpClient, as core uses it: constructed, then asked for
 * JSON (OidcClient.getCall calls `getJson`). The real client is created at the first request.
 */
export declare class HttpClient {
    #private;
    constructor(...args: ConstructorParameters<typeof HttpClientModule.HttpClient>);
    getJson<T>(requestUrl: string, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>>;
}
/** @actions/exec's getExecOutput (core.platform runs `sw_vers`, `lsb_release` or PowerShell with it). */
export declare function getExecOutput(...args: Parameters<typeof Exec.getExecOutput>): ReturnType<typeof Exec.getExecOutput>;
