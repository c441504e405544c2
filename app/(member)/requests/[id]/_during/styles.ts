// This area's looks; the shared ones come from the children's pages so the care sheets read alike.
export { cardClass, primaryLinkClass, secondaryButtonClass, textareaClass } from "@/app/(member)/children/_components/styles";

export const subheadingClass = "text-lg font-bold text-brand-900";
export const noticeClass = "rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-950";
export const choiceClass =
  "flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border border-stone-400 bg-white px-4 py-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";
