// @octokit/plugin-throttling spaces GitHub writes 1 s apart (3 s for a comment), as GitHub asks.
// Against the local fake GitHub that is only waiting: a report job's two check runs and its
// comment cost 2 s of sleep, and the action tests paid it hundreds of times. Every client made
// without a throttle option (the action's, the CLI's) sends its writes without a gap here, in
// this process and in the action and CLI processes the helpers start (they pass it on). Rate
// limits are still waited out; tests of the spacing itself pass their own groups or unset it.
process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS = "0";
// mode: http polls its backend first after 2 s; the local fake backends finish runs in a few
// hundred ms, so every action test in http mode waited most of 2 s for nothing.
process.env.FLOWS_BACKEND_POLL_SECONDS = "0.05";
