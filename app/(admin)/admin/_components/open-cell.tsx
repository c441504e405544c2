import Link from "@/app/_components/link";

/**
 * The last cell of a queue's row: a link to the item, its visible text the same on every row, so
 * its accessible name says which item it opens (e.g. "開く: 安全, 佐藤 陽子").
 */
export function OpenCell({ href, text, label }: { href: string; text: string; label: string }) {
  return (
    <td className="px-3 py-2">
      <Link href={href} aria-label={label} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        {text}
      </Link>
    </td>
  );
}
