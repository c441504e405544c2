import type { Capability } from "@/lib/members/profile";

export interface NavItem {
  key: string;
  href: string;
  /** Shown only to members with this capability. */
  capability?: Capability;
  /** Shown only to admins as lib/auth/admin decides (the capability or a platform admin named at setup). */
  admin?: true;
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
  { key: "settings", href: "/settings/notifications" },
  { key: "admin", href: "/admin", admin: true },
];

/**
 * The navigation a member's capabilities allow, and the admin desk for an admin (`isAdmin`, from
 * lib/auth/admin). Before onboarding only the admin desk, for a platform admin who has no profile yet.
 */
export function navFor(member: { capabilities: Capability[] } | null, isAdmin = false): NavItem[] {
  return NAV.filter((item) => {
    if (item.admin) return isAdmin;
    return member !== null && (!item.capability || member.capabilities.includes(item.capability));
  });
}
