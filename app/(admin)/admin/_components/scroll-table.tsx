/**
 * A wide admin table that scrolls sideways on a phone, in a region a keyboard can reach and scroll
 * (WCAG 2.1.1, axe scrollable-region-focusable): the table itself has no focusable cell.
 */
export function ScrollTable({
  labelledBy,
  className = "mt-6",
  children,
}: {
  labelledBy: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      tabIndex={0}
      className={`${className} overflow-x-auto rounded-xl border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700`}
    >
      <table className="w-full text-left text-sm">{children}</table>
    </div>
  );
}
