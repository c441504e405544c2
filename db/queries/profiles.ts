import { and, asc, eq, inArray, ne, notExists, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { DONE_STATES } from "@/lib/care";
import { HIRAGANA_CHARS, KATAKANA_CHARS, normaliseName, SEARCH_LIMIT } from "@/lib/connections/search";
import { badgesOf, type FullProfile, profileView, type Relation, visibleProfile } from "@/lib/connections/visibility";
import { shownCapabilities, standingOn } from "@/lib/members/standing";
import type { Db } from "../client";
import { blocks, careRequests, connections, districts, groupMembers, members, municipalities } from "../schema";
import { findPendingBetween } from "./connection-requests";
import { areConnected, isBlockedEitherWay } from "./connections";
import { standingRecords } from "./standing";

/** Everything the visibility rules need to know about a viewer and another member; null if there is no such member. */
export async function relationBetween(db: Db, viewerId: string, targetId: string): Promise<Relation | null> {
  const rows = await db
    .select({ userId: members.userId, municipalityId: members.municipalityId, status: members.status })
    .from(members)
    .where(inArray(members.userId, [viewerId, targetId]));
  const viewer = rows.find((r) => r.userId === viewerId);
  const target = rows.find((r) => r.userId === targetId);
  if (!viewer || !target) return null;
  if (viewerId === targetId) {
    return {
      self: true,
      connected: false,
      blocked: false,
      targetActive: true,
      sameMunicipality: true,
      sharedGroup: false,
      pendingRequest: false,
    };
  }
  const [blocked, connected, pending, shared] = await Promise.all([
    isBlockedEitherWay(db, viewerId, targetId),
    areConnected(db, viewerId, targetId),
    findPendingBetween(db, viewerId, targetId),
    shareGroup(db, viewerId, targetId),
  ]);
  return {
    self: false,
    connected,
    blocked,
    targetActive: target.status === "active",
    sameMunicipality: viewer.municipalityId === target.municipalityId,
    sharedGroup: shared,
    pendingRequest: pending !== null,
  };
}

export async function shareGroup(db: Db, a: string, b: string): Promise<boolean> {
  const mine = db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, a));
  const [row] = await db
    .select({ id: groupMembers.groupId })
    .from(groupMembers)
    .where(and(eq(groupMembers.userId, b), inArray(groupMembers.groupId, mine)))
    .limit(1);
  return Boolean(row);
}

/** Cares the member took part in, as helper or parent, that reached completion (or settlement). */
export async function completedCaresCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(careRequests)
    .where(and(inArray(careRequests.state, [...DONE_STATES]), or(eq(careRequests.parentId, userId), eq(careRequests.helperId, userId))));
  return row?.n ?? 0;
}

async function fullProfile(db: Db, userId: string, today: string): Promise<FullProfile | null> {
  const [row] = await db
    .select({ member: members, municipality: municipalities, district: districts })
    .from(members)
    .innerJoin(municipalities, eq(municipalities.id, members.municipalityId))
    .innerJoin(districts, eq(districts.id, members.districtId))
    .where(eq(members.userId, userId));
  if (!row) return null;
  const standing = standingOn(await standingRecords(db, userId), today);
  const { member } = row;
  return {
    userId,
    displayName: member.displayName,
    nameKana: member.nameKana,
    municipality: { ja: row.municipality.nameJa, en: row.municipality.nameEn },
    district: { ja: row.district.nameJa, en: row.district.nameEn },
    capabilities: shownCapabilities(member.capabilities, standing),
    badges: badgesOf(standing),
    memberSince: member.createdAt,
    completedCares: await completedCaresCount(db, userId),
  };
}

/** The profile as the viewer may see it, with the relation it was decided on; null if they may not see it at all. */
export async function loadProfile(db: Db, viewerId: string, targetId: string, today: string) {
  const relation = await relationBetween(db, viewerId, targetId);
  if (!relation) return null;
  const view = profileView(relation);
  if (view === "none") return null;
  const profile = await fullProfile(db, targetId, today);
  const visible = profile && visibleProfile(view, profile);
  return visible ? { relation, ...visible } : null;
}

/** Neither the viewer nor the member in `other` has blocked the other. */
export function notBlockedWith(db: Db, viewerId: string, other: AnyPgColumn): SQL {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(blocks)
      .where(
        or(
          and(eq(blocks.blockerId, viewerId), eq(blocks.blockedId, other)),
          and(eq(blocks.blockerId, other), eq(blocks.blockedId, viewerId)),
        ),
      ),
  );
}

const IDEOGRAPHIC_SPACE = "\u3000";
// The same normalisation as normaliseName, in SQL: katakana as hiragana, lower case, no spaces.
const normalised = (column: AnyPgColumn) =>
  sql`replace(replace(lower(translate(${column}, ${KATAKANA_CHARS}, ${HIRAGANA_CHARS})), ' ', ''), ${IDEOGRAPHIC_SPACE}, '')`;

/** The member's name or kana contains the (normalised) query. */
export const nameContains = (q: string) =>
  or(sql`strpos(${normalised(members.displayName)}, ${q}) > 0`, sql`strpos(${normalised(members.nameKana)}, ${q}) > 0`);

/**
 * Members of the viewer's municipality whose name or kana contains the query; never the viewer,
 * suspended members or anyone blocked either way. Only the name and district are returned.
 */
export async function searchMembers(db: Db, viewerId: string, query: string) {
  const q = normaliseName(query);
  if (!q) return [];
  const town = db.select({ id: members.municipalityId }).from(members).where(eq(members.userId, viewerId));
  return db
    .select({ userId: members.userId, displayName: members.displayName, districtJa: districts.nameJa, districtEn: districts.nameEn })
    .from(members)
    .innerJoin(districts, eq(districts.id, members.districtId))
    .where(
      and(
        inArray(members.municipalityId, town),
        ne(members.userId, viewerId),
        eq(members.status, "active"),
        notBlockedWith(db, viewerId, members.userId),
        nameContains(q),
      ),
    )
    .orderBy(asc(members.nameKana))
    .limit(SEARCH_LIMIT);
}

const partnersOf = (db: Db, userId: string) =>
  db
    .select({ id: sql<string>`case when ${connections.userA} = ${userId} then ${connections.userB} else ${connections.userA} end` })
    .from(connections)
    .where(or(eq(connections.userA, userId), eq(connections.userB, userId)));

/** The target's connections whom the viewer is connected with too; nobody else is ever revealed. */
export async function mutualConnections(db: Db, viewerId: string, targetId: string) {
  return db
    .select({ userId: members.userId, displayName: members.displayName })
    .from(members)
    .where(
      and(
        inArray(members.userId, partnersOf(db, viewerId)),
        inArray(members.userId, partnersOf(db, targetId)),
        eq(members.status, "active"),
      ),
    )
    .orderBy(asc(members.nameKana));
}
