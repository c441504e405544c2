import "server-only";
import type { Db } from "@/db/client";
import { districtNameTaken, findMunicipality, insertDistrict } from "@/db/queries/municipalities";
import { AppError, notFound } from "@/lib/errors";
import type { DistrictInput } from "../schemas";
import { assertAdmin } from "./admin-access";

/** A district (町丁目 or school district) of a municipality; names are unique within it. */
export async function addDistrict(db: Db, adminId: string, input: DistrictInput): Promise<void> {
  await db.transaction(async (tx) => {
    await assertAdmin(tx, adminId);
    if (!(await findMunicipality(tx, input.municipalityId))) throw notFound();
    if (await districtNameTaken(tx, input.municipalityId, input.nameJa)) {
      throw new AppError("conflict", { key: "field.district_name_taken", field: "nameJa" });
    }
    await insertDistrict(tx, input);
  });
}
