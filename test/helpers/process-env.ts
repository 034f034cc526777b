/**
 * Sets variables in process.env (the artifact client reads the runtime token and results URL
 * from it, not from the environment passed to a run) and returns what puts them back.
 */
export function setProcessEnv(values: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
