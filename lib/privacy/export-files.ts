import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import { exportText } from "@/lib/stats/tables";

export type ExportRow = Record<string, unknown>;
export type ExportData = Record<string, readonly ExportRow[]>;

const BOM = "\uFEFF";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return exportText(JSON.stringify(value));
  return typeof value === "string" ? exportText(value) : String(value);
}

/** One table as CSV (UTF-8 with a BOM, so that Excel in Japan opens it); the columns of its first row. */
export function tableCsv(rows: readonly ExportRow[]): string {
  if (rows.length === 0) return BOM;
  const columns = Object.keys(rows[0]!);
  return BOM + stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))], { record_delimiter: "windows" });
}

/**
 * The ZIP a member downloads: all their data in one JSON file, and each table as CSV. `readme` is the
 * member's-language note that says what the files are.
 */
export function exportZip(data: ExportData, readme: string, builtAt: Date): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "README.txt": strToU8(BOM + readme),
    "otagai-data.json": strToU8(JSON.stringify({ exportedAt: builtAt.toISOString(), tables: data }, null, 2)),
  };
  for (const [table, rows] of Object.entries(data)) files[`csv/${table}.csv`] = strToU8(tableCsv(rows));
  return zipSync(files, { mtime: builtAt });
}
