import { liveQrCode } from "@/app/(member)/connections/_components/live-qr";
import { siteOrigin } from "@/app/(member)/connections/_components/site-origin";
import { db } from "@/db";
import { findPersonalToken } from "@/db/queries/connections";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * The signed-in member's own QR code for this minute, for the screen to refresh itself. It takes no
 * parameters, so it can only ever return the caller's own code; it reads and writes nothing else.
 */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "unauthenticated" }, { status: 401, headers: noStore });
  const token = viewer.member?.status === "active" ? await findPersonalToken(db(), viewer.userId) : null;
  if (!token) return Response.json({ error: "not_found" }, { status: 404, headers: noStore });
  return Response.json(await liveQrCode(await siteOrigin(), token, new Date()), { headers: noStore });
}
