"use client";

/** A checkbox with a plain explanation of what ticking it means, and its error. */
export function CheckboxField({
  name,
  legend,
  label,
  explain,
  checked,
  onChange,
  error,
  emphasis = false,
}: {
  name: string;
  legend: string;
  label: string;
  explain: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  /** A consent: framed so that it cannot be mistaken for a minor option. */
  emphasis?: boolean;
}) {
  const describedBy = [`${name}-explain`, error && `${name}-error`].filter(Boolean).join(" ");
  return (
    <fieldset className={`flex flex-col gap-2 ${emphasis ? "rounded-xl border-2 border-brand-600 bg-brand-50 p-4" : ""}`}>
      <legend className="mb-1 font-medium">{legend}</legend>
      <p id={`${name}-explain`} className="text-sm text-stone-700">
        {explain}
      </p>
      <label className="flex min-h-12 items-center gap-3 rounded-xl border border-stone-400 bg-white px-4 py-3">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="size-6 shrink-0"
        />
        <span className="font-medium">{label}</span>
      </label>
      {error && (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
