import type { Standing } from "@/lib/members/standing";

// Who may see or reach whom. Otagai has no public list of helpers: a member is visible by name
// only within their municipality or a shared group, fully only to their connections, and not at all
// to someone either of them has blocked (the blocked member sees exactly what a stranger sees).

/** The facts about a viewer and another member that every rule below is decided on. */
export interface Relation {
  self: boolean;
  connected: boolean;
  /** Either has blocked the other. */
  blocked: boolean;
  targetActive: boolean;
  sameMunicipality: boolean;
  sharedGroup: boolean;
  /** An open at-a-distance request between the two, in either direction. */
  pendingRequest: boolean;
}

export type ProfileView = "full" | "limited" | "none";

export function profileView(r: Relation): ProfileView {
  if (r.self) return "full";
  if (r.blocked || !r.targetActive) return "none";
  if (r.connected) return "full";
  if (r.sameMunicipality || r.sharedGroup || r.pendingRequest) return "limited";
  return "none";
}

/** Only a member and their connections may see whom they are connected with. */
export function mayListConnectionsOf(r: Relation): boolean {
  return profileView(r) === "full";
}

/** Finding someone (same town or group) lets one ask; the digits are still needed to connect. */
export function mayRequest(r: Relation): boolean {
  return profileView(r) === "limited" && !r.pendingRequest && (r.sameMunicipality || r.sharedGroup);
}

/** Opening someone's personal link means being together: no town or group is needed. */
export function mayConnectInPerson(r: Pick<Relation, "self" | "blocked" | "targetActive">): boolean {
  return !r.self && !r.blocked && r.targetActive;
}

export type Badge = "organiser" | "hoikushi" | "kindergarten_teacher" | "nurse" | "other";

export interface FullProfile {
  userId: string;
  displayName: string;
  nameKana: string;
  municipality: { ja: string; en: string };
  district: { ja: string; en: string };
  capabilities: string[];
  badges: Badge[];
  memberSince: Date;
  completedCares: number;
}

export type LimitedProfile = Pick<FullProfile, "userId" | "displayName" | "municipality">;

export type VisibleProfile = { view: "full"; profile: FullProfile } | { view: "limited"; profile: LimitedProfile };

/** The fields a view allows, and no others. */
export function visibleProfile(view: ProfileView, p: FullProfile): VisibleProfile | null {
  if (view === "none") return null;
  if (view === "full") return { view, profile: p };
  return { view, profile: { userId: p.userId, displayName: p.displayName, municipality: p.municipality } };
}

/** Badges earned: what the one standing function says on the day (lib/members/standing.ts), and nothing else. */
export function badgesOf(standing: Standing): Badge[] {
  return standing.certifiedOrganiser ? ["organiser", ...standing.qualifications] : [...standing.qualifications];
}
