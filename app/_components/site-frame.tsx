import { getViewer } from "@/lib/auth/viewer";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main landmark and footer around every page. */
export async function SiteFrame({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  const viewer = await getViewer();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader viewer={viewer} />
      <main id="main" tabIndex={-1} className={`mx-auto w-full flex-1 px-4 py-6 sm:py-10 ${wide ? "max-w-5xl" : "max-w-2xl"}`}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
