/** A labelled list of facts about someone or something: label on the left, value on the right. */
export function FactsList({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="mt-6 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
          <dt className="text-sm font-medium text-stone-700">{label}</dt>
          <dd className="sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
