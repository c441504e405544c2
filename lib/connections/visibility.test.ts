import { describe, expect, it } from "vitest";
import { NO_RECORDS, standingOn } from "@/lib/members/standing";
import {
  badgesOf,
  type FullProfile,
  mayConnectInPerson,
  mayListConnectionsOf,
  mayRequest,
  profileView,
  type Relation,
  visibleProfile,
} from "./visibility";

const stranger: Relation = {
  self: false,
  connected: false,
  blocked: false,
  targetActive: true,
  sameMunicipality: false,
  sharedGroup: false,
  pendingRequest: false,
};
const neighbour = { ...stranger, sameMunicipality: true };
const groupMate = { ...stranger, sharedGroup: true };
const connection = { ...neighbour, connected: true };

describe("profileView", () => {
  it("shows a member everything about themselves", () => {
    expect(profileView({ ...stranger, self: true })).toBe("full");
  });

  it("shows connections the full profile, neighbours and group mates the name only, strangers nothing", () => {
    expect(profileView(connection)).toBe("full");
    expect(profileView({ ...stranger, connected: true })).toBe("full");
    expect(profileView(neighbour)).toBe("limited");
    expect(profileView(groupMate)).toBe("limited");
    expect(profileView({ ...stranger, pendingRequest: true })).toBe("limited");
    expect(profileView(stranger)).toBe("none");
  });

  it("hides blocked members both ways, even from a connection or a neighbour", () => {
    for (const r of [connection, neighbour, groupMate]) expect(profileView({ ...r, blocked: true })).toBe("none");
  });

  it("hides suspended members", () => {
    expect(profileView({ ...connection, targetActive: false })).toBe("none");
  });
});

describe("who may do what", () => {
  it("lets only a member and their connections see whom they are connected with", () => {
    expect(mayListConnectionsOf({ ...stranger, self: true })).toBe(true);
    expect(mayListConnectionsOf(connection)).toBe(true);
    expect(mayListConnectionsOf(neighbour)).toBe(false);
    expect(mayListConnectionsOf({ ...connection, blocked: true })).toBe(false);
  });

  it("lets neighbours and group mates ask to connect, once, and nobody else", () => {
    expect(mayRequest(neighbour)).toBe(true);
    expect(mayRequest(groupMate)).toBe(true);
    expect(mayRequest({ ...neighbour, pendingRequest: true })).toBe(false);
    expect(mayRequest(connection)).toBe(false);
    expect(mayRequest(stranger)).toBe(false);
    expect(mayRequest({ ...stranger, self: true, sameMunicipality: true })).toBe(false);
    expect(mayRequest({ ...neighbour, blocked: true })).toBe(false);
    expect(mayRequest({ ...neighbour, targetActive: false })).toBe(false);
  });

  it("lets anyone together in person connect, except oneself, a blocked pair or a suspended member", () => {
    expect(mayConnectInPerson(stranger)).toBe(true);
    expect(mayConnectInPerson({ ...stranger, self: true })).toBe(false);
    expect(mayConnectInPerson({ ...stranger, blocked: true })).toBe(false);
    expect(mayConnectInPerson({ ...stranger, targetActive: false })).toBe(false);
  });
});

describe("visibleProfile", () => {
  const full: FullProfile = {
    userId: "u1",
    displayName: "佐藤 陽子",
    nameKana: "さとう ようこ",
    municipality: { ja: "みどり市", en: "Midori City" },
    district: { ja: "本町一丁目", en: "Honcho 1-chome" },
    capabilities: ["parent", "supporter"],
    badges: ["hoikushi"],
    memberSince: new Date("2026-01-01T00:00:00Z"),
    completedCares: 3,
  };

  it("gives the limited view the display name and municipality and nothing else", () => {
    expect(visibleProfile("limited", full)).toEqual({
      view: "limited",
      profile: { userId: "u1", displayName: "佐藤 陽子", municipality: { ja: "みどり市", en: "Midori City" } },
    });
  });

  it("gives the full view everything and no view nothing", () => {
    expect(visibleProfile("full", full)).toEqual({ view: "full", profile: full });
    expect(visibleProfile("none", full)).toBeNull();
  });
});

describe("badgesOf", () => {
  const today = "2026-11-24";

  it("shows the organiser badge while the certification is in force, through its last day", () => {
    expect(badgesOf(standingOn({ ...NO_RECORDS, organiserCertifiedUntil: "2026-11-24" }, today))).toEqual(["organiser"]);
    expect(badgesOf(standingOn({ ...NO_RECORDS, organiserCertifiedUntil: "2026-11-23" }, today))).toEqual([]);
  });

  it("never comes from the capability alone: no record, no badge", () => {
    expect(badgesOf(standingOn(NO_RECORDS, today))).toEqual([]);
  });

  it("shows each verified qualification in force once", () => {
    const qualifications = [
      { kind: "nurse" as const, validUntil: "2027-01-01" },
      { kind: "hoikushi" as const, validUntil: "2027-01-01" },
      { kind: "nurse" as const, validUntil: "2028-01-01" },
      { kind: "other" as const, validUntil: "2026-11-23" },
    ];
    expect(badgesOf(standingOn({ ...NO_RECORDS, qualifications }, today))).toEqual(["hoikushi", "nurse"]);
  });
});
