import { z } from "zod";
import { clockMinutes } from "@/lib/time/tokyo";

// Rulebooks are stored as JSON and edited by municipalities, so every field is
// required and unknown keys are rejected: a typo must fail loudly, not fall
// back to a default that quietly changes what parents pay.

const ruleKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "lower_snake_case key");
const yen = z.number().int().min(0).max(1_000_000);
const percent = z.number().int().min(0).max(100);
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "HH:MM between 00:00 and 24:00");

/** A date listed as a public holiday counts as "holiday" instead of its weekday. */
export const RULEBOOK_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"] as const;
export type RulebookDay = (typeof RULEBOOK_DAYS)[number];

const timeWindow = z
  .strictObject({ days: z.array(z.enum(RULEBOOK_DAYS)).min(1), from: clockTime, to: clockTime })
  .refine((w) => clockMinutes(w.from) < clockMinutes(w.to), {
    message: "from must be before to; split a window that crosses midnight in two",
    path: ["to"],
  });

const supplement = z.strictObject({
  key: ruleKey,
  /** A condition of the care: "helper_certified_organiser", "helper_qualified", or a tag in facts.conditions. */
  when: ruleKey,
  perHourYen: yen,
});

const surcharge = z.strictObject({
  key: ruleKey,
  /** Charged per minute of the care that falls inside (or outside) the windows, in Tokyo time. */
  applies: z.enum(["inside", "outside"]),
  windows: z.array(timeWindow).min(1),
  perHourYen: yen,
  perExtraChildPerHourYen: yen,
});

const cancellationTier = z.discriminatedUnion("kind", [
  /** Cancelled on the Tokyo calendar day of the start, or later. */
  z.strictObject({ kind: z.literal("same_day"), key: ruleKey, percent }),
  /** Cancelled less than `hours` before the start. */
  z.strictObject({
    kind: z.literal("within_hours"),
    key: ruleKey,
    hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    percent,
  }),
]);

const distinctKeys = (items: readonly { key: string }[]) => new Set(items.map((i) => i.key)).size === items.length;

export const rulebookSchema = z
  .strictObject({
    key: ruleKey,
    rates: z.strictObject({ firstChildPerHourYen: yen, extraChildPerHourYen: yen }),
    /** The first block is always charged in full (it is the minimum); after it, whole units, rounded up. */
    timeUnits: z.strictObject({
      firstBlockMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
      unitMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    }),
    supplements: z.strictObject({
      items: z.array(supplement).refine(distinctKeys, "supplement keys must be distinct"),
      capPerHourYen: yen,
    }),
    surcharges: z.array(surcharge).refine(distinctKeys, "surcharge keys must be distinct"),
    singleParentDiscountPerHourYen: yen,
    waiverAllowed: z.boolean(),
    /** Paid to the helper by the municipality, never by the parent. */
    subsidyPerHourYen: yen,
    cancellation: z.strictObject({ tiers: z.array(cancellationTier), noShowPercent: percent }),
  })
  // Surcharges and supplements only add, so this keeps every minute's rate ≥ 0.
  .refine((r) => r.singleParentDiscountPerHourYen <= r.rates.firstChildPerHourYen, {
    message: "the single-parent discount cannot exceed the first-child rate",
    path: ["singleParentDiscountPerHourYen"],
  });

export type Rulebook = z.infer<typeof rulebookSchema>;
export type Surcharge = Rulebook["surcharges"][number];
export type CancellationTier = Rulebook["cancellation"]["tiers"][number];

export type RulebookIssue = { path: string; message: string };

export type ParseRulebookResult = { ok: true; rulebook: Rulebook } | { ok: false; issues: RulebookIssue[] };

export function parseRulebook(json: unknown): ParseRulebookResult {
  const parsed = rulebookSchema.safeParse(json);
  if (parsed.success) return { ok: true, rulebook: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  };
}

export { DEFAULT_RULEBOOK, FAMISAPO_EXAMPLE_RULEBOOK } from "./rulebooks";
