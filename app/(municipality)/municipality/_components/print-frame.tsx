import Link from "next/link";
import "./print.css";

/** A page made to be printed: no site header or navigation, a way back on screen only. */
export function PrintFrame({
  back,
  backLabel,
  hint,
  children,
}: {
  back: string;
  backLabel: string;
  hint: string;
  children: React.ReactNode;
}) {
  return (
    <main id="main" className="mx-auto max-w-[190mm] bg-white px-4 py-6 text-stone-900 print:max-w-none print:p-0">
      <p className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        <Link href={back} className="inline-flex min-h-11 items-center underline">
          {backLabel}
        </Link>
        <span className="text-sm text-stone-600">{hint}</span>
      </p>
      {children}
    </main>
  );
}
