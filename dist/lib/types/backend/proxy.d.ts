/**
 * fetch for the flow backend at `url`, through the job's proxy when one applies to it (no_proxy
 * honoured), as @actions/github sends the job's GitHub requests: on a self-hosted runner that
 * reaches the network only through a proxy, the backend's requests went straight out and failed
 * while the GitHub ones got through. Without a proxy variable set, nothing more is loaded (the
 * toolkit's HTTP client loads undici on import).
 */
export declare function backendFetch(url: string, env?: NodeJS.ProcessEnv): typeof fetch;
