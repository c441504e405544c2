import "server-only";
import { db } from "@/db";
import { loadNeedToKnow } from "@/db/queries/care-during";
import type { NeedToKnow } from "@/lib/care/during/pre-care";
import { appKey } from "@/lib/crypto/app-key";
import { viewerCare } from "../_view/viewer-care";

export type { NeedToKnow };

/** What a recipient needs to know for the answer form; null when the viewer may not read it. */
export function needToKnowFor(requestId: string, viewerId: string): Promise<NeedToKnow | null> {
  return loadNeedToKnow(db(), requestId, viewerId, appKey(), new Date(), viewerCare);
}
