import type { Capability } from "@/lib/members/profile";

export function hasCapability(member: { capabilities: Capability[] } | null | undefined, c: Capability): boolean {
  return Boolean(member?.capabilities.includes(c));
}
