// A webhook delivery as GitHub records it, where a payload belongs: what the REST API returns for
// one delivery (GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}, and the
// organization's and app's equivalents, https://docs.github.com/en/rest/repos/webhooks#get-a-delivery-for-a-repository-webhook),
// which `gh api` prints, and a repository's "Recent Deliveries" shows. The payload is inside it, at
// request.payload, and the event's name beside it: mapped as a payload, the record was an event of
// no repository with a digest for an id, which matched nothing and exited 0.
import { InputFileError } from "./usage.js";
import { shellWord } from "../shell-word.js";

export type WebhookDelivery = { guid: string; event: string; payload: unknown };

/** The delivery `value` is, by the fields GitHub's record of one always has; undefined for anything else. */
export function webhookDelivery(value: unknown): WebhookDelivery | undefined {
  if (!isObject(value)) return undefined;
  const { guid, event, request } = value;
  if (typeof guid !== "string" || typeof event !== "string" || !isObject(request)) return undefined;
  if (!("payload" in request) || !("headers" in request)) return undefined;
  return { guid, event, payload: request.payload };
}

/**
 * The payload a delivery record holds, given where `option` (`--event-path`, `--event`) wants a
 * payload of `eventName`; undefined when `value` is no delivery record. A record of another event,
 * or one without its payload, is refused, saying what to pass.
 */
export function payloadOfDelivery(value: unknown, path: string, eventName: string, nameOption: string): Record<string, unknown> | undefined {
  const delivery = webhookDelivery(value);
  if (delivery === undefined) return undefined;
  const where = path === "-" ? "<stdin>" : path;
  const record = `GitHub's record of a ${delivery.event} delivery (${delivery.guid})`;
  if (delivery.event !== eventName) {
    throw new InputFileError(`${where}: this is ${record}, but ${nameOption} says ${eventName}. Pass ${nameOption} ${shellWord(delivery.event)}.`);
  }
  if (!isObject(delivery.payload)) {
    throw new InputFileError(
      `${where}: this is ${record}, and its request.payload is ${delivery.payload === null ? "null" : "not a JSON object"}: there is no payload to run. ` +
        "Give the delivery's payload itself.",
    );
  }
  return delivery.payload;
}

/** What to run instead, for a delivery record given as a FlowEvent (`flows fire --event`). */
export function deliveryHint(value: unknown, path: string, invocation: string): string {
  const delivery = webhookDelivery(value);
  if (delivery === undefined) return "";
  const name = shellWord(delivery.event);
  const file = shellWord(path);
  return (
    ` It is GitHub's record of a webhook delivery (${delivery.event}, ${delivery.guid}), not a FlowEvent: run its payload with ` +
    `\`${invocation} github --event-name ${name} --event-path ${file}\` (or see what would match with \`${invocation} explain --event ${file} --event-name ${name}\`).`
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
