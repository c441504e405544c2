import { describe, expect, it } from "vitest";
import { NO_RECORDS } from "@/lib/members/standing";
import { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK } from "@/lib/thanks";
import type { CareThanksBasis } from "../after/thanks-facts";
import { cancellationCharge, noShowCharge } from "./charge";

const at = (hhmm: string, day = "2026-06-01") => new Date(`${day}T${hhmm}:00+09:00`);
const agreed = { start: at("10:00"), end: at("12:00") };
const basis = (over: Partial<CareThanksBasis> = {}): CareThanksBasis => ({
  rulebook: FAMISAPO_EXAMPLE_RULEBOOK,
  children: 1,
  waived: false,
  helper: NO_RECORDS,
  parent: NO_RECORDS,
  ...over,
});

describe("cancellationCharge", () => {
  it("is a share of the thank-you agreed for the agreed window", () => {
    expect(cancellationCharge(basis(), agreed, { cancelledAt: at("08:00"), byWhom: "parent", noShow: false })).toEqual({
      yen: 500,
      percent: 50,
      basis: "tier",
      tierKey: "same_day",
      late: true,
    });
  });

  it("charges nothing under the default rulebook, or the day before", () => {
    expect(
      cancellationCharge(basis({ rulebook: DEFAULT_RULEBOOK }), agreed, { cancelledAt: at("08:00"), byWhom: "parent", noShow: false }),
    ).toMatchObject({ yen: 0, basis: "none" });
    expect(cancellationCharge(basis(), agreed, { cancelledAt: at("08:00", "2026-05-30"), byWhom: "parent", noShow: false })).toMatchObject({
      yen: 0,
      late: false,
    });
  });

  it("never charges the parent for the helper's cancellation or absence", () => {
    expect(cancellationCharge(basis(), agreed, { cancelledAt: at("10:30"), byWhom: "helper", noShow: true })).toEqual({
      yen: 0,
      percent: 0,
      basis: "helper_side",
      late: true,
    });
  });

  it("a waived thank-you leaves nothing to charge a share of", () => {
    expect(
      cancellationCharge(basis({ waived: true }), agreed, { cancelledAt: at("08:00"), byWhom: "parent", noShow: false }),
    ).toMatchObject({ yen: 0, percent: 50 });
  });
});

describe("noShowCharge", () => {
  it.each([
    ["the parent records the supporter's absence (ファミサポ rulebook)", FAMISAPO_EXAMPLE_RULEBOOK, "parent", 0, "helper_side"],
    [
      "the supporter records the parent's absence (ファミサポ rulebook): the full thank-you",
      FAMISAPO_EXAMPLE_RULEBOOK,
      "helper",
      100,
      "no_show",
    ],
    ["the parent records the supporter's absence (default rulebook)", DEFAULT_RULEBOOK, "parent", 0, "helper_side"],
    ["the supporter records the parent's absence (default rulebook): nothing", DEFAULT_RULEBOOK, "helper", 0, "no_show"],
  ] as const)("%s", (_label, rulebook, recorder, percent, chargeBasis) => {
    const charge = noShowCharge(basis({ rulebook }), agreed, at("10:30"), recorder);
    expect(charge).toMatchObject({ percent, basis: chargeBasis });
    expect(charge.yen).toBe(
      percent === 100
        ? cancellationCharge(basis({ rulebook }), agreed, { cancelledAt: at("10:30"), byWhom: "parent", noShow: true }).yen
        : 0,
    );
  });
});
