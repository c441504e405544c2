import type { RequestFact } from "./facts";
import { satisfactionAnswer, solvedRateClass } from "./figures";
import { percent } from "./parts";

// The landing page's figures: the platform's own once they rest on enough requests to mean
// something, and until then the published model's, labelled as such with their source.

/** The published model: 地域IoT実装推進ロードマップ (総務省, 2018), the シェア子育て model. */
export const PUBLISHED_MODEL = { solvedRate: 85, satisfaction: 91, source: "地域IoT実装推進ロードマップ", year: 2018 } as const;

/** Platform figures are published once each rests on at least this many requests (or answers) from this many parents. */
export const PUBLISH_MIN_COUNTED = 100;
export const PUBLISH_MIN_PARENTS = 30;

/** Requests alike in everything the two figures read, with how many there are and from how many parents. */
export type FactGroup = Pick<RequestFact, "state" | "matched" | "hadOffer" | "survey"> & { requests: number; parents: number };

export type PublicFigure = { source: "platform"; value: number; counted: number } | { source: "model"; value: number };

function share(groups: readonly FactGroup[], classify: (g: FactGroup) => "hit" | "miss" | null, model: number): PublicFigure {
  let hits = 0;
  let counted = 0;
  // Parents are counted per group, so the largest group is a lower bound of the distinct parents.
  let parents = 0;
  for (const g of groups) {
    const c = classify(g);
    if (c === null) continue;
    counted += g.requests;
    if (c === "hit") hits += g.requests;
    parents = Math.max(parents, g.parents);
  }
  if (counted < PUBLISH_MIN_COUNTED || parents < PUBLISH_MIN_PARENTS) return { source: "model", value: model };
  return { source: "platform", value: percent(hits, counted, 0), counted };
}

/** The solved rate and satisfaction for the landing page (same definitions as the dashboard's). */
export function landingFigures(groups: readonly FactGroup[]): { solvedRate: PublicFigure; satisfaction: PublicFigure } {
  return {
    solvedRate: share(
      groups,
      (g) => {
        const c = solvedRateClass(g);
        return c === null ? null : c === "matched" ? "hit" : "miss";
      },
      PUBLISHED_MODEL.solvedRate,
    ),
    satisfaction: share(
      groups,
      (g) => {
        const a = satisfactionAnswer(g);
        return a === null ? null : a === "yes" ? "hit" : "miss";
      },
      PUBLISHED_MODEL.satisfaction,
    ),
  };
}

export type LandingHeadline =
  | { source: "platform"; solvedRate: number; satisfaction: number; counted: number }
  | { source: "model"; solvedRate: number; satisfaction: number };

/** What the landing page shows: both figures the platform's once both may be published, else both the model's (never a mix). */
export function landingHeadline(groups: readonly FactGroup[]): LandingHeadline {
  const { solvedRate, satisfaction } = landingFigures(groups);
  if (solvedRate.source === "platform" && satisfaction.source === "platform") {
    return { source: "platform", solvedRate: solvedRate.value, satisfaction: satisfaction.value, counted: solvedRate.counted };
  }
  return { source: "model", solvedRate: PUBLISHED_MODEL.solvedRate, satisfaction: PUBLISHED_MODEL.satisfaction };
}
