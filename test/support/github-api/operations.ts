// An index of the spec's operations and a router from (method, concrete path) to the
// operation GitHub would run, with the path parameters it would see.
import { isJsonObject, type JsonObject, type OpenApiDocument, pointerToken, resolveRefs } from "./spec-document.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
export type HttpMethod = (typeof METHODS)[number];

export interface ParameterSpec {
  name: string;
  location: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** The parameter's schema with `$ref`s at its top resolved. */
  schema: JsonObject;
  schemaPointer: string;
  /**
   * GitHub documents its page-size caps only in prose ("The number of results per page
   * (max 100)"), not as `maximum`, so we read the cap from the description.
   */
  documentedMaximum?: number;
}

export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  pathTemplate: string;
  parameters: ParameterSpec[];
  body?: { required: boolean; schemaPointer?: string; contentTypes: string[] };
  /** Status code (or "default") → pointer of its JSON schema; `undefined` when no JSON body. */
  responses: Map<string, string | undefined>;
}

export type RouteResult =
  | { kind: "matched"; operation: OperationSpec; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: HttpMethod[] }
  | { kind: "unknown-path" };

interface PathEntry {
  template: string;
  segments: string[];
  operations: Map<HttpMethod, OperationSpec>;
}

export class OperationIndex {
  private readonly bySegmentCount = new Map<number, PathEntry[]>();
  private readonly byId = new Map<string, OperationSpec>();

  constructor(private readonly document: OpenApiDocument) {
    for (const [template, item] of Object.entries(document.paths)) {
      const entry: PathEntry = { template, segments: template.split("/"), operations: new Map() };
      for (const method of METHODS) {
        const operation = item[method];
        if (!isJsonObject(operation)) continue;
        const spec = this.describe(template, method, item, operation);
        entry.operations.set(method, spec);
        this.byId.set(spec.operationId, spec);
      }
      const bucket = this.bySegmentCount.get(entry.segments.length) ?? [];
      bucket.push(entry);
      this.bySegmentCount.set(entry.segments.length, bucket);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  operation(operationId: string): OperationSpec | undefined {
    return this.byId.get(operationId);
  }

  route(method: string, path: string): RouteResult {
    const segments = path.split("/");
    const entry = this.matchPath(segments) ?? this.matchWithSlashInLastParam(segments);
    if (!entry) return { kind: "unknown-path" };
    const operation = entry.entry.operations.get(method.toLowerCase() as HttpMethod);
    if (!operation) return { kind: "method-not-allowed", allowed: [...entry.entry.operations.keys()] };
    return { kind: "matched", operation, params: entry.params };
  }

  // Literal segments beat parameters (`/releases/latest` over `/releases/{release_id}`);
  // the earliest literal decides, as in GitHub's router.
  private matchPath(segments: string[]): { entry: PathEntry; params: Record<string, string> } | undefined {
    let best: { entry: PathEntry; params: Record<string, string>; score: string } | undefined;
    for (const entry of this.bySegmentCount.get(segments.length) ?? []) {
      const params = matchSegments(entry.segments, segments);
      if (!params) continue;
      const score = entry.segments.map((s) => (isParam(s) ? "0" : "1")).join("");
      if (!best || score > best.score) best = { entry, params, score };
    }
    return best;
  }

  // Clients may send `git/ref/tags/v1.0.0` with the slash unescaped; GitHub accepts that
  // for parameters whose values are git names or file paths.
  private matchWithSlashInLastParam(
    segments: string[],
  ): { entry: PathEntry; params: Record<string, string> } | undefined {
    for (let count = segments.length - 1; count > 1; count--) {
      for (const entry of this.bySegmentCount.get(count) ?? []) {
        const last = entry.segments[count - 1] ?? "";
        if (!SLASHED_PARAMS.has(last)) continue;
        const head = [...segments.slice(0, count - 1), segments.slice(count - 1).join("/")];
        const params = matchSegments(entry.segments, head);
        if (params) return { entry, params };
      }
    }
    return undefined;
  }

  private describe(template: string, method: HttpMethod, item: JsonObject, operation: JsonObject): OperationSpec {
    const base = `/paths/${pointerToken(template)}`;
    const parameters = new Map<string, ParameterSpec>();
    for (const [list, listPointer] of [
      [item.parameters, `${base}/parameters`],
      [operation.parameters, `${base}/${method}/parameters`],
    ] as const) {
      if (!Array.isArray(list)) continue;
      list.forEach((raw, i) => {
        if (!isJsonObject(raw)) return;
        const param = this.parameter(raw, `${listPointer}/${i}`);
        parameters.set(`${param.location}:${param.name}`, param);
      });
    }
    return {
      operationId: String(operation.operationId),
      method,
      pathTemplate: template,
      parameters: [...parameters.values()],
      body: this.requestBody(operation.requestBody, `${base}/${method}/requestBody`),
      responses: this.responses(operation.responses, `${base}/${method}/responses`),
    };
  }

  private parameter(raw: JsonObject, pointer: string): ParameterSpec {
    const { value, pointer: at } = resolveRefs(this.document, raw, pointer);
    const schemaRaw = isJsonObject(value.schema) ? value.schema : {};
    const schema = resolveRefs(this.document, schemaRaw, `${at}/schema`);
    const cap = typeof value.description === "string" ? /\(max (\d+)\)/.exec(value.description) : null;
    const location = String(value.in) as ParameterSpec["location"];
    return {
      name: String(value.name),
      location,
      required: value.required === true || location === "path",
      schema: schema.value,
      schemaPointer: `${at}/schema`,
      ...(cap ? { documentedMaximum: Number(cap[1]) } : {}),
    };
  }

  private requestBody(raw: unknown, pointer: string): OperationSpec["body"] {
    if (!isJsonObject(raw)) return undefined;
    const { value, pointer: at } = resolveRefs(this.document, raw, pointer);
    const content = isJsonObject(value.content) ? value.content : {};
    const contentTypes = Object.keys(content);
    const json = contentTypes.find((type) => type.includes("json"));
    return {
      required: value.required === true,
      contentTypes,
      ...(json ? { schemaPointer: `${at}/content/${pointerToken(json)}/schema` } : {}),
    };
  }

  private responses(raw: unknown, pointer: string): Map<string, string | undefined> {
    const result = new Map<string, string | undefined>();
    if (!isJsonObject(raw)) return result;
    for (const [status, response] of Object.entries(raw)) {
      if (!isJsonObject(response)) continue;
      const { value, pointer: at } = resolveRefs(this.document, response, `${pointer}/${status}`);
      const content = isJsonObject(value.content) ? value.content : {};
      const json = Object.keys(content).find((type) => type.includes("json"));
      const media = json ? content[json] : undefined;
      const hasSchema = isJsonObject(media) && isJsonObject(media.schema);
      result.set(status, hasSchema && json ? `${at}/content/${pointerToken(json)}/schema` : undefined);
    }
    return result;
  }
}

const SLASHED_PARAMS = new Set(["{ref}", "{tag}", "{branch}", "{path}", "{basehead}"]);

function isParam(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const expected = template[i] ?? "";
    const got = actual[i] ?? "";
    if (isParam(expected)) {
      if (got === "") return undefined;
      params[expected.slice(1, -1)] = safeDecode(got);
    } else if (expected !== got) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
