export declare const contractSchemas: {
    readonly "backend-dispatch-result.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json";
        readonly title: "BackendDispatchAnswer";
        readonly description: "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.";
        readonly type: "object";
        readonly required: readonly ["status"];
        readonly properties: {
            readonly status: {
                readonly type: "string";
                readonly enum: readonly ["accepted", "duplicate"];
            };
            readonly eventId: {
                readonly description: "Used when a non-empty string; else the event's id.";
                readonly tsType: "unknown";
            };
            readonly runIds: {
                readonly description: "At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.";
                readonly type: readonly ["array", "null"];
                readonly maxItems: 1000;
                readonly items: {
                    readonly type: "string";
                    readonly minLength: 1;
                };
            };
            readonly matched: {
                readonly description: "Used when a whole number; else the number of run ids.";
                readonly tsType: "unknown";
            };
            readonly idempotent: {
                readonly description: "Used when true or false; a duplicate is idempotent otherwise.";
                readonly tsType: "unknown";
            };
            readonly event: {
                readonly description: "A FlowEvent (flow-event.schema.json), or the event sent when missing.";
                readonly tsType: "unknown";
            };
            readonly runs: {
                readonly description: "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.";
                readonly tsType: "unknown";
            };
        };
    };
    readonly "backend-error.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-error.schema.json";
        readonly title: "BackendErrorAnswer";
        readonly description: "The explanation an HTTP flow backend gives with an answer that is not 2xx: {\"error\": \"...\"}, {\"error\": {\"message\": \"...\"}} or {\"message\": \"...\"}, in that order of precedence. Any other body (plain text, an HTML page, other JSON) is quoted as text. Quoted redacted, on one line, cut to 300 characters.";
        readonly type: "object";
        readonly anyOf: readonly [{
            readonly required: readonly ["error"];
            readonly properties: {
                readonly error: {
                    readonly type: "string";
                };
            };
        }, {
            readonly required: readonly ["error"];
            readonly properties: {
                readonly error: {
                    readonly type: "object";
                    readonly required: readonly ["message"];
                    readonly properties: {
                        readonly message: {
                            readonly type: "string";
                        };
                    };
                };
            };
        }, {
            readonly required: readonly ["message"];
            readonly properties: {
                readonly message: {
                    readonly type: "string";
                };
            };
        }];
    };
    readonly "backend-run.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json";
        readonly title: "BackendRun";
        readonly description: "A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion (which may be left out), times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again. The older runtime's backend (codex-workspace-backend-local) sends no version, its FlowResult inside resultJson (the text {\"flow\",\"step\",\"result\"} its runner printed) and the runner's stdout and stderr.";
        readonly type: "object";
        readonly required: readonly ["eventId"];
        readonly allOf: readonly [{
            readonly anyOf: readonly [{
                readonly required: readonly ["id"];
                readonly properties: {
                    readonly id: {
                        readonly $ref: "#/definitions/nonEmpty";
                    };
                };
            }, {
                readonly required: readonly ["runId"];
                readonly properties: {
                    readonly runId: {
                        readonly $ref: "#/definitions/nonEmpty";
                    };
                };
            }];
        }, {
            readonly anyOf: readonly [{
                readonly required: readonly ["processStatus"];
            }, {
                readonly required: readonly ["status"];
            }];
        }, {
            readonly anyOf: readonly [{
                readonly required: readonly ["flowName"];
                readonly properties: {
                    readonly flowName: {
                        readonly $ref: "#/definitions/nonEmpty";
                    };
                };
            }, {
                readonly required: readonly ["flow"];
                readonly properties: {
                    readonly flow: {
                        readonly $ref: "#/definitions/nonEmpty";
                    };
                };
            }];
        }, {
            readonly anyOf: readonly [{
                readonly required: readonly ["stepName"];
                readonly properties: {
                    readonly stepName: {
                        readonly $ref: "#/definitions/nonEmpty";
                    };
                };
            }, {
                readonly required: readonly ["step"];
                readonly properties: {
                    readonly step: {
                        readonly $ref: "#/definitions/nonEmpty";
                    };
                };
            }];
        }];
        readonly properties: {
            readonly id: {
                readonly type: "string";
            };
            readonly runId: {
                readonly type: "string";
            };
            readonly eventId: {
                readonly $ref: "#/definitions/nonEmpty";
            };
            readonly flowName: {
                readonly type: "string";
            };
            readonly flow: {
                readonly type: "string";
            };
            readonly stepName: {
                readonly type: "string";
            };
            readonly step: {
                readonly type: "string";
            };
            readonly flowVersion: {
                readonly $ref: "#/definitions/version";
            };
            readonly version: {
                readonly $ref: "#/definitions/version";
            };
            readonly runner: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly $ref: "flow-run-view.schema.json#/definitions/FlowRunner";
                }];
            };
            readonly processStatus: {
                readonly $ref: "flow-run-view.schema.json#/definitions/ProcessStatus";
            };
            readonly status: {
                readonly $ref: "#/definitions/anyStatus";
            };
            readonly resultStatus: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly $ref: "flow-result.schema.json#/definitions/FlowResultStatus";
                }];
            };
            readonly effectiveStatus: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly $ref: "#/definitions/anyStatus";
                }];
            };
            readonly needsAttention: {
                readonly type: "boolean";
            };
            readonly resultPayload: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly $ref: "flow-result.schema.json";
                }];
            };
            readonly result: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly $ref: "flow-result.schema.json";
                }];
            };
            readonly resultJson: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly type: "string";
                }];
                readonly description: "The older runtime's backend: JSON text, {\"flow\", \"step\", \"result\": FlowResult} or a FlowResult.";
            };
            readonly attempts: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/definitions/attempt";
                    };
                }];
            };
            readonly output: {
                readonly $ref: "#/definitions/text";
            };
            readonly error: {
                readonly $ref: "#/definitions/text";
            };
            readonly stdout: {
                readonly $ref: "#/definitions/text";
            };
            readonly stderr: {
                readonly $ref: "#/definitions/text";
            };
            readonly createdAt: {
                readonly $ref: "#/definitions/time";
            };
            readonly updatedAt: {
                readonly $ref: "#/definitions/time";
            };
            readonly startedAt: {
                readonly $ref: "#/definitions/time";
            };
            readonly completedAt: {
                readonly $ref: "#/definitions/time";
            };
            readonly durationMs: {
                readonly description: "Used when a number of milliseconds a Date can span (0 to 8.64e15); else worked out from startedAt and completedAt.";
                readonly tsType: "unknown";
            };
            readonly timedOut: {
                readonly description: "The run is marked timed out only when this is true.";
                readonly tsType: "unknown";
            };
            readonly replay: {
                readonly description: "The run is marked a replay only when this is true; when it is missing, the older runtime's backend (backend \"workspace-local\") marks a replay's runs by the `_replay` suffix of their ids.";
                readonly tsType: "unknown";
            };
            readonly alreadyHandled: {
                readonly description: "The run is marked as handled by an earlier delivery only when this is true.";
                readonly tsType: "unknown";
            };
            readonly backend: {
                readonly description: "\"workspace-local\" for the older runtime's backend; any other value is not read.";
                readonly tsType: "unknown";
            };
        };
        readonly definitions: {
            readonly nonEmpty: {
                readonly type: "string";
                readonly minLength: 1;
            };
            readonly version: {
                readonly anyOf: readonly [{
                    readonly type: "number";
                }, {
                    readonly type: "string";
                    readonly pattern: "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$";
                }];
            };
            readonly anyStatus: {
                readonly anyOf: readonly [{
                    readonly $ref: "flow-run-view.schema.json#/definitions/ProcessStatus";
                }, {
                    readonly $ref: "flow-result.schema.json#/definitions/FlowResultStatus";
                }];
            };
            readonly time: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly type: "number";
                }, {
                    readonly type: "string";
                }];
            };
            readonly text: {
                readonly anyOf: readonly [{
                    readonly type: "null";
                }, {
                    readonly type: "string";
                }, {
                    readonly type: "object";
                    readonly required: readonly ["message"];
                    readonly properties: {
                        readonly message: {
                            readonly type: "string";
                        };
                    };
                }];
            };
            readonly attempt: {
                readonly type: "object";
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly number: {
                        readonly type: "number";
                    };
                    readonly status: {
                        readonly $ref: "flow-run-view.schema.json#/definitions/ProcessStatus";
                    };
                    readonly processStatus: {
                        readonly $ref: "flow-run-view.schema.json#/definitions/ProcessStatus";
                    };
                    readonly resultStatus: {
                        readonly anyOf: readonly [{
                            readonly type: "null";
                        }, {
                            readonly $ref: "flow-result.schema.json#/definitions/FlowResultStatus";
                        }];
                    };
                    readonly startedAt: {
                        readonly $ref: "#/definitions/time";
                    };
                    readonly completedAt: {
                        readonly $ref: "#/definitions/time";
                    };
                    readonly error: {
                        readonly $ref: "#/definitions/text";
                    };
                    readonly timedOut: {
                        readonly description: "The attempt is marked timed out only when this is true.";
                        readonly tsType: "unknown";
                    };
                    readonly replay: {
                        readonly description: "The attempt is marked a replay only when this is true.";
                        readonly tsType: "unknown";
                    };
                };
                readonly anyOf: readonly [{
                    readonly required: readonly ["status"];
                }, {
                    readonly required: readonly ["processStatus"];
                }];
            };
        };
    };
    readonly "cli-error.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-error.schema.json";
        readonly title: "CliError";
        readonly description: "What `flows <command> --json` prints on standard output when the command stops before it has a result (a wrong command line, an unreadable or invalid event file, an id the store does not hold, a missing token), or when what it recorded could not be saved. The message is also on standard error.";
        readonly type: "object";
        readonly required: readonly ["error"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly error: {
                readonly type: "object";
                readonly required: readonly ["kind", "message", "exitCode"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly kind: {
                        readonly description: "usage: the command line is wrong (exit 2); failed: a problem stopped the command (exit 1); bug: an error in flows-action itself (exit 1, its stack on standard error).";
                        readonly type: "string";
                        readonly enum: readonly ["usage", "failed", "bug"];
                    };
                    readonly message: {
                        readonly description: "What went wrong and what to change, as standard error says it.";
                        readonly type: "string";
                    };
                    readonly exitCode: {
                        readonly description: "The exit code the command ends with.";
                        readonly type: "integer";
                        readonly minimum: 1;
                    };
                    readonly command: {
                        readonly description: "The command that was run, when one was recognised.";
                        readonly type: "string";
                    };
                    readonly file: {
                        readonly description: "The file the problem is in, when there is one.";
                        readonly type: "string";
                    };
                    readonly line: {
                        readonly type: "integer";
                        readonly minimum: 1;
                    };
                    readonly column: {
                        readonly type: "integer";
                        readonly minimum: 1;
                    };
                    readonly hint: {
                        readonly description: "What to change, when the message alone does not say it.";
                        readonly type: "string";
                    };
                    readonly problems: {
                        readonly description: "Problems in flow packages that go with the error (flows run naming a step that could not be loaded).";
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "flow-diagnostic.schema.json";
                        };
                    };
                    readonly result: {
                        readonly tsType: "unknown";
                        readonly description: "The document the command would have printed, when it ran but the state store could not save what it recorded: those steps ran, and would run again on a redelivery of their event.";
                    };
                };
            };
        };
    };
    readonly "cli-help.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-help.schema.json";
        readonly title: "CliHelp";
        readonly description: "What `flows help --json` (or `flows --help --json`) prints on standard output: every command, as `flows help` lists them; `flows help <command> --json` (or `flows <command> --help --json`): that command alone. The same table the text help is written from (src/cli/command-table.ts).";
        readonly type: "object";
        readonly required: readonly ["commands", "globalOptions"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly commands: {
                readonly type: "array";
                readonly items: {
                    readonly $ref: "#/definitions/CliHelpCommand";
                };
            };
            readonly globalOptions: {
                readonly description: "Options every command takes (and --version).";
                readonly type: "array";
                readonly items: {
                    readonly $ref: "#/definitions/CliHelpOption";
                };
            };
        };
        readonly definitions: {
            readonly CliHelpCommand: {
                readonly title: "CliHelpCommand";
                readonly type: "object";
                readonly required: readonly ["name", "usage", "summary", "options", "examples"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly args: {
                        readonly description: "Its positional arguments, as usage shows them (`<flow> <step>`).";
                        readonly type: "string";
                    };
                    readonly usage: {
                        readonly description: "`flows <name> [args] [options]`.";
                        readonly type: "string";
                    };
                    readonly summary: {
                        readonly type: "string";
                    };
                    readonly details: {
                        readonly description: "More it says in its --help.";
                        readonly type: "string";
                    };
                    readonly options: {
                        readonly description: "The options it takes besides the global ones, with its own wording where it differs.";
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/definitions/CliHelpOption";
                        };
                    };
                    readonly examples: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
            readonly CliHelpOption: {
                readonly title: "CliHelpOption";
                readonly type: "object";
                readonly required: readonly ["name", "flag", "takesValue", "description"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly name: {
                        readonly description: "Its long name, without the dashes.";
                        readonly type: "string";
                    };
                    readonly flag: {
                        readonly description: "As help shows it: `-h, --help`, `--event FILE`.";
                        readonly type: "string";
                    };
                    readonly short: {
                        readonly description: "Its one-letter form, without the dash.";
                        readonly type: "string";
                    };
                    readonly value: {
                        readonly description: "Its value's name in help, for an option that takes one.";
                        readonly type: "string";
                    };
                    readonly takesValue: {
                        readonly description: "Whether it takes a value (`--limit 5`) or stands alone (`--dry-run`).";
                        readonly type: "boolean";
                    };
                    readonly repeatable: {
                        readonly description: "Given more than once, each value counts (`--input a=1 --input b=2`).";
                        readonly type: "boolean";
                    };
                    readonly description: {
                        readonly type: "string";
                    };
                };
            };
        };
    };
    readonly "cli-version.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-version.schema.json";
        readonly title: "CliVersion";
        readonly description: "What `flows --version --json` prints on standard output: which flows-action this is, and the runtime the command runs on (Bun when one is found, else Node).";
        readonly type: "object";
        readonly required: readonly ["name", "version", "runtime"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly name: {
                readonly description: "The package the `flows` command comes from.";
                readonly type: "string";
                readonly const: "flows-action";
            };
            readonly version: {
                readonly description: "Its version, from its package.json; null when that file could not be found.";
                readonly type: readonly ["string", "null"];
            };
            readonly runtime: {
                readonly description: "What runs the command (steps always run on Bun).";
                readonly type: "object";
                readonly required: readonly ["name", "version"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                        readonly enum: readonly ["bun", "node"];
                    };
                    readonly version: {
                        readonly description: "The runtime's version, without a leading v (1.2.3, 22.11.0).";
                        readonly type: "string";
                    };
                };
            };
        };
    };
    readonly "daemon-request.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/daemon-request.schema.json";
        readonly title: "DaemonRequest";
        readonly description: "One line a client sends to `flows daemon` over its socket: a command to run (`flows fire` or `flows run`, from the launcher), a signal for the command running, or a question for the daemon itself (`flows daemon status`, `flows daemon stop`).";
        readonly oneOf: readonly [{
            readonly type: "object";
            readonly required: readonly ["kind", "argv", "cwd", "env", "umask", "stdout", "stderr"];
            readonly additionalProperties: false;
            readonly properties: {
                readonly kind: {
                    readonly const: "run";
                };
                readonly argv: {
                    readonly description: "The command line after `flows`, whose first word is the command: fire or run (the launcher sends no other; the daemon refuses any other).";
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly maxItems: 10000;
                    readonly items: {
                        readonly type: "string";
                        readonly maxLength: 1048576;
                    };
                };
                readonly cwd: {
                    readonly description: "The client's current folder: the command runs there.";
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly maxLength: 65536;
                };
                readonly env: {
                    readonly description: "The client's environment: the command and its steps see it, not the daemon's.";
                    readonly type: "object";
                    readonly maxProperties: 100000;
                    readonly additionalProperties: {
                        readonly type: "string";
                    };
                };
                readonly umask: {
                    readonly description: "The client's umask: files the command writes get its permissions.";
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 511;
                };
                readonly stdout: {
                    readonly description: "Whether the client's standard output is a terminal.";
                    readonly type: "boolean";
                };
                readonly stderr: {
                    readonly description: "Whether the client's standard error is a terminal.";
                    readonly type: "boolean";
                };
            };
        }, {
            readonly type: "object";
            readonly required: readonly ["kind", "signal"];
            readonly additionalProperties: false;
            readonly properties: {
                readonly kind: {
                    readonly const: "signal";
                };
                readonly signal: {
                    readonly description: "A signal the client received, for the command it asked for.";
                    readonly type: "string";
                    readonly enum: readonly ["SIGINT", "SIGTERM", "SIGHUP"];
                };
            };
        }, {
            readonly type: "object";
            readonly required: readonly ["kind"];
            readonly additionalProperties: false;
            readonly properties: {
                readonly kind: {
                    readonly description: "status: what the daemon is and has done; stop: end it.";
                    readonly type: "string";
                    readonly enum: readonly ["status", "stop"];
                };
            };
        }];
    };
    readonly "event-record.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json";
        readonly title: "StoredEventRecord";
        readonly description: "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).";
        readonly type: "object";
        readonly required: readonly ["formatVersion", "event", "runs"];
        readonly properties: {
            readonly formatVersion: {
                readonly type: "integer";
                readonly minimum: 1;
            };
            readonly event: {
                readonly $ref: "flow-event.schema.json";
            };
            readonly runs: {
                readonly type: "array";
                readonly items: {
                    readonly $ref: "flow-run-view.schema.json";
                };
            };
            readonly firstDispatchedAt: {
                readonly type: "string";
            };
            readonly updatedAt: {
                readonly type: "string";
            };
            readonly dispatchCount: {
                readonly type: "integer";
                readonly minimum: 0;
            };
            readonly dispatchKeys: {
                readonly description: "Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
        };
    };
    readonly "flow-diagnostic.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json";
        readonly title: "FlowDiagnostic";
        readonly description: "A problem found in a flow package or schema: where it is and what to change.";
        readonly type: "object";
        readonly required: readonly ["severity", "file", "message"];
        readonly properties: {
            readonly severity: {
                readonly type: "string";
                readonly enum: readonly ["error", "warning"];
            };
            readonly file: {
                readonly type: "string";
            };
            readonly line: {
                readonly type: "integer";
                readonly minimum: 1;
            };
            readonly column: {
                readonly type: "integer";
                readonly minimum: 1;
            };
            readonly message: {
                readonly type: "string";
            };
        };
    };
    readonly "flow-event.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json";
        readonly title: "FlowEventShape";
        readonly description: "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.";
        readonly type: "object";
        readonly required: readonly ["id", "type", "receivedAt", "payload"];
        readonly properties: {
            readonly id: {
                readonly type: "string";
                readonly minLength: 1;
                readonly maxLength: 2048;
                readonly description: "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3. At most 2,048 characters (UTF-16 units): the id names the event's stored record and goes into check runs, comments, commit messages and log lines. Ids flows-action derives from a payload are kept under it (src/events/id.ts).";
            };
            readonly type: {
                readonly type: "string";
                readonly minLength: 1;
                readonly description: "Matched against trigger.type.";
            };
            readonly source: {
                readonly type: "string";
                readonly description: "Product or subsystem that emitted it.";
            };
            readonly occurredAt: {
                readonly type: "string";
                readonly description: "ISO time of the domain event.";
            };
            readonly receivedAt: {
                readonly type: "string";
                readonly description: "ISO time the flow system accepted it.";
            };
            readonly payload: {
                readonly description: "Validated by each step's trigger schema.";
                readonly tsType: "unknown";
            };
        };
        readonly definitions: {
            readonly FlowEventInput: {
                readonly title: "FlowEventInput";
                readonly description: "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).";
                readonly type: "object";
                readonly required: readonly ["id", "type"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly type: {
                        readonly type: "string";
                    };
                    readonly source: {
                        readonly type: "string";
                    };
                    readonly occurredAt: {
                        readonly type: "string";
                    };
                    readonly receivedAt: {
                        readonly type: "string";
                    };
                    readonly payload: {
                        readonly tsType: "unknown";
                    };
                };
            };
        };
    };
    readonly "flow-result.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json";
        readonly title: "FlowResult";
        readonly description: "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.";
        readonly type: "object";
        readonly required: readonly ["status"];
        readonly additionalProperties: true;
        readonly properties: {
            readonly status: {
                readonly $ref: "#/definitions/FlowResultStatus";
            };
            readonly message: {
                readonly type: "string";
            };
            readonly artifacts: {
                readonly type: "object";
                readonly tsType: "Record<string, unknown>";
            };
            readonly next: {
                readonly type: "array";
                readonly description: "Events to dispatch after this run (id and type required).";
                readonly items: {
                    readonly $ref: "flow-event.schema.json#/definitions/FlowEventInput";
                };
            };
            readonly annotations: {
                readonly type: "array";
                readonly items: {
                    readonly $ref: "#/definitions/FlowAnnotation";
                };
            };
        };
        readonly definitions: {
            readonly FlowResultStatus: {
                readonly title: "FlowResultStatus";
                readonly type: "string";
                readonly enum: readonly ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"];
            };
            readonly FlowAnnotation: {
                readonly title: "FlowAnnotation";
                readonly description: "A file/line note a step may return; shown as an annotation on checks. (Extension.)";
                readonly type: "object";
                readonly required: readonly ["path", "message"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly path: {
                        readonly type: "string";
                    };
                    readonly line: {
                        readonly type: "number";
                    };
                    readonly endLine: {
                        readonly type: "number";
                    };
                    readonly column: {
                        readonly type: "number";
                    };
                    readonly level: {
                        readonly type: "string";
                        readonly enum: readonly ["notice", "warning", "failure"];
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                    readonly title: {
                        readonly type: "string";
                    };
                };
            };
        };
    };
    readonly "flow-run-view.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json";
        readonly title: "FlowRunView";
        readonly description: "One executed (or deliberately not executed) step of one flow for one event.";
        readonly type: "object";
        readonly required: readonly ["id", "eventId", "flowName", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"];
        readonly properties: {
            readonly id: {
                readonly type: "string";
            };
            readonly eventId: {
                readonly type: "string";
            };
            readonly flowName: {
                readonly type: "string";
            };
            readonly flowVersion: {
                readonly type: "number";
                readonly description: "The flow.toml version. Always there for runs of this action; left out for a flow backend's run when the backend does not say it (the older runtime's backend does not).";
            };
            readonly stepName: {
                readonly type: "string";
            };
            readonly runner: {
                readonly $ref: "#/definitions/FlowRunner";
            };
            readonly processStatus: {
                readonly $ref: "#/definitions/ProcessStatus";
            };
            readonly resultStatus: {
                readonly $ref: "flow-result.schema.json#/definitions/FlowResultStatus";
            };
            readonly effectiveStatus: {
                readonly $ref: "#/definitions/EffectiveStatus";
            };
            readonly needsAttention: {
                readonly type: "boolean";
            };
            readonly attempts: {
                readonly type: "array";
                readonly items: {
                    readonly $ref: "#/definitions/FlowRunAttempt";
                };
            };
            readonly output: {
                readonly type: "string";
                readonly description: "Bounded tail of the step's stdout and stderr.";
            };
            readonly resultPayload: {
                readonly $ref: "flow-result.schema.json";
            };
            readonly wholeResult: {
                readonly type: "object";
                readonly description: "Set when resultPayload keeps only part of a longer FLOW_RESULT (a flow backend's over 512 KiB, src/backend/kept-result.ts): the whole result's JSON as the reports lay it out (indented when that is at most 1 MiB, compact otherwise) and its size so in UTF-8 bytes. The reports lay the part out the same way and count the rest as cut.";
                readonly required: readonly ["bytes", "indented"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly bytes: {
                        readonly type: "number";
                        readonly minimum: 0;
                    };
                    readonly indented: {
                        readonly type: "boolean";
                    };
                };
            };
            readonly error: {
                readonly type: "string";
            };
            readonly createdAt: {
                readonly type: "string";
            };
            readonly updatedAt: {
                readonly type: "string";
            };
            readonly startedAt: {
                readonly type: "string";
            };
            readonly completedAt: {
                readonly type: "string";
            };
            readonly durationMs: {
                readonly type: "number";
            };
            readonly timedOut: {
                readonly type: "boolean";
            };
            readonly replay: {
                readonly type: "boolean";
            };
            readonly alreadyHandled: {
                readonly type: "boolean";
                readonly description: "Set when this dispatch did not run the step because a stored run covers it: one that succeeded or waits on a human, or one that another dispatch is running now (its status queued or running).";
            };
        };
        readonly definitions: {
            readonly FlowRunner: {
                readonly title: "FlowRunner";
                readonly type: "string";
                readonly enum: readonly ["bun", "code-mode"];
            };
            readonly ProcessStatus: {
                readonly title: "ProcessStatus";
                readonly type: "string";
                readonly enum: readonly ["queued", "running", "completed", "failed", "canceled", "interrupted"];
                readonly description: "interrupted: the dispatcher died while the attempt ran (found by the next delivery).";
            };
            readonly EffectiveStatus: {
                readonly title: "EffectiveStatus";
                readonly description: "resultStatus when there is one, else processStatus.";
                readonly anyOf: readonly [{
                    readonly $ref: "flow-result.schema.json#/definitions/FlowResultStatus";
                }, {
                    readonly $ref: "#/definitions/ProcessStatus";
                }];
            };
            readonly FlowRunAttempt: {
                readonly title: "FlowRunAttempt";
                readonly type: "object";
                readonly required: readonly ["id", "number", "status"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly number: {
                        readonly type: "number";
                    };
                    readonly status: {
                        readonly $ref: "#/definitions/ProcessStatus";
                    };
                    readonly resultStatus: {
                        readonly $ref: "flow-result.schema.json#/definitions/FlowResultStatus";
                    };
                    readonly startedAt: {
                        readonly type: "string";
                    };
                    readonly completedAt: {
                        readonly type: "string";
                    };
                    readonly error: {
                        readonly type: "string";
                    };
                    readonly timedOut: {
                        readonly type: "boolean";
                        readonly description: "The attempt ran past the step's timeout_ms.";
                    };
                    readonly replay: {
                        readonly type: "boolean";
                        readonly description: "The attempt was started by an explicit replay.";
                    };
                    readonly key: {
                        readonly type: "string";
                        readonly description: "Unique per attempt: how a merge of two writers' copies tells attempts apart.";
                    };
                    readonly dispatcher: {
                        readonly $ref: "#/definitions/FlowDispatcher";
                    };
                    readonly edit: {
                        readonly $ref: "#/definitions/ReplayEdit";
                    };
                    readonly named: {
                        readonly enum: readonly ["untriggered", "any"];
                        readonly description: "The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field).";
                    };
                };
            };
            readonly ReplayEdit: {
                readonly title: "ReplayEdit";
                readonly description: "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.";
                readonly type: "object";
                readonly required: readonly ["changed", "payload"];
                readonly properties: {
                    readonly changed: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly description: "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...).";
                    };
                    readonly payload: {
                        readonly description: "The payload the attempt ran with.";
                    };
                };
            };
            readonly FlowDispatcher: {
                readonly title: "FlowDispatcher";
                readonly description: "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.";
                readonly type: "object";
                readonly required: readonly ["host", "pid", "startedAt"];
                readonly properties: {
                    readonly host: {
                        readonly type: "string";
                    };
                    readonly pid: {
                        readonly type: "number";
                    };
                    readonly startedAt: {
                        readonly type: "string";
                        readonly description: "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead.";
                    };
                    readonly startTicks: {
                        readonly type: "number";
                        readonly description: "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there.";
                    };
                    readonly bootId: {
                        readonly type: "string";
                        readonly description: "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared.";
                    };
                    readonly until: {
                        readonly type: "string";
                    };
                };
            };
        };
    };
    readonly "flow.schema.json": {
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
    readonly "github-answers.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/github-answers.schema.json";
        readonly title: "GitHubAnswers";
        readonly description: "GitHub's answers as the release watcher reads them (src/github/releases.ts, src/github/release-lookups.ts): only the fields it uses are required, and other fields are allowed, as GitHub adds fields. An answer that fails its definition is not GitHub's (a proxy's page, a broken mirror): that repository's error for that poll. Each definition has a validator of its own (DEFINITION_VALIDATORS in scripts/build-schemas.mjs).";
        readonly anyOf: readonly [{
            readonly $ref: "#/definitions/GitHubRelease";
        }, {
            readonly $ref: "#/definitions/GitHubReleasePage";
        }, {
            readonly $ref: "#/definitions/GitHubRef";
        }, {
            readonly $ref: "#/definitions/GitHubRefList";
        }, {
            readonly $ref: "#/definitions/GitHubTagObject";
        }, {
            readonly $ref: "#/definitions/GitHubRepository";
        }];
        readonly definitions: {
            readonly GitHubTime: {
                readonly title: "GitHubTime";
                readonly description: "A time as GitHub writes it (ISO 8601, 2025-01-01T00:00:00Z): the watcher compares releases by it, so a text Date.parse cannot read is refused.";
                readonly type: "string";
                readonly maxLength: 64;
                readonly pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";
            };
            readonly GitHubSha: {
                readonly title: "GitHubSha";
                readonly description: "A full git object id, as GitHub gives commits and tag objects (SHA-1, or SHA-256): it becomes part of event ids and request paths.";
                readonly type: "string";
                readonly pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$";
            };
            readonly GitHubRelease: {
                readonly title: "GitHubRelease";
                readonly description: "A release (GET /repos/{owner}/{repo}/releases/{id}, /releases/tags/{tag}, and each item of the listing). Names, notes and tags of any length are cut or refused later, one release at a time (src/watch/); html_url holds the tag, so it is as long as the tag.";
                readonly type: "object";
                readonly required: readonly ["id", "tag_name", "draft", "prerelease", "created_at", "html_url", "target_commitish"];
                readonly properties: {
                    readonly id: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly tag_name: {
                        readonly type: "string";
                    };
                    readonly name: {
                        readonly type: readonly ["string", "null"];
                    };
                    readonly body: {
                        readonly type: readonly ["string", "null"];
                    };
                    readonly draft: {
                        readonly type: "boolean";
                    };
                    readonly prerelease: {
                        readonly type: "boolean";
                    };
                    readonly published_at: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/definitions/GitHubTime";
                        }, {
                            readonly type: "null";
                        }];
                    };
                    readonly created_at: {
                        readonly $ref: "#/definitions/GitHubTime";
                    };
                    readonly html_url: {
                        readonly type: "string";
                    };
                    readonly target_commitish: {
                        readonly type: "string";
                        readonly maxLength: 1024;
                        readonly description: "A branch (at most 255 bytes, as any ref) or a commit SHA.";
                    };
                };
            };
            readonly GitHubReleasePage: {
                readonly title: "GitHubReleasePage";
                readonly description: "One page of GET /repos/{owner}/{repo}/releases: per_page is at most 100.";
                readonly type: "array";
                readonly maxItems: 100;
                readonly items: {
                    readonly $ref: "#/definitions/GitHubRelease";
                };
            };
            readonly GitHubRef: {
                readonly title: "GitHubRef";
                readonly description: "A git ref (GET /repos/{owner}/{repo}/git/ref/tags/{tag}, and each item of matching-refs): its name and the object it points at, a commit (lightweight tag) or a tag object (annotated). GitHub refuses refs over 255 bytes.";
                readonly type: "object";
                readonly required: readonly ["ref", "object"];
                readonly properties: {
                    readonly ref: {
                        readonly type: "string";
                        readonly maxLength: 1024;
                    };
                    readonly object: {
                        readonly type: "object";
                        readonly required: readonly ["sha"];
                        readonly properties: {
                            readonly sha: {
                                readonly $ref: "#/definitions/GitHubSha";
                            };
                            readonly type: {
                                readonly type: "string";
                                readonly maxLength: 64;
                                readonly description: "commit, tag (an annotated tag's object), tree or blob; anything but tag is taken as a commit.";
                            };
                        };
                    };
                };
            };
            readonly GitHubRefList: {
                readonly title: "GitHubRefList";
                readonly description: "GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every matching ref in one list (not paged; read no further than TAG_REFS_MAX_BYTES).";
                readonly type: "array";
                readonly items: {
                    readonly $ref: "#/definitions/GitHubRef";
                };
            };
            readonly GitHubTagObject: {
                readonly title: "GitHubTagObject";
                readonly description: "An annotated tag's object (GET /repos/{owner}/{repo}/git/tags/{sha}): the watcher reads only the commit it points at.";
                readonly type: "object";
                readonly required: readonly ["object"];
                readonly properties: {
                    readonly object: {
                        readonly type: "object";
                        readonly required: readonly ["sha"];
                        readonly properties: {
                            readonly sha: {
                                readonly $ref: "#/definitions/GitHubSha";
                            };
                        };
                    };
                };
            };
            readonly GitHubRepository: {
                readonly title: "GitHubRepository";
                readonly description: "GET /repos/{owner}/{repo} as far as watching reads it: its id, when it was created and its page, for when a listing holds none of the releases seen before. created_at and html_url go into a message, so both are short.";
                readonly type: "object";
                readonly required: readonly ["id", "created_at", "html_url"];
                readonly properties: {
                    readonly id: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly created_at: {
                        readonly $ref: "#/definitions/GitHubTime";
                    };
                    readonly html_url: {
                        readonly type: "string";
                        readonly maxLength: 1024;
                    };
                };
            };
        };
    };
    readonly "handled-runs.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handled-runs.schema.json";
        readonly title: "HandledRuns";
        readonly description: "The reusable workflow's plan job → report job (the handled-runs output and input): the run views of steps the plan gave no job because they were handled before. At most 64 KiB of text, checked before parsing.";
        readonly type: "array";
        readonly maxItems: 2000;
        readonly items: {
            readonly $ref: "flow-run-view.schema.json";
        };
    };
    readonly "handled-steps.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handled-steps.schema.json";
        readonly title: "HandledSteps";
        readonly description: "The reusable workflow's plan job → report job (the handled-steps output and input): every step the plan counted as handled before (no run under the delivery's run cap), by run id, with its effective status then. Ids and status words only, so the runner never drops it as holding a secret, as it may drop handled-runs.";
        readonly type: "object";
        readonly maxProperties: 2000;
        readonly propertyNames: {
            readonly type: "string";
            readonly pattern: "^run_[0-9a-f]{12}$";
        };
        readonly additionalProperties: {
            readonly $ref: "flow-run-view.schema.json#/definitions/EffectiveStatus";
        };
    };
    readonly "handover.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json";
        readonly title: "Handover";
        readonly description: "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.";
        readonly type: "object";
        readonly required: readonly ["version", "repository", "event", "headSha", "prNumbers", "runs"];
        readonly properties: {
            readonly version: {
                readonly const: 1;
            };
            readonly repository: {
                readonly $ref: "#/definitions/name";
            };
            readonly headSha: {
                readonly type: "string";
                readonly pattern: "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$";
            };
            readonly prNumbers: {
                readonly type: "array";
                readonly maxItems: 10;
                readonly uniqueItems: true;
                readonly items: {
                    readonly type: "integer";
                    readonly minimum: 1;
                };
            };
            readonly event: {
                readonly allOf: readonly [{
                    readonly $ref: "flow-event.schema.json";
                }, {
                    readonly properties: {
                        readonly id: {
                            readonly $ref: "#/definitions/eventId";
                        };
                        readonly type: {
                            readonly type: "string";
                            readonly minLength: 1;
                            readonly maxLength: 200;
                            readonly pattern: "^[A-Za-z0-9_.:/-]+$";
                        };
                        readonly source: {
                            readonly $ref: "#/definitions/name";
                        };
                        readonly receivedAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly occurredAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly payload: {
                            readonly type: "object";
                            readonly tsType: "Record<string, unknown>";
                        };
                    };
                }];
            };
            readonly runs: {
                readonly type: "array";
                readonly maxItems: 500;
                readonly items: {
                    readonly $ref: "#/definitions/run";
                };
            };
            readonly problems: {
                readonly type: "array";
                readonly maxItems: 500;
                readonly items: {
                    readonly allOf: readonly [{
                        readonly $ref: "flow-diagnostic.schema.json";
                    }, {
                        readonly properties: {
                            readonly file: {
                                readonly type: "string";
                                readonly maxLength: 1024;
                                readonly pattern: "^[^\0-\u001F]*$";
                            };
                            readonly message: {
                                readonly type: "string";
                                readonly maxLength: 8192;
                                readonly pattern: "^[^\0]*$";
                            };
                        };
                    }];
                };
            };
        };
        readonly definitions: {
            readonly name: {
                readonly type: "string";
                readonly maxLength: 200;
                readonly pattern: "^[^\0-\u001F]*$";
            };
            readonly eventId: {
                readonly type: "string";
                readonly maxLength: 1024;
                readonly pattern: "^[^\0-\u001F]*$";
            };
            readonly time: {
                readonly type: "string";
                readonly maxLength: 64;
                readonly pattern: "^[^\0-\u001F]*$";
            };
            readonly multiline: {
                readonly type: "string";
                readonly maxLength: 65536;
                readonly pattern: "^[^\0]*$";
            };
            readonly attempt: {
                readonly allOf: readonly [{
                    readonly $ref: "flow-run-view.schema.json#/definitions/FlowRunAttempt";
                }, {
                    readonly properties: {
                        readonly id: {
                            readonly $ref: "#/definitions/name";
                        };
                        readonly number: {
                            readonly type: "integer";
                            readonly minimum: 1;
                        };
                        readonly startedAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly completedAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly error: {
                            readonly $ref: "#/definitions/multiline";
                        };
                    };
                }];
            };
            readonly run: {
                readonly allOf: readonly [{
                    readonly $ref: "flow-run-view.schema.json";
                }, {
                    readonly properties: {
                        readonly id: {
                            readonly $ref: "#/definitions/name";
                        };
                        readonly eventId: {
                            readonly $ref: "#/definitions/eventId";
                        };
                        readonly flowName: {
                            readonly $ref: "#/definitions/name";
                        };
                        readonly stepName: {
                            readonly $ref: "#/definitions/name";
                        };
                        readonly attempts: {
                            readonly type: "array";
                            readonly maxItems: 50;
                            readonly items: {
                                readonly $ref: "#/definitions/attempt";
                            };
                        };
                        readonly output: {
                            readonly $ref: "#/definitions/multiline";
                        };
                        readonly error: {
                            readonly $ref: "#/definitions/multiline";
                        };
                        readonly createdAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly updatedAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly startedAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly completedAt: {
                            readonly $ref: "#/definitions/time";
                        };
                        readonly resultPayload: {
                            readonly properties: {
                                readonly message: {
                                    readonly $ref: "#/definitions/multiline";
                                };
                            };
                        };
                    };
                }];
            };
        };
    };
    readonly "job-steps.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/job-steps.schema.json";
        readonly title: "JobSteps";
        readonly description: "The reusable workflow's plan job → report job (the job-steps output and input): for each run-step job, by its matrix index (strategy.job-index), the run ids of the steps the plan gave it. The report job uses from a job's runs file only the runs of those steps. Ids only, so the runner never drops it as holding a secret.";
        readonly type: "array";
        readonly maxItems: 256;
        readonly items: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly pattern: "^run_[0-9a-f]{12}$";
            };
        };
    };
    readonly "runs-file.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json";
        readonly title: "RunsFile";
        readonly description: "What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.";
        readonly type: "object";
        readonly required: readonly ["version", "event", "runs", "children"];
        readonly properties: {
            readonly version: {
                readonly const: 1;
            };
            readonly event: {
                readonly $ref: "flow-event.schema.json";
            };
            readonly requestedBy: {
                readonly type: "string";
                readonly description: "A child event only: the id of the run, in the event just above, whose FlowResult.next asked for it. The report job uses a child event only when that run is one it kept from the same file; an older flows-action wrote none, and such child events are refused.";
            };
            readonly runs: {
                readonly type: "array";
                readonly items: {
                    readonly $ref: "flow-run-view.schema.json";
                };
            };
            readonly children: {
                readonly type: "array";
                readonly items: {
                    readonly $ref: "#";
                };
            };
        };
    };
    readonly "state-index-shard.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/state-index-shard.schema.json";
        readonly title: "StateIndexShard";
        readonly description: "One shard of the state branch's index (index/<2 hex>.json, src/state/branch-index.ts): what `flows runs` and `flows show` need of each record under events/<2 hex>/, keyed by the record's hash. Stored input anyone with push access can edit: a shard that fails this check covers nothing (its records are read whole), and an entry that fails StateIndexEntry, or whose key is not a record hash, is left out alone (its record is read whole). Every field is bounded.";
        readonly type: "object";
        readonly required: readonly ["formatVersion", "records"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly formatVersion: {
                readonly const: 1;
                readonly description: "INDEX_FORMAT_VERSION (1).";
            };
            readonly records: {
                readonly type: "object";
                readonly description: "Record hash (the sha256 of its event id, the name of events/<2 hex>/<hash>.json) → its entry. At most 65,536 a shard: 16.7 million records over the 256 shards.";
                readonly maxProperties: 65536;
                readonly propertyNames: {
                    readonly type: "string";
                    readonly pattern: "^[0-9a-f]{64}$";
                };
                readonly additionalProperties: {
                    readonly $ref: "#/definitions/StateIndexEntry";
                };
            };
        };
        readonly definitions: {
            readonly StateIndexEntry: {
                readonly title: "StateIndexEntry";
                readonly description: "One record's entry: the blob it describes, its event id, whether its event is internal, and its runs. It counts only while the record at the tip is that blob.";
                readonly type: "object";
                readonly required: readonly ["oid", "event", "runs"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly oid: {
                        readonly type: "string";
                        readonly description: "The git blob id of the record this entry describes (sha1, or sha256 in a sha256 repository).";
                        readonly pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$";
                    };
                    readonly event: {
                        readonly type: "string";
                        readonly maxLength: 8192;
                    };
                    readonly internal: {
                        readonly const: true;
                        readonly description: "The event's type starts with the internal prefix (src/state/query.ts).";
                    };
                    readonly runs: {
                        readonly type: "array";
                        readonly maxItems: 10000;
                        readonly items: {
                            readonly description: "A run as the index holds it: [id, updatedAt, effectiveStatus, needsAttention (1 or 0)].";
                            readonly type: "array";
                            readonly minItems: 4;
                            readonly maxItems: 4;
                            readonly additionalItems: false;
                            readonly items: readonly [{
                                readonly type: "string";
                                readonly maxLength: 1024;
                            }, {
                                readonly type: "string";
                                readonly maxLength: 64;
                            }, {
                                readonly type: "string";
                                readonly maxLength: 64;
                            }, {
                                readonly enum: readonly [0, 1];
                            }];
                        };
                    };
                };
            };
        };
    };
    readonly "watch-cursor.schema.json": {
        readonly $schema: "http://json-schema.org/draft-07/schema#";
        readonly $id: "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json";
        readonly title: "WatchCursor";
        readonly description: "Where polling of one upstream repository's releases left off for one watch filter, kept in the state store.";
        readonly type: "object";
        readonly required: readonly ["format", "repo", "seen", "polledAt"];
        readonly properties: {
            readonly format: {
                readonly type: "number";
                readonly description: "WATCH_CURSOR_FORMAT (1).";
            };
            readonly repo: {
                readonly type: "string";
                readonly description: "owner/repo, as configured.";
            };
            readonly etag: {
                readonly type: "string";
                readonly description: "ETag of the first page of releases at the last poll that changed something.";
            };
            readonly deepEtag: {
                readonly type: "string";
                readonly description: "ETag of the second page, when the repository has one.";
            };
            readonly end: {
                readonly $ref: "#/definitions/ListingEndMark";
            };
            readonly backlog: {
                readonly $ref: "#/definitions/Backlog";
            };
            readonly etagAt: {
                readonly type: "string";
                readonly description: "When `etag` was received.";
            };
            readonly tagsEtag: {
                readonly type: "string";
                readonly description: "ETag of the tag refs listing (updates=true), as older versions kept it: no longer used.";
            };
            readonly tagListings: {
                readonly type: "array";
                readonly description: "The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags.";
                readonly items: {
                    readonly $ref: "#/definitions/TagListing";
                };
            };
            readonly watermark: {
                readonly type: "string";
                readonly description: "The latest publishedAt seen; a release published before it is not new.";
            };
            readonly seen: {
                readonly type: "array";
                readonly description: "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.";
                readonly items: {
                    readonly $ref: "#/definitions/SeenRelease";
                };
            };
            readonly pending: {
                readonly type: "array";
                readonly description: "Releases waiting for min-age, oldest first.";
                readonly items: {
                    readonly $ref: "#/definitions/HeldRelease";
                };
            };
            readonly dispatched: {
                readonly type: "array";
                readonly description: "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.";
                readonly items: {
                    readonly $ref: "#/definitions/DispatchedRelease";
                };
            };
            readonly drafts: {
                readonly type: "array";
                readonly maxItems: 10;
                readonly description: "Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED (10): published, a draft keeps its place in the listing (by its commit's date), often below the pages polls watch, so each poll that does not list one asks for it by id (etag: that answer's, for a free 304). Not its tag or name: the state store may be readable by more people than the upstream's drafts.";
                readonly items: {
                    readonly $ref: "#/definitions/WatchedDraft";
                };
            };
            readonly redeliver: {
                readonly type: "array";
                readonly maxItems: 100;
                readonly items: {
                    readonly $ref: "#/definitions/RedeliverTag";
                };
                readonly description: "Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_TAGS_KEPT (100): past it the oldest are dropped with a warning.";
            };
            readonly redeliverEvents: {
                readonly type: "array";
                readonly maxItems: 100;
                readonly items: {
                    readonly $ref: "#/definitions/RedeliverEventId";
                };
                readonly description: "Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the state store holds them (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_EVENTS_KEPT (100): past it the oldest are dropped with a warning.";
            };
            readonly polledAt: {
                readonly type: "string";
                readonly description: "When this cursor was written.";
            };
            readonly checkedAt: {
                readonly type: "string";
                readonly description: "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS.";
            };
            readonly githubClock: {
                readonly $ref: "#/definitions/GithubClock";
            };
            readonly filter: {
                readonly type: "string";
                readonly description: "The filter of the watch this cursor belongs to (watchFilterText: its tags=, prereleases=, min-age= and updates=; \"\" for none). Each filter keeps its own cursor: record flows-action:watch-cursor:owner/repo for none, flows-action:watch-cursor:owner/repo:filter-<first 12 hex digits of the SHA-256 of its options, sorted> for another. Absent in older cursors (any watch of the repository takes one up, and saves its own).";
            };
        };
        readonly definitions: {
            readonly RedeliverTag: {
                readonly title: "RedeliverTag";
                readonly description: "The tag of a release the next poll of this cursor's watch delivers again (an entry of `redeliver`); `flows forget` asks it of each cursor of the repository whose filter takes the tag.";
                readonly type: "string";
            };
            readonly RedeliverEventId: {
                readonly title: "RedeliverEventId";
                readonly description: "The id of an upstream.release.updated / .deleted event the next poll of this cursor's watch delivers again, as the state store holds it (an entry of `redeliverEvents`); `flows forget` asks it of each cursor of the repository with updates=true whose filter takes its tag.";
                readonly type: "string";
            };
            readonly ReleaseId: {
                readonly title: "ReleaseId";
                readonly description: "A release id, as the counts and pages of a cursor: a whole number a JavaScript number holds exactly (at most Number.MAX_SAFE_INTEGER); a larger one is no id GitHub gave.";
                readonly type: "integer";
                readonly minimum: 0;
                readonly maximum: 9007199254740991;
            };
            readonly ListingEndMark: {
                readonly title: "ListingEndMark";
                readonly description: "The end of the listing at the last read: boundary is the last release that read listed, below how many were listed after it, of count in all; page and etag are the end page, asked after pages 1 and 2 answer 304, and first the id of the first release on it.";
                readonly type: "object";
                readonly required: readonly ["boundary", "below", "count"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly boundary: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly below: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly count: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly page: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 9007199254740991;
                    };
                    readonly etag: {
                        readonly type: "string";
                    };
                    readonly first: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                        readonly description: "The id of the first release on the end page: listed further down there later, releases were added above it (also when as many were deleted).";
                    };
                };
            };
            readonly BacklogAfter: {
                readonly title: "BacklogAfter";
                readonly description: "The release a poll stopped reading at: the next poll reads on below it (looked for by id; createdAt only guides the search).";
                readonly type: "object";
                readonly required: readonly ["id", "tag", "createdAt"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly id: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly tag: {
                        readonly type: "string";
                    };
                    readonly createdAt: {
                        readonly type: "string";
                    };
                };
            };
            readonly BacklogTie: {
                readonly title: "BacklogTie";
                readonly description: "Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.";
                readonly type: "object";
                readonly required: readonly ["at", "seen"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly at: {
                        readonly type: "string";
                    };
                    readonly seen: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/definitions/ReleaseId";
                        };
                    };
                };
            };
            readonly BacklogPart: {
                readonly title: "BacklogPart";
                readonly description: "An older place to read on from once this one is done (a second burst arrived before the first was read).";
                readonly type: "object";
                readonly required: readonly ["after", "page"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly after: {
                        readonly $ref: "#/definitions/BacklogAfter";
                    };
                    readonly page: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 9007199254740991;
                    };
                    readonly from: {
                        readonly type: "string";
                    };
                    readonly tie: {
                        readonly $ref: "#/definitions/BacklogTie";
                    };
                    readonly missing: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                };
            };
            readonly Backlog: {
                readonly title: "Backlog";
                readonly description: "Releases listed below where a poll stopped reading, not read yet: the next poll reads on after `after`; new when published at or after `from` (absent: any) and never seen or dispatched; `missing`: how many were added down there, when known.";
                readonly type: "object";
                readonly required: readonly ["after", "page"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly after: {
                        readonly $ref: "#/definitions/BacklogAfter";
                    };
                    readonly page: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 9007199254740991;
                    };
                    readonly from: {
                        readonly type: "string";
                    };
                    readonly tie: {
                        readonly $ref: "#/definitions/BacklogTie";
                    };
                    readonly missing: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly older: {
                        readonly $ref: "#/definitions/BacklogPart";
                    };
                };
            };
            readonly TagListing: {
                readonly title: "TagListing";
                readonly description: "A group of dispatched tags, listed by GET .../git/matching-refs/tags/<prefix>, with its ETag.";
                readonly type: "object";
                readonly required: readonly ["prefix"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly prefix: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly etag: {
                        readonly type: "string";
                    };
                    readonly tooLarge: {
                        readonly const: true;
                        readonly description: "Its answer was more than a poll reads (TAG_REFS_MAX_BYTES): its tags are listed by the narrower prefixes in `parts`, and the whole is not asked again. Older cursors have it without `parts`: the group is split at the next poll.";
                    };
                    readonly parts: {
                        readonly type: "array";
                        readonly description: "With tooLarge: the narrower prefixes the group's dispatched tags are listed by, in the order polls ask them, with their ETags.";
                        readonly items: {
                            readonly $ref: "#/definitions/TagListingPart";
                        };
                    };
                };
            };
            readonly WatchedDraft: {
                readonly title: "WatchedDraft";
                readonly description: "A draft a poll listed: asked for by id (etag: that answer's, for a free 304). Not its tag or name.";
                readonly type: "object";
                readonly required: readonly ["id", "createdAt"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly id: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 9007199254740991;
                    };
                    readonly createdAt: {
                        readonly type: "string";
                    };
                    readonly etag: {
                        readonly type: "string";
                    };
                };
            };
            readonly GithubClock: {
                readonly title: "GithubClock";
                readonly description: "GitHub's time (an answer's Date header) and the runner's at the same moment, as a poll last saw them: what `flows watch --status` tells eligibility by. Rewritten only when their difference changed by a minute or more; absent when the last poll had no time from GitHub.";
                readonly type: "object";
                readonly required: readonly ["github", "runner"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly github: {
                        readonly type: "string";
                    };
                    readonly runner: {
                        readonly type: "string";
                    };
                };
            };
            readonly TagListingPart: {
                readonly title: "TagListingPart";
                readonly description: "A narrower prefix a group too large to list whole is split into.";
                readonly type: "object";
                readonly required: readonly ["prefix"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly prefix: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly etag: {
                        readonly type: "string";
                    };
                    readonly tooLarge: {
                        readonly const: true;
                        readonly description: "This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile.";
                    };
                    readonly exact: {
                        readonly const: true;
                        readonly description: "With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's.";
                    };
                };
            };
            readonly SeenRelease: {
                readonly title: "SeenRelease";
                readonly type: "object";
                readonly required: readonly ["id", "tag", "publishedAt", "prerelease"];
                readonly properties: {
                    readonly id: {
                        readonly type: "number";
                    };
                    readonly tag: {
                        readonly type: "string";
                    };
                    readonly publishedAt: {
                        readonly type: "string";
                    };
                    readonly prerelease: {
                        readonly type: "boolean";
                    };
                };
            };
            readonly HeldRelease: {
                readonly title: "HeldRelease";
                readonly description: "A release held back by `min-age`.";
                readonly type: "object";
                readonly required: readonly ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"];
                readonly properties: {
                    readonly id: {
                        readonly type: "number";
                    };
                    readonly tag: {
                        readonly type: "string";
                    };
                    readonly publishedAt: {
                        readonly type: "string";
                        readonly description: "GitHub's published_at, or the first-seen time when it had none usable.";
                    };
                    readonly firstSeenAt: {
                        readonly type: "string";
                        readonly description: "The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's.";
                    };
                    readonly runnerFirstSeenAt: {
                        readonly type: "string";
                        readonly description: "The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors).";
                    };
                    readonly ageFrom: {
                        readonly type: "string";
                        readonly enum: readonly ["published", "first-seen"];
                        readonly description: "Where its age counts from.";
                    };
                    readonly createdAt: {
                        readonly type: "string";
                        readonly description: "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\".";
                    };
                };
            };
            readonly DispatchedRelease: {
                readonly title: "DispatchedRelease";
                readonly description: "A release this watch dispatched, as it was then.";
                readonly type: "object";
                readonly required: readonly ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"];
                readonly properties: {
                    readonly id: {
                        readonly type: "number";
                    };
                    readonly tag: {
                        readonly type: "string";
                    };
                    readonly eventId: {
                        readonly type: "string";
                    };
                    readonly prerelease: {
                        readonly type: "boolean";
                    };
                    readonly createdAt: {
                        readonly type: "string";
                    };
                    readonly dispatchedAt: {
                        readonly type: "string";
                    };
                    readonly commit: {
                        readonly type: "string";
                        readonly description: "The commit the tag pointed at, when known.";
                    };
                    readonly tagObject: {
                        readonly type: "string";
                        readonly description: "What the tag ref pointed at (commit or tag object SHA), with updates=true.";
                    };
                };
            };
        };
    };
};
