/**
 * What a care is for (optional on a request). The values follow the ファミサポ monthly report's
 * activity categories, and lib/stats/famisapo.ts counts them as such.
 */
export const CARE_PURPOSES = ["nursery_transport", "nursery_extended", "after_school", "outing", "other"] as const;
export type CarePurpose = (typeof CARE_PURPOSES)[number];
