import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportZip, tableCsv } from "./export-files";

describe("the export files", () => {
  it("write CSV with a BOM, dates as ISO, JSON cells as text, and formulas defused", () => {
    const csv = tableCsv([{ a: "=SUM(A1)", b: new Date("2026-01-02T03:04:05Z"), c: { x: 1 }, d: null }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b,c,d\r\n\'=SUM(A1),2026-01-02T03:04:05.000Z,"{""x"":1}",\r\n');
  });

  it("put all tables in one JSON file and one CSV per table, with a readme", () => {
    const files = unzipSync(exportZip({ children: [{ name: "ゆい" }], notifications: [] }, "説明", new Date("2026-01-01T00:00:00Z")));
    expect(Object.keys(files).sort()).toEqual(["README.txt", "csv/children.csv", "csv/notifications.csv", "otagai-data.json"]);
    expect(JSON.parse(strFromU8(files["otagai-data.json"]!)).tables.children).toEqual([{ name: "ゆい" }]);
    expect(strFromU8(files["csv/children.csv"]!)).toContain("ゆい");
  });
});
