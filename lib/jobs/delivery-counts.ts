export const DELIVERY_CHANNELS = ["email", "push", "line"] as const;
export const DELIVERY_STATES = ["sent", "waiting", "failed", "skipped"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** One row per channel, a count per state (zero where there is none), from grouped counts. */
export function deliveryTable(
  counts: readonly { channel: DeliveryChannel; state: DeliveryState; n: number }[],
): { channel: DeliveryChannel; counts: Record<DeliveryState, number> }[] {
  return DELIVERY_CHANNELS.map((channel) => ({
    channel,
    counts: Object.fromEntries(
      DELIVERY_STATES.map((state) => [state, counts.find((c) => c.channel === channel && c.state === state)?.n ?? 0]),
    ) as Record<DeliveryState, number>,
  }));
}
