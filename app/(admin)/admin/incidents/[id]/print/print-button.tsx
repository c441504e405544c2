"use client";

/** Opens the browser's print dialog (save as PDF, or paper); hidden on the printed page itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800 print:hidden"
    >
      {label}
    </button>
  );
}
