/** One titled part of the child form (基本情報, 健康のこと…), a landmark-free region with a heading. */
export function FormSection({
  id,
  title,
  intro,
  error,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-5 border-t border-stone-200 pt-6">
      <div>
        <h2 id={`${id}-title`} className="text-xl font-bold text-brand-900">
          {title}
        </h2>
        {intro && <p className="mt-1 text-stone-700">{intro}</p>}
        {error && (
          <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
            {error}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
