import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { insertConnection } from "@/db/queries/connections";
import { districtsOf } from "@/db/queries/municipalities";
import { careRequests, municipalityStaff, platformAdmins, rulebooks, rulebookVersions, users } from "@/db/schema";
import { isAdminUser } from "@/lib/auth/admin";
import { answerCareRequest } from "@/lib/care/workflows/answer";
import { postCareRequest } from "@/lib/care/workflows/post-request";
import { emptyDetails } from "@/lib/children";
import { createChild } from "@/lib/children/workflows/save-child";
import { generateKey, keyring } from "@/lib/crypto/sealed";
import { completeOnboarding } from "@/lib/members/workflows/onboard";
import { createTestDb, testDbKindsOf } from "@/test/db";
import { outboxSender } from "@/test/phone";
import { refusal } from "@/test/refusal";
import { addDistrict } from "./add-district";
import { assignStaff } from "./assign-staff";
import { createMunicipality } from "./create-municipality";
import { setupPlatform } from "./setup-platform";

const NOW = new Date("2026-05-01T10:00:00+09:00");

// Done-when 2: a production database with no demo seed, set up by `npm run db:setup`.
describe.each(testDbKindsOf(import.meta.url))("a fresh database set up by db:setup on %s", (kind) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(kind);
  });
  afterAll(async () => h?.close());

  it("creates the default rulebook and the first admin once; a second run changes nothing", async () => {
    const first = await setupPlatform(h.db, "Boss@Example.jp", NOW);
    const second = await setupPlatform(h.db, "boss@example.jp", NOW);
    expect(first.rulebookCreated).toBe(true);
    expect(second).toEqual({ rulebookCreated: false, adminUserId: first.adminUserId });
    expect(await h.db.select({ key: rulebooks.key, version: rulebooks.version }).from(rulebooks)).toEqual([{ key: "default", version: 1 }]);
    expect(await h.db.select({ v: rulebookVersions.version }).from(rulebookVersions)).toEqual([{ v: 1 }]);
    expect(await h.db.select({ email: users.email }).from(users)).toEqual([{ email: "boss@example.jp" }]);
    expect((await h.db.select().from(platformAdmins)).map((a) => a.userId)).toEqual([first.adminUserId]);
    expect(await isAdminUser(h.db, first.adminUserId!)).toBe(true);
  });

  it("lets the admin create a town, and an onboarded member there post a request that a neighbour answers", async () => {
    const { adminUserId } = await setupPlatform(h.db, "boss@example.jp", NOW);
    const admin = adminUserId!;
    const town = await createMunicipality(h.db, admin, {
      code: "292095",
      prefectureJa: "奈良県",
      prefectureEn: "Nara",
      nameJa: "生駒市",
      nameEn: "Ikoma",
    });
    await addDistrict(h.db, admin, { municipalityId: town, kind: "chome", nameJa: "北新町", nameEn: "Kitashinmachi" });
    const [district] = await districtsOf(h.db, town);

    const onboard = async (email: string, phone: string) => {
      const [u] = await h.db.insert(users).values({ email }).returning();
      await completeOnboarding(
        h.db,
        outboxSender,
        u!.id,
        {
          displayName: email,
          nameKana: "てすと",
          municipalityId: town,
          districtId: district!.id,
          birthDate: "1985-01-01",
          phone,
          capabilities: ["parent", "supporter"],
          acceptTerms: "on",
        },
        NOW,
      );
      return u!.id;
    };
    const parent = await onboard("parent@example.jp", "+819011112222");
    const neighbour = await onboard("neighbour@example.jp", "+819033334444");
    await insertConnection(h.db, parent, neighbour, "in_person", NOW, true);
    const kid = await createChild(
      h.db,
      parent,
      { name: "はると", nameKana: "はると", birthDate: "2021-04-01", healthConsent: false, details: emptyDetails() },
      keyring(generateKey()),
      NOW,
    );
    const id = await postCareRequest(
      h.db,
      parent,
      {
        kind: "azukari",
        childIds: [kid],
        startAt: new Date("2026-05-10T10:00:00+09:00"),
        endAt: new Date("2026-05-10T12:00:00+09:00"),
        place: "helper_home",
        placeNote: null,
        pickupPlace: null,
        dropoffPlace: null,
        mealNeeded: false,
        notes: null,
        purpose: "outing",
        audience: { kind: "people", userIds: [neighbour] },
      },
      NOW,
    );
    const [row] = await h.db.select().from(careRequests).where(eq(careRequests.id, id));
    expect(row).toMatchObject({ state: "open", rulebookKey: "default", rulebookVersion: 1, purpose: "outing" });
    await answerCareRequest(
      h.db,
      neighbour,
      { requestId: id, answer: "ok", message: null, waived: false, sheetRead: true, childSeat: false },
      NOW,
    );
    const [after] = await h.db.select({ state: careRequests.state }).from(careRequests).where(eq(careRequests.id, id));
    expect(after!.state).toBe("offered");

    // Staff by e-mail; a member without the admin capability is refused as "not found", changing nothing.
    await assignStaff(h.db, admin, { municipalityId: town, email: "staff@ikoma.example.jp" }, NOW);
    expect(await h.db.select({ m: municipalityStaff.municipalityId }).from(municipalityStaff)).toEqual([{ m: town }]);
    expect(await refusal(assignStaff(h.db, parent, { municipalityId: town, email: "x@example.jp" }, NOW))).toMatchObject({
      code: "not_found",
    });
    expect(
      await refusal(
        createMunicipality(h.db, admin, { code: "292095", prefectureJa: "奈良県", prefectureEn: "Nara", nameJa: "重複", nameEn: "Dup" }),
      ),
    ).toMatchObject({
      code: "conflict",
      field: "code",
    });
  });
});
