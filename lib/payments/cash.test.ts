import { describe, expect, it } from "vitest";
import { AVAILABLE_METHODS, NOT_STARTED, needsHandOver, paymentMethod } from "./index";

const t1 = new Date("2026-06-01T13:00:00+09:00");
const t2 = new Date("2026-06-01T13:05:00+09:00");

describe("cash", () => {
  const cash = paymentMethod("cash");

  it("is the only method today, confirmed by both sides", () => {
    expect(AVAILABLE_METHODS).toEqual(["cash"]);
    expect(cash.confirmedBy).toEqual(["parent", "helper"]);
    expect(() => paymentMethod("card")).toThrow(/not available/);
  });

  it("settles when the second side confirms, whichever it is", () => {
    for (const [first, second] of [
      ["parent", "helper"],
      ["helper", "parent"],
    ] as const) {
      const one = cash.confirm(NOT_STARTED, first, t1);
      expect(one).toMatchObject({ ok: true, settled: false });
      if (!one.ok) throw new Error();
      expect(one.progress.settledAt).toBeNull();
      const two = cash.confirm(one.progress, second, t2);
      expect(two).toMatchObject({ ok: true, settled: true });
      if (!two.ok) throw new Error();
      expect(two.progress).toEqual({
        parentConfirmedAt: first === "parent" ? t1 : t2,
        helperConfirmedAt: first === "helper" ? t1 : t2,
        settledAt: t2,
      });
    }
  });

  it("refuses the same side twice and anything once settled", () => {
    const one = cash.confirm(NOT_STARTED, "parent", t1);
    if (!one.ok) throw new Error();
    expect(cash.confirm(one.progress, "parent", t2)).toEqual({ ok: false, error: "already_confirmed" });
    const settled = { parentConfirmedAt: t1, helperConfirmedAt: t1, settledAt: t1 };
    expect(cash.confirm(settled, "helper", t2)).toEqual({ ok: false, error: "already_settled" });
  });

  it("has nothing to hand over at 0 yen", () => {
    expect(needsHandOver(0)).toBe(false);
    expect(needsHandOver(1)).toBe(true);
  });
});
