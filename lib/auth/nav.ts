import type { Capability } from "@/lib/members/profile";

export interface NavItem {
  key: string;
  href: string;
  /** Shown only to members with this capability. */
  capability?: Capability;
}

export const NAV: NavItem[] = [
  { key: "home", href: "/home" },
  { key: "requests", href: "/requests" },
  { key: "connections", href: "/connections" },
  { key: "children", href: "/children", capability: "parent" },
  { key: "groups", href: "/groups" },
  { key: "meetups", href: "/meetups" },
  { key: "profile", href: "/profile" },
  { key: "reliability", href: "/reliability" },
  { key: "admin", href: "/admin", capability: "admin" },
];

/** The navigation a member's capabilities allow; nothing before onboarding. */
export function navFor(member: { capabilities: Capability[] } | null): NavItem[] {
  if (!member) return [];
  return NAV.filter((item) => !item.capability || member.capabilities.includes(item.capability));
}
