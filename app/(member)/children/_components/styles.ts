// Shared looks for this area: big enough to tap with a thumb (44 px and more).
export const primaryLinkClass =
  "inline-flex min-h-12 items-center justify-center rounded-xl bg-brand-700 px-6 font-bold text-white hover:bg-brand-800";
export const secondaryButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-xl border border-stone-400 bg-white px-5 font-medium text-stone-800 hover:bg-stone-50";
export const dangerOutlineButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-xl border border-red-700 bg-white px-5 font-medium text-red-800 hover:bg-red-50";
export const textareaClass =
  "min-h-28 w-full rounded-xl border border-stone-400 bg-white px-4 py-3 text-base aria-[invalid=true]:border-red-700";
export const cardClass = "rounded-xl border border-stone-200 bg-white";
