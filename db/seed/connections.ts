import { randomBytes } from "node:crypto";
import { and, eq, or } from "drizzle-orm";
import { orderedPair } from "@/lib/connections/pair";
import type { Db } from "../client";
import { connectionRequests, connections, groupMembers, groups, members } from "../schema";
import { demoUserIds } from "./people";

type Provenance = "in_person" | "meetup" | "distance";
// [e-mail local part, e-mail local part, provenance, days ago, who has confirmed meeting: "both" | "first" | "none"]
const DEMO_CONNECTIONS: [string, string, Provenance, number, "both" | "first" | "none"][] = [
  ["sato.yoko", "suzuki.kenta", "in_person", 120, "both"],
  ["sato.yoko", "takahashi.misaki", "distance", 60, "both"],
  ["sato.yoko", "tanaka.keiko", "distance", 5, "first"],
  ["sato.yoko", "watanabe.yumi", "meetup", 30, "both"],
  ["suzuki.kenta", "ito.shota", "in_person", 90, "both"],
  ["takahashi.misaki", "watanabe.yumi", "distance", 45, "both"],
  ["tanaka.keiko", "watanabe.yumi", "meetup", 30, "both"],
  ["yamamoto.naoki", "kato.daisuke", "distance", 2, "none"],
];
const DEMO_PENDING: [string, string][] = [["nakamura.aya", "sato.yoko"]];
const DEMO_GROUP = {
  name: "みどり保育園 ひまわり組",
  kind: "nursery" as const,
  owner: "sato.yoko",
  members: ["suzuki.kenta", "takahashi.misaki", "ito.shota", "nakamura.aya", "yamamoto.naoki"],
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Connections, an open request and a nursery group among みどり市's demo members; running it again adds nothing. */
export async function seedConnections(tx: Db, now = new Date()): Promise<void> {
  const locals = [
    ...new Set([
      ...DEMO_CONNECTIONS.map(([a]) => a),
      ...DEMO_CONNECTIONS.map(([, b]) => b),
      ...DEMO_PENDING.flat(),
      DEMO_GROUP.owner,
      ...DEMO_GROUP.members,
    ]),
  ];
  const idOf = await demoUserIds(tx, locals);
  const id = (local: string) => {
    const found = idOf(local);
    if (!found) throw new Error(`seed: demo member ${local} missing (run the demo seed first)`);
    return found;
  };

  for (const [x, y, provenance, daysAgo, met] of DEMO_CONNECTIONS) {
    const [userA, userB] = orderedPair(id(x), id(y));
    const createdAt = new Date(now.getTime() - daysAgo * DAY_MS);
    const firstIsA = userA === id(x);
    const metAt = (side: "a" | "b") => (met === "both" || (met === "first" && (side === "a") === firstIsA) ? createdAt : null);
    await tx
      .insert(connections)
      .values({ userA, userB, provenance, createdAt, aMetAt: metAt("a"), bMetAt: metAt("b") })
      .onConflictDoNothing();
  }

  for (const [from, to] of DEMO_PENDING) {
    const [any] = await tx
      .select({ id: connectionRequests.id })
      .from(connectionRequests)
      .where(
        or(
          and(eq(connectionRequests.fromUser, id(from)), eq(connectionRequests.toUser, id(to))),
          and(eq(connectionRequests.fromUser, id(to)), eq(connectionRequests.toUser, id(from))),
        ),
      );
    if (!any)
      await tx.insert(connectionRequests).values({ fromUser: id(from), toUser: id(to), createdAt: new Date(now.getTime() - DAY_MS) });
  }

  const owner = id(DEMO_GROUP.owner);
  const findGroup = () =>
    tx
      .select({ id: groups.id })
      .from(groups)
      .where(and(eq(groups.name, DEMO_GROUP.name), eq(groups.createdBy, owner)));
  let [group] = await findGroup();
  if (!group) {
    const [home] = await tx.select({ municipalityId: members.municipalityId }).from(members).where(eq(members.userId, owner));
    const inviteToken = randomBytes(18).toString("base64url");
    await tx.insert(groups).values({
      name: DEMO_GROUP.name,
      kind: DEMO_GROUP.kind,
      municipalityId: home!.municipalityId,
      inviteToken,
      createdBy: owner,
      createdAt: now,
    });
    [group] = await findGroup();
  }
  await tx
    .insert(groupMembers)
    .values([
      { groupId: group!.id, userId: owner, role: "owner" as const, joinedAt: now },
      ...DEMO_GROUP.members.map((m) => ({ groupId: group!.id, userId: id(m), role: "member" as const, joinedAt: now })),
    ])
    .onConflictDoNothing();
}
