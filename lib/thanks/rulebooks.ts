import type { Rulebook } from "./rulebook";

/** The published model (DOMAIN.md, "The thank-you rule"). */
export const DEFAULT_RULEBOOK: Rulebook = {
  key: "otagai_default",
  rates: { firstChildPerHourYen: 500, extraChildPerHourYen: 250 },
  timeUnits: { firstBlockMinutes: 60, unitMinutes: 30 },
  supplements: {
    items: [
      { key: "certified_organiser", when: "helper_certified_organiser", perHourYen: 100 },
      { key: "qualified", when: "helper_qualified", perHourYen: 100 },
    ],
    capPerHourYen: 200,
  },
  surcharges: [],
  singleParentDiscountPerHourYen: 100,
  waiverAllowed: true,
  subsidyPerHourYen: 0,
  cancellation: { tiers: [], noShowPercent: 0 },
};

/**
 * The ファミサポ-style example of DOMAIN.md. Values DOMAIN.md leaves open are
 * illustrative: siblings pay half the surcharge too, the city pays 100 yen/h,
 * and a fixed municipal fee cannot be waived.
 */
export const FAMISAPO_EXAMPLE_RULEBOOK: Rulebook = {
  key: "famisapo_example",
  rates: { firstChildPerHourYen: 500, extraChildPerHourYen: 250 },
  timeUnits: { firstBlockMinutes: 60, unitMinutes: 30 },
  supplements: { items: [], capPerHourYen: 0 },
  surcharges: [
    {
      key: "outside_weekday_daytime",
      applies: "outside",
      windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00" }],
      perHourYen: 100,
      perExtraChildPerHourYen: 50,
    },
  ],
  singleParentDiscountPerHourYen: 0,
  waiverAllowed: false,
  subsidyPerHourYen: 100,
  cancellation: { tiers: [{ kind: "same_day", key: "same_day", percent: 50 }], noShowPercent: 100 },
};
