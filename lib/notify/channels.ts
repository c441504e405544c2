import type { DeliveryChannel } from "@/lib/jobs/delivery-counts";

/** What a member can be reached by, besides e-mail: a device subscribed to push, LINE linked and following. */
export interface Reach {
  push: boolean;
  line: boolean;
}

/** Notices every admin gets on every channel they have, whatever their preferences, at any hour. */
const EVERY_CHANNEL_KINDS = new Set(["safety_serious_incident"]);

/**
 * The channels one notice goes out on: e-mail always, push when the member has a subscribed device,
 * LINE when they linked LINE and follow the official account. `wanted` is the member's own choice
 * per channel (preferences); a serious incident ignores it.
 */
export function channelsFor(kind: string, reach: Reach, wanted: (channel: DeliveryChannel) => boolean = () => true): DeliveryChannel[] {
  const possible: DeliveryChannel[] = ["email"];
  if (reach.push) possible.push("push");
  if (reach.line) possible.push("line");
  return EVERY_CHANNEL_KINDS.has(kind) ? possible : possible.filter(wanted);
}
