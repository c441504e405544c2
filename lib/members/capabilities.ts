import type { Capability } from "./profile";

/** What a member chooses for themselves, at onboarding and later on the profile. */
export const SELF_CHOSEN_CAPABILITIES = ["parent", "supporter"] as const;
export type SelfChosenCapability = (typeof SELF_CHOSEN_CAPABILITIES)[number];

const selfChosen = (c: Capability): c is SelfChosenCapability => (SELF_CHOSEN_CAPABILITIES as readonly string[]).includes(c);

/**
 * The member's capabilities after they chose `chosen` on their profile: organiser, staff and
 * admin are granted by the platform and kept as they are, never added or removed by the member;
 * only parent and supporter follow the choice. Null when nothing self-chosen is left (a member is
 * at least one of the two).
 */
export function withChosenCapabilities(current: readonly Capability[], chosen: readonly SelfChosenCapability[]): Capability[] | null {
  const picked = SELF_CHOSEN_CAPABILITIES.filter((c) => chosen.includes(c));
  if (picked.length === 0) return null;
  return [...picked, ...current.filter((c) => !selfChosen(c))];
}

/** Only supporters are asked for help and may say OK (DOMAIN.md, Care requests). */
export function canHelp(capabilities: readonly string[]): boolean {
  return capabilities.includes("supporter");
}
