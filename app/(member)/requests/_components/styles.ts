// This area's looks; the shared ones come from the children's pages so care pages read alike.
export { cardClass, primaryLinkClass, textareaClass } from "@/app/(member)/children/_components/styles";

export const choiceClass =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-stone-400 bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:bg-stone-100";
export const tagClass = "inline-block rounded-full border px-3 py-0.5 text-sm font-medium";
export const noteTagClass = `${tagClass} border-amber-200 bg-amber-50 text-amber-900`;
export const linkClass = "font-medium text-brand-800 underline underline-offset-4";
