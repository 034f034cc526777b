export declare const flowSchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json";
    readonly title: "FlowManifest";
    readonly description: "flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).";
    readonly type: "object";
    readonly required: readonly ["name", "version", "steps"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly $schema: {
            readonly type: "string";
            readonly description: "Schema for editors (ignored by flows-action).";
        };
        readonly name: {
            readonly $ref: "#/definitions/name";
            readonly description: "The flow's name: unique among the packages of a repository (the first package found wins).";
        };
        readonly version: {
            readonly type: "number";
            readonly description: "The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion.";
        };
        readonly description: {
            readonly type: "string";
            readonly description: "One line about what the flow does.";
        };
        readonly config: {
            readonly type: "object";
            readonly description: "Free-form settings, passed to every step as flow.config.";
            readonly tsType: "Record<string, unknown>";
        };
        readonly guidance: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly skills: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                    readonly description: "Skills a Code Mode step should load.";
                };
            };
        };
        readonly steps: {
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly $ref: "#/definitions/step";
            };
            readonly description: "The steps, one [[steps]] section each.";
        };
    };
    readonly definitions: {
        readonly name: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 200;
            readonly pattern: "^[^\0-\u001F-\u2028\u2029]*[^\\s\0-\u001F-\u2028\u2029][^\0-\u001F-\u2028\u2029]*$";
            readonly description: "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL).";
        };
        readonly path: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 4096;
            readonly pattern: "^[^\0-\u001F]*[^\\s\0-\u001F][^\0-\u001F]*$";
            readonly description: "A relative path, resolved from the package folder.";
        };
        readonly step: {
            readonly type: "object";
            readonly required: readonly ["name", "runner", "script"];
            readonly additionalProperties: false;
            readonly properties: {
                readonly name: {
                    readonly $ref: "#/definitions/name";
                    readonly description: "The step's name, unique within the flow.";
                };
                readonly runner: {
                    readonly type: "string";
                    readonly enum: readonly ["bun", "code-mode"];
                    readonly description: "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE).";
                };
                readonly script: {
                    readonly $ref: "#/definitions/path";
                    readonly description: "The script, relative to the package folder; it must stay inside the package.";
                };
                readonly cwd: {
                    readonly $ref: "#/definitions/path";
                    readonly description: "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository.";
                };
                readonly timeout_ms: {
                    readonly type: "integer";
                    readonly exclusiveMinimum: 0;
                    readonly maximum: 2147483647;
                    readonly description: "Timeout in milliseconds (default 300000, at most 2147483647: about 24.8 days, the longest timer Node and Bun keep); the step's whole process tree is stopped when it runs past it.";
                };
                readonly trigger: {
                    readonly $ref: "#/definitions/trigger";
                };
            };
        };
        readonly trigger: {
            readonly type: "object";
            readonly required: readonly ["type"];
            readonly additionalProperties: false;
            readonly description: "Which FlowEvents the step reacts to. A step without trigger never matches an event.";
            readonly properties: {
                readonly type: {
                    readonly $ref: "#/definitions/name";
                    readonly description: "The FlowEvent type to match; `*` matches any run of characters (e.g. \"github.release.*\").";
                };
                readonly schema: {
                    readonly $ref: "#/definitions/path";
                    readonly description: "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package.";
                };
                readonly if: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly maxLength: 4096;
                    readonly description: "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional.";
                };
            };
        };
    };
};
