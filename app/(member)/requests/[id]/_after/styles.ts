// This section's looks; the shared ones come from the children's pages so the request page reads alike.
export { dangerOutlineButtonClass, secondaryButtonClass, textareaClass } from "@/app/(member)/children/_components/styles";

// A folded step: the marker is drawn here because a flex <summary> loses the browser's own.
export const summaryClass =
  "flex min-h-12 cursor-pointer items-center justify-between gap-3 rounded-xl border border-stone-400 bg-white px-5 font-medium text-stone-900 hover:bg-stone-50 after:content-['▾'] group-open:after:content-['▴']";
export const noticeClass = "rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-950";
export const okClass = "rounded-xl border border-brand-600 bg-brand-50 p-3 text-brand-900";
export const mutedClass = "text-sm text-stone-700";
export const choiceClass =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-stone-400 bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";
