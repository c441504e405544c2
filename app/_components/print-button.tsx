"use client";

/**
 * Opens the browser's print dialog (save as PDF, or paper); hidden on the printed page itself.
 * `primary` where printing is what the page is for (the insurer's record), else a quiet button.
 */
export function PrintButton({ label, primary = false }: { label: string; primary?: boolean }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`min-h-11 rounded-xl px-5 print:hidden ${primary ? "bg-brand-700 font-bold text-white hover:bg-brand-800" : "border border-stone-400 bg-white py-2 font-medium"}`}
    >
      {label}
    </button>
  );
}
