import "server-only";
import { db } from "@/db";
import { loadPreCareSheet, type PreCareSheetData } from "@/db/queries/care-during";
import { appKey } from "@/lib/crypto/app-key";

export type { PreCareSheetData };

/** The pre-care sheet of a request for the answer form; null when the viewer may not read it. */
export function preCareSheetFor(requestId: string, viewerId: string): Promise<PreCareSheetData | null> {
  return loadPreCareSheet(db(), requestId, viewerId, appKey(), new Date());
}
