import { describe, expect, it } from "vitest";
import { change, exportCell, exportText, formatCell } from "./tables";

describe("stats table cells", () => {
  it("show '<5' for a suppressed cell and leave it out of an export", () => {
    const hidden = { shown: { suppressed: true } as const, unit: "count" as const };
    expect(formatCell(hidden, "ja")).toBe("<5");
    expect(exportCell(hidden)).toBe("");
  });

  it("format units in each language and export bare numbers", () => {
    const yen = { shown: { suppressed: false, value: 12000 } as const, unit: "yen" as const };
    expect(formatCell(yen, "ja")).toBe("12,000円");
    expect(formatCell(yen, "en")).toBe("¥12,000");
    expect(formatCell({ shown: { suppressed: false, value: 85.5 }, unit: "percent" }, "ja")).toBe("85.5%");
    expect(formatCell({ shown: { suppressed: false, value: null }, unit: "hours" }, "en")).toBe("—");
    expect(exportCell(yen)).toBe(12000);
  });

  it("hide a change whenever either end is hidden, so it cannot give a hidden value back", () => {
    expect(change({ suppressed: false, value: 12 }, { suppressed: true })).toEqual({ suppressed: true });
    expect(change({ suppressed: true }, { suppressed: false, value: 3 })).toEqual({ suppressed: true });
    expect(change({ suppressed: false, value: 12 }, { suppressed: false, value: 3.5 })).toEqual({ suppressed: false, value: 8.5 });
  });
});

describe("exportText", () => {
  it("keeps a spreadsheet from reading a typed name as a formula", () => {
    expect(exportText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(exportText("+81")).toBe("'+81");
    expect(exportText("@sum")).toBe("'@sum");
    expect(exportText("中央一丁目")).toBe("中央一丁目");
  });
});
