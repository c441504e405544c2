/** The column headings of one of the admin desk's tables. */
export function TableHead({ labels }: { labels: string[] }) {
  return (
    <thead className="bg-stone-100">
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
