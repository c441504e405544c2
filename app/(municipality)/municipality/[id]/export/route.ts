import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { MAX_PERIOD_MONTHS } from "@/lib/stats/period";
import { exportCell, exportText, statsTable, TABLE_KEYS } from "@/lib/stats/tables";
import { dashboardForRoute } from "../../_lib/load";

export const dynamic = "force-dynamic";

const BOM = "\uFEFF";
const tableKey = z.enum(TABLE_KEYS);

/**
 * One table of the dashboard as CSV, UTF-8 with a BOM so that Excel in Japan opens it. Suppressed
 * cells are left empty. Staff of this municipality only; everyone else: not found.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(request.url);
  const key = tableKey.safeParse(url.searchParams.get("table"));
  const notFound = new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!key.success) return notFound;
  const data = await dashboardForRoute(id, Object.fromEntries(url.searchParams));
  if (!data) return notFound;
  if (data.refused)
    return new Response(data.t("periodRefusedExport", { max: MAX_PERIOD_MONTHS }), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const table = statsTable(data.dashboard, key.data, data.labels);
  const body = stringify([table.columns.map(exportText), ...table.rows.map((r) => [exportText(r.label), ...r.cells.map(exportCell)])], {
    record_delimiter: "windows",
  });
  const file = `otagai-${key.data}-${data.period.from}-${data.period.to}.csv`;
  return new Response(BOM + body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "no-store",
    },
  });
}
