import { type Adult, decideInsurance, type InsuranceDecision, type InsuredChild } from "@/lib/insurance";
// Straight from the modules, not lib/thanks's index: the request form runs this in the browser,
// and the index also exports the rulebook's zod schema.
import { computeThanks, type ThanksBreakdown } from "@/lib/thanks/compute";
import type { ThanksFactsError } from "@/lib/thanks/facts";
import type { Rulebook } from "@/lib/thanks/rulebook";

export type PreviewFacts = {
  rulebook: Rulebook;
  startAt: Date;
  endAt: Date;
  children: readonly InsuredChild[];
  parent: Adult & { singleParentVerified: boolean };
  /** When the preview is looked at: a match now is the earliest a match can be. */
  now: Date;
  adultAge?: number;
};

export type RequestPreview = {
  /** The thank-you for the requested times by a helper without supplements; null until a child is chosen. */
  thanks: { ok: true; breakdown: ThanksBreakdown } | { ok: false; error: ThanksFactsError } | null;
  /** Whether the care would be insured if a helper were chosen now (helper facts aside). */
  insurance: InsuranceDecision;
};

// The helper is not known until matching. Every member was an adult in good standing when they
// registered, so the preview assumes such a helper and decides the rest for real.
const ASSUMED_HELPER: Adult = { status: "active", birthDate: "1970-01-01" };

/**
 * What the parent sees before sending, and what the request page shows while it is open: the
 * same pure rules lib/thanks and lib/insurance apply at completion and matching.
 */
export function previewRequest(f: PreviewFacts): RequestPreview {
  const thanks =
    f.children.length === 0
      ? null
      : computeThanks(f.rulebook, {
          start: f.startAt,
          end: f.endAt,
          children: f.children.length,
          helperCertifiedOrganiser: false,
          helperQualified: false,
          waived: false,
          parentSingleParentVerified: f.parent.singleParentVerified,
          expenses: [],
        });
  const insurance = decideInsurance({
    matchedAt: f.now,
    careStart: f.startAt,
    careEnd: f.endAt,
    areConnectedAtMatch: true,
    parent: { status: f.parent.status, birthDate: f.parent.birthDate },
    helper: ASSUMED_HELPER,
    children: f.children,
    adultAge: f.adultAge,
  });
  return { thanks: thanks && (thanks.ok ? thanks : { ok: false, error: thanks.error }), insurance };
}
