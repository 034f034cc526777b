// @bun
// src/github/debug.ts
function debugClient(client, debug) {
  client.hook.wrap("request", async (request, options) => {
    const what = `GitHub API ${options.method} ${String(options.url).replace(/\{([^}]+)\}/g, (_, name) => String(options[name] ?? `{${name}}`))}`;
    try {
      const response = await request(options);
      debug(`${what} \u2192 ${response.status}`);
      return response;
    } catch (error) {
      debug(`${what} \u2192 ${error.status ?? (error instanceof Error ? error.message : String(error))}`);
      throw error;
    }
  });
  return client;
}

export { debugClient };
