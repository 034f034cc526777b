// A trigger schema without `$schema` is checked as draft-07, and draft-07 ignores the keywords
// added by 2019-09 and 2020-12 (ajv runs with strict: false, as the old runtime ignored unknown
// keywords). A schema copied from a modern example (`unevaluatedProperties: false`,
// `prefixItems`) would then accept payloads its author meant to refuse, without a word: say so.
import type { FlowDiagnostic } from "../contracts.js";
import { positionOfPointer, schemaDiagnostic } from "./schema-errors.js";
import { pointerPart, subschemas } from "./schema-walk.js";

/** Keywords that constrain payloads in later drafts and mean nothing to draft-07. */
const LATER_KEYWORDS: Record<string, "2019-09" | "2020-12"> = {
  unevaluatedProperties: "2019-09",
  unevaluatedItems: "2019-09",
  dependentRequired: "2019-09",
  dependentSchemas: "2019-09",
  minContains: "2019-09",
  maxContains: "2019-09",
  $recursiveRef: "2019-09",
  prefixItems: "2020-12",
  $dynamicRef: "2020-12",
};

/**
 * One warning per later-draft keyword the draft-07 `schema` uses, at its first use.
 * `declared` is the schema's own `$schema`, when it has one.
 */
export function laterDraftKeywordWarnings(path: string, text: string, schema: unknown, declared: string | undefined): FlowDiagnostic[] {
  const found = new Map<string, string>();
  for (const { node, pointer } of subschemas(schema)) {
    for (const key of Object.keys(node)) {
      if (LATER_KEYWORDS[key] !== undefined && !found.has(key)) found.set(key, `${pointer}/${pointerPart(key)}`);
    }
  }
  const why = declared === undefined ? "it has no $schema" : "of its $schema";
  const fix =
    declared === undefined
      ? 'Add "$schema": "https://json-schema.org/draft/2020-12/schema" at the top of the schema, or remove the keyword.'
      : 'Set $schema to "https://json-schema.org/draft/2020-12/schema", or remove the keyword.';
  const warnings = [...found].map(([keyword, pointer]) =>
    schemaDiagnostic(
      path,
      `${keyword} is a keyword of JSON Schema ${LATER_KEYWORDS[keyword]} and later, but this schema is checked as draft-07 ` +
        `(because ${why}), which ignores it: payloads are not checked against it. ${fix}`,
      positionOfPointer(text, pointer),
      "warning",
    ),
  );
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
