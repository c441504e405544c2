// The meetup pages' links that look like buttons.
export const primaryLinkClass = "inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800";
export const secondaryLinkClass =
  "inline-flex min-h-11 items-center rounded-xl border border-stone-400 bg-white px-5 font-medium hover:bg-stone-100";
