// Raw style: read the run context from stdin, print one FLOW_RESULT line.
const context = JSON.parse(await Bun.stdin.text());
const { event, config } = context.flow;
const { repo, tag } = event.payload;

console.log(`${config.greeting}: ${repo} ${tag}`);
console.log(
  `FLOW_RESULT ${JSON.stringify({
    status: "completed",
    message: `${config.greeting}: ${repo} ${tag}`,
    artifacts: { eventId: context.runtime.eventId },
  })}`,
);
