/** A fieldset of radio buttons or checkboxes, with its legend, hint and error wired up. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
