// Sizes GitHub documents in prose but not in its OpenAPI description, and answers with a 422
// ("Body is too long (maximum is 65536 characters)"): a request past one is a violation, as a
// schema error is. (The 50 annotations per request are in the description: `maxItems`.)
// https://docs.github.com/rest/issues/comments#create-an-issue-comment (body: 65,536 characters)
// https://docs.github.com/rest/checks/runs#create-a-check-run (output: summary and text 65,535,
// an annotation's title 255, message and raw_details 64 KB)

const COMMENT_CHARS = 65_536;
const OUTPUT_BYTES = 65_535;
const ANNOTATION_TITLE_CHARS = 255;
const ANNOTATION_TEXT_BYTES = 64 * 1024;

/** The documented limits `body` of `operationId` is past; none for an operation without any. */
export function documentedLimitProblems(operationId: string, body: unknown): string[] {
  if (!isRecord(body)) return [];
  switch (operationId) {
    case "issues/create-comment":
    case "issues/update-comment":
      return typeof body.body === "string" && characters(body.body) > COMMENT_CHARS
        ? [`body is ${characters(body.body)} characters; GitHub's maximum is ${COMMENT_CHARS}`]
        : [];
    case "checks/create":
    case "checks/update":
      return isRecord(body.output) ? outputProblems(body.output) : [];
    default:
      return [];
  }
}

// GitHub keeps check run output in columns of 65,535 bytes: counted in UTF-8 bytes, the stricter
// reading of the documented "65535 characters".
function outputProblems(output: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of ["summary", "text"]) {
    const value = output[field];
    if (typeof value === "string" && bytes(value) > OUTPUT_BYTES) problems.push(`output.${field} is ${bytes(value)} bytes; GitHub's maximum is ${OUTPUT_BYTES}`);
  }
  const annotations = Array.isArray(output.annotations) ? output.annotations : [];
  annotations.forEach((annotation: unknown, index) => {
    if (!isRecord(annotation)) return;
    if (typeof annotation.title === "string" && characters(annotation.title) > ANNOTATION_TITLE_CHARS) {
      problems.push(`output.annotations[${index}].title is ${characters(annotation.title)} characters; GitHub's maximum is ${ANNOTATION_TITLE_CHARS}`);
    }
    for (const field of ["message", "raw_details"]) {
      const value = annotation[field];
      if (typeof value === "string" && bytes(value) > ANNOTATION_TEXT_BYTES) {
        problems.push(`output.annotations[${index}].${field} is ${bytes(value)} bytes; GitHub's maximum is ${ANNOTATION_TEXT_BYTES}`);
      }
    }
  });
  return problems;
}

/** Characters as GitHub counts them: code points. */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
