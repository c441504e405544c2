import type { DeliveryChannel } from "@/lib/jobs/delivery-counts";
import { SERIOUS_INCIDENT_KIND } from "./quiet-hours";

/** What a member can be reached by, besides e-mail: a device subscribed to push, LINE linked and following. */
export interface Reach {
  push: boolean;
  line: boolean;
}

/**
 * The channels one notice goes out on: e-mail always, push when the member has a subscribed device,
 * LINE when they linked LINE and follow the official account. `wanted` is the member's own choice
 * per channel (preferences); a serious incident ignores it.
 */
export function channelsFor(kind: string, reach: Reach, wanted: (channel: DeliveryChannel) => boolean = () => true): DeliveryChannel[] {
  const possible: DeliveryChannel[] = ["email"];
  if (reach.push) possible.push("push");
  if (reach.line) possible.push("line");
  return kind === SERIOUS_INCIDENT_KIND ? possible : possible.filter(wanted);
}
