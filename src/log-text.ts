// The runner reads every line a job prints: a line that starts with `::` is a workflow command
// (`::error::`, `::add-mask::`, `::stop-commands::`). Text from outside (event types, ids, flow
// and step names, messages) must therefore never bring its own line break into a log line.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions

/**
 * Text from outside as part of ONE log line: line breaks and other control characters become
 * visible escapes (`\n`, `\u0007`), so the text can neither start a new line nor hide part of
 * itself. Use it for every outside value put into a plain log line; workflow-command data goes
 * through the runner-IO escaper instead.
 */
export function logText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
