import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "@/app/_components/link";
import { SiteFrame } from "@/app/_components/site-frame";
import { safeNextPath } from "@/lib/auth/next-path";
import { oauthProviders } from "@/lib/auth/providers";
import { getViewer } from "@/lib/auth/viewer";
import { devToolsEnabled, env } from "@/lib/env";
import { signInWithProvider } from "../actions";
import { EmailSignInForm } from "./email-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; next?: string }> }) {
  const { error, next: rawNext } = await searchParams;
  const next = safeNextPath(rawNext);
  if (await getViewer()) redirect(next);
  const t = await getTranslations("signIn");
  const providers = oauthProviders(env());
  return (
    <SiteFrame>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {error && (
        <p role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {t("linkProblem")}
        </p>
      )}
      <ClientMessages namespaces={["signIn"]}>
        <EmailSignInForm next={next} />
      </ClientMessages>
      {providers.length > 0 && (
        <div className="mt-8">
          <p className="text-center text-sm text-stone-600">{t("or")}</p>
          <div className="mt-3 flex flex-col gap-3">
            {providers.map((p) => (
              <form key={p} action={signInWithProvider}>
                <input type="hidden" name="provider" value={p} />
                <input type="hidden" name="next" value={next} />
                <button
                  type="submit"
                  className={`min-h-12 w-full rounded-xl px-4 font-bold ${p === "line" ? "bg-[#06C755] text-stone-950" : "border border-stone-300 bg-white text-stone-900"}`}
                >
                  {p === "line" ? t("withLine") : t("withGoogle")}
                </button>
              </form>
            ))}
          </div>
        </div>
      )}
      {devToolsEnabled(env()) && (
        <aside aria-labelledby="dev-tools" className="mt-10 rounded-xl border border-dashed border-amber-500 bg-amber-50 p-4">
          <h2 id="dev-tools" className="font-bold text-amber-900">
            {t("devTitle")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            <li>
              <Link className="text-amber-900 underline" href="/dev">
                {t("devSignInAs")}
              </Link>
            </li>
            <li>
              <Link className="text-amber-900 underline" href="/dev/mail">
                {t("devMail")}
              </Link>
            </li>
          </ul>
        </aside>
      )}
    </SiteFrame>
  );
}
