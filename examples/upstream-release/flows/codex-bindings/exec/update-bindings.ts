// Module style: the default export receives the run context and returns a FlowResult;
// flows-action prints it as the `FLOW_RESULT {json}` line. `flows-action/bun` resolves to
// flows-action's own helper (packages written for `@peezy.tech/codex-flows/flow-runtime/bun`
// run unchanged too).
import { defineBunFlow } from "flows-action/bun";

type UpstreamRelease = { repo: string; tag: string; url?: string; publishedAt?: string; prerelease?: boolean };
type Context = {
  flow: { config?: { versionFile?: string }; event: { id: string; payload: UpstreamRelease } };
  runtime: { eventId: string; replay: boolean };
};

export default defineBunFlow(async (context: Context) => {
  const release = context.flow.event.payload;
  const version = /^rust-v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(release.tag)?.[1];
  if (!version) {
    return { status: "skipped", message: `${release.tag} is not a rust-v<semver> tag; nothing to regenerate` };
  }

  const path = context.flow.config?.versionFile ?? "codex-version.json";
  const file = Bun.file(path);
  const current = (await file.exists()) ? ((await file.json()) as { version?: string }) : {};
  if (current.version === version) {
    return { status: "completed", message: `bindings already follow codex ${version}` };
  }

  // A real flow would regenerate the bindings here (e.g. `bunx codex-bindgen --version ...`).
  const pinned = { version, tag: release.tag, url: release.url, publishedAt: release.publishedAt };
  await Bun.write(path, `${JSON.stringify(pinned, null, 2)}\n`);
  return {
    status: "changed",
    message: `bindings now follow codex ${version} (was ${current.version ?? "unpinned"})`,
    artifacts: { versionFile: path, eventId: context.runtime.eventId },
  };
});
