export declare const flowEventSchema: {
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
