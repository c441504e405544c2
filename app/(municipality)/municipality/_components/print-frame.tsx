import Link from "@/app/_components/link";
import "./print.css";

/** A page made to be printed: no site header or navigation, a way back on screen only. */
export function PrintFrame({
  back,
  backLabel,
  hint,
  landscape = false,
  children,
}: {
  back: string;
  backLabel: string;
  hint: string;
  /** A wide table (the ファミサポ report) prints on A4 landscape. */
  landscape?: boolean;
  children: React.ReactNode;
}) {
  return (
    <main
      id="main"
      className={`mx-auto bg-white px-4 py-6 text-stone-900 print:max-w-none print:p-0 ${landscape ? "print-landscape max-w-[277mm]" : "max-w-[190mm]"}`}
    >
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
