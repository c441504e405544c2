import { db } from "@/db";
import { exportFile } from "@/db/queries/privacy";
import { getViewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { tokyoDate } from "@/lib/time/tokyo";

export const dynamic = "force-dynamic";

/** The member's own export, while it lasts; anyone else (or after it expired): not found. Changes nothing. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const file = viewer && isUuid(id) ? await exportFile(db(), id, viewer.userId, new Date()) : null;
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="otagai-data-${tokyoDate(file.readyAt)}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
