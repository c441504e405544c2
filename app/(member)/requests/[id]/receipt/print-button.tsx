"use client";

/** Opens the browser's print dialog for the receipt. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-xl border border-stone-400 bg-white px-5 py-2 font-medium"
    >
      {label}
    </button>
  );
}
