/** A link shown in a read-only, selectable field with its label, for copying by hand. */
export function LinkField({ id, label, hint, value }: { id: string; label: string; hint: string; value: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={value}
        aria-describedby={`${id}-hint`}
        className="min-h-11 w-full rounded-xl border border-stone-300 bg-stone-50 px-3 font-mono text-sm"
      />
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {hint}
      </p>
    </div>
  );
}
