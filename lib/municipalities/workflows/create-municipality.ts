import "server-only";
import type { Db } from "@/db/client";
import { insertMunicipality, municipalityCodeTaken } from "@/db/queries/municipalities";
import { AppError } from "@/lib/errors";
import type { MunicipalityInput } from "../schemas";
import { assertAdmin } from "./admin-access";

/** A new municipality; its code (全国地方公共団体コード) is unique. Returns its id. */
export async function createMunicipality(db: Db, adminId: string, input: MunicipalityInput): Promise<string> {
  return db.transaction(async (tx) => {
    await assertAdmin(tx, adminId);
    if (await municipalityCodeTaken(tx, input.code))
      throw new AppError("conflict", { key: "field.municipality_code_taken", field: "code" });
    return insertMunicipality(tx, input);
  });
}
