"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import {
  districtSchema,
  municipalityIdSchema,
  municipalitySchema,
  rulebookEditSchema,
  staffRemovalSchema,
  staffSchema,
} from "@/lib/municipalities/schemas";
import { addDistrict } from "@/lib/municipalities/workflows/add-district";
import { assignStaff, unassignStaff } from "@/lib/municipalities/workflows/assign-staff";
import { createMunicipality } from "@/lib/municipalities/workflows/create-municipality";
import { adoptDefaultRulebook, previewRulebook, saveOwnRulebook } from "@/lib/municipalities/workflows/rulebook";

// The admin desk: one rule for who may act (lib/auth/admin, through capability "admin"); an admin
// named by db:setup may act before onboarding, so the audience is any signed-in user.
const admin = { audience: "user", capability: "admin" } as const;

export const createMunicipalityAction = defineAction({ ...admin, schema: municipalitySchema }, async (input, { viewer, db }) => {
  const id = await createMunicipality(db, viewer.userId, input);
  redirect(`/admin/municipalities/${id}`);
});

export const addDistrictAction = defineAction({ ...admin, schema: districtSchema }, async (input, { viewer, db }) => {
  await addDistrict(db, viewer.userId, input);
  refresh();
  return null;
});

export const assignStaffAction = defineAction({ ...admin, schema: staffSchema }, async (input, { viewer, db }) => {
  await assignStaff(db, viewer.userId, input, new Date());
  refresh();
  return null;
});

export const unassignStaffAction = defineAction({ ...admin, schema: staffRemovalSchema }, async (input, { viewer, db }) => {
  await unassignStaff(db, viewer.userId, input);
  refresh();
  return null;
});

export type RulebookEditResult = Awaited<ReturnType<typeof previewRulebook>> & { saved: boolean };

/** "preview" computes the sample cares and stores nothing; "save" stores the next version. */
export const editRulebookAction = defineAction(
  { ...admin, schema: rulebookEditSchema },
  async ({ intent, ...input }, { viewer, db }): Promise<RulebookEditResult> => {
    if (intent === "save") {
      const check = await saveOwnRulebook(db, viewer.userId, input, new Date());
      refresh();
      return { ...check, saved: true };
    }
    // A text that is not a rulebook comes back as a check that failed, with the paths of its problems.
    return { ...(await previewRulebook(db, viewer.userId, input)), saved: false };
  },
);

export const adoptDefaultRulebookAction = defineAction(
  { ...admin, schema: municipalityIdSchema },
  async ({ municipalityId }, { viewer, db }) => {
    await adoptDefaultRulebook(db, viewer.userId, municipalityId);
    refresh();
    return null;
  },
);
