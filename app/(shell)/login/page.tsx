// Login page. Already signed in → straight to the meetings.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, tApp, tLogout] = await Promise.all([
    getTranslations("login"),
    getTranslations("app"),
    getTranslations("logout"),
  ]);
  return (
    <ClientMessages namespaces={["admin", "errors", "login"]}>
      <main id="main" className="flex min-h-screen items-center justify-center px-4">
        <div className="w-full max-w-sm">
          <div className="mb-4 flex justify-end">
            <LanguageSwitch />
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">{tApp("name")}</p>
            <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
            <p className="mb-6 text-sm text-slate-600">{tApp("tagline")}</p>
            {params.loggedOut ? (
              <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
                {params.loggedOut === "everywhere" ? tLogout("everywhere.done") : tLogout("done")}
              </p>
            ) : null}
            <LoginForm callbackUrl={callbackUrl} />
          </div>
        </div>
      </main>
    </ClientMessages>
  );
}
