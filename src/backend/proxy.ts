import { redactor } from "../redact.js";
import { urlSecrets } from "../url-secrets.js";

/**
 * The proxy variables the runner and the Actions toolkit read (lower case first, as
 * @actions/http-client does).
 * https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners
 */
const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];

/**
 * fetch for the flow backend at `url`, through the job's proxy when one applies to it (no_proxy
 * honoured), as @actions/github sends the job's GitHub requests: on a self-hosted runner that
 * reaches the network only through a proxy, the backend's requests went straight out and failed
 * while the GitHub ones got through. Without a proxy variable set, nothing more is loaded (the
 * toolkit's HTTP client loads undici on import).
 */
export function backendFetch(url: string, env: NodeJS.ProcessEnv = process.env): typeof fetch {
  const proxies = PROXY_VARIABLES.map((name) => env[name]).filter((value): value is string => Boolean(value));
  if (proxies.length === 0) return globalThis.fetch;
  // A proxy's URL may carry its user and password (http://user:pw@proxy:3128).
  for (const proxy of proxies) redactor.add(...urlSecrets(proxy));
  let chosen: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    chosen ??= throughProxy(url);
    return (await chosen)(input, init);
  };
}

async function throughProxy(url: string): Promise<typeof fetch> {
  const [{ HttpClient }, undici] = await Promise.all([import("@actions/http-client"), import("undici")]);
  const dispatcher = new HttpClient("flows-action").getAgentDispatcher(url);
  if (!dispatcher) return globalThis.fetch;
  return (input, init) => undici.fetch(input as never, { ...(init as object), dispatcher } as never) as unknown as Promise<Response>;
}
