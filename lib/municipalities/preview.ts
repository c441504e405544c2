import type { ThanksFacts } from "@/lib/thanks";
import { computeThanks, parseRulebook, type Rulebook, type ThanksBreakdown } from "@/lib/thanks";

// The sample cares an admin sees a rulebook's thank-you for, before saving it.

export type SampleCare = { key: string; facts: ThanksFacts };

const care = (key: string, start: string, end: string, over: Partial<ThanksFacts> = {}): SampleCare => ({
  key,
  facts: {
    start: new Date(start),
    end: new Date(end),
    children: 1,
    helperCertifiedOrganiser: false,
    helperQualified: false,
    waived: false,
    parentSingleParentVerified: false,
    expenses: [],
    ...over,
  },
});

/** DOMAIN.md's worked examples, an evening and a weekend care (Wednesday 10 and Saturday 13 June 2026). */
export const SAMPLE_CARES: readonly SampleCare[] = [
  care("one_child_70min", "2026-06-10T15:00:00+09:00", "2026-06-10T16:10:00+09:00"),
  care("two_children_2h_organiser", "2026-06-10T10:00:00+09:00", "2026-06-10T12:00:00+09:00", {
    children: 2,
    helperCertifiedOrganiser: true,
  }),
  care("soge_20min", "2026-06-10T17:30:00+09:00", "2026-06-10T17:50:00+09:00"),
  care("evening_2h", "2026-06-10T18:00:00+09:00", "2026-06-10T20:00:00+09:00"),
  care("saturday_3h_single_parent", "2026-06-13T09:00:00+09:00", "2026-06-13T12:00:00+09:00", { parentSingleParentVerified: true }),
];

export type SamplePreview = { key: string; ok: true; breakdown: ThanksBreakdown } | { key: string; ok: false };

export type RulebookCheck =
  | { ok: true; rulebook: Rulebook; samples: SamplePreview[] }
  | { ok: false; problem: "json" }
  | { ok: false; problem: "rules"; issues: { path: string; message: string }[] };

/** Parses the edited text, checks it against the rulebook schema, and computes each sample care. */
export function checkRulebookText(text: string, key: string): RulebookCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "json" };
  }
  // The key is the municipality's, whatever the text says.
  const parsed = parseRulebook(typeof json === "object" && json !== null && !Array.isArray(json) ? { ...json, key } : json);
  if (!parsed.ok) return { ok: false, problem: "rules", issues: parsed.issues };
  const samples = SAMPLE_CARES.map((s): SamplePreview => {
    const result = computeThanks(parsed.rulebook, s.facts);
    return result.ok ? { key: s.key, ok: true, breakdown: result.breakdown } : { key: s.key, ok: false };
  });
  return { ok: true, rulebook: parsed.rulebook, samples };
}
