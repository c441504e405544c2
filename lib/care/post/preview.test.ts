import { describe, expect, it } from "vitest";
import { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import { type PreviewFacts, previewRequest } from "./preview";

const at = (iso: string) => new Date(iso);
const base: PreviewFacts = {
  rulebook: DEFAULT_RULEBOOK,
  startAt: at("2026-11-25T08:00:00Z"), // 17:00 Tokyo
  endAt: at("2026-11-25T09:10:00Z"),
  children: [{ id: "a", birthDate: "2021-04-01" }],
  parent: { status: "active", birthDate: "1989-04-12", singleParentVerified: false },
  now: at("2026-11-24T00:00:00Z"),
};

describe("previewRequest", () => {
  it("shows the default thank-you for the requested times: 1 h 10 min of one child is 750 yen", () => {
    const p = previewRequest(base);
    expect(p.thanks?.ok && p.thanks.breakdown.thanksYen).toBe(750);
    expect(p.insurance).toEqual({ insured: true, reasons: [], childReasons: [] });
  });

  it("charges two children at 750 yen an hour and applies the single-parent discount", () => {
    const p = previewRequest({
      ...base,
      endAt: at("2026-11-25T10:00:00Z"),
      children: [...base.children, { id: "b", birthDate: "2018-01-01" }],
      parent: { ...base.parent, singleParentVerified: true },
    });
    expect(p.thanks?.ok && p.thanks.breakdown.thanksYen).toBe((750 - 100) * 2);
  });

  it("follows the parent's rulebook (ファミサポ: evening surcharge after 19:00)", () => {
    const evening = {
      ...base,
      rulebook: FAMISAPO_EXAMPLE_RULEBOOK,
      startAt: at("2026-11-25T09:00:00Z"),
      endAt: at("2026-11-25T11:00:00Z"),
    };
    const p = previewRequest(evening);
    expect(p.thanks?.ok && p.thanks.breakdown.thanksYen).toBe(1000 + 100);
  });

  it("has no thank-you until a child is chosen, and says why a care would not be insured", () => {
    const baby = previewRequest({ ...base, children: [{ id: "b", birthDate: "2026-01-01" }] });
    expect(baby.insurance.insured).toBe(false);
    expect(baby.insurance.reasons).toEqual(["child_too_young"]);
    expect(previewRequest({ ...base, children: [] }).thanks).toBeNull();
    const late = previewRequest({ ...base, now: at("2026-11-25T08:00:00Z") });
    expect(late.insurance.reasons).toEqual(["not_agreed_before_start"]);
  });

  it("reports the rule's refusal instead of an amount", () => {
    const p = previewRequest({ ...base, endAt: base.startAt });
    expect(p.thanks).toEqual({ ok: false, error: "end_not_after_start" });
  });
});
