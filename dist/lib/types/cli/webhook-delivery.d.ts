export type WebhookDelivery = {
    guid: string;
    event: string;
    payload: unknown;
};
/** The delivery `value` is, by the fields GitHub's record of one always has; undefined for anything else. */
export declare function webhookDelivery(value: unknown): WebhookDelivery | undefined;
/**
 * The payload a delivery record holds, given where `option` (`--event-path`, `--event`) wants a
 * payload of `eventName`; undefined when `value` is no delivery record. A record of another event,
 * or one without its payload, is refused, saying what to pass.
 */
export declare function payloadOfDelivery(value: unknown, path: string, eventName: string, nameOption: string): Record<string, unknown> | undefined;
/** What to run instead, for a delivery record given as a FlowEvent (`flows fire --event`). */
export declare function deliveryHint(value: unknown, path: string, invocation: string): string;
