// Stopping the weekly e-mails about action items, from the link in a digest: no login, the link is
// the credential. Opening the page changes nothing (mail scanners open links); the button does, and
// the page then says it is done — as it does for someone already unsubscribed, so a second click is
// harmless. A link that does not open answers 404 with "This link is not valid" (not-found.tsx).
// Its language: the visitor's choice (the cookie), else the person's own.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { UnsubscribeForm } from "@/components/action-item/unsubscribe-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { unsubscribePage } from "@/lib/action-item/service/unsubscribe";

type TParams = { params: Promise<{ token: string }> };

const loadPage = cache(async (token: string) => {
  const page = await unsubscribePage(token, (await cookies()).get(LOCALE_COOKIE)?.value);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { locale } = await loadPage((await params).token);
  const t = await getTranslations({ locale, namespace: "digestUnsubscribe" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UnsubscribePage({ params }: TParams) {
  const { token } = await params;
  const page = await loadPage(token);
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: "digestUnsubscribe" });

  return (
    <main id="main" lang={locale} className="mx-auto max-w-xl px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch current={locale} />
      </div>
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {page.isUnsubscribed ? (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
            {t("done")}
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("question", { name: page.name })}</p>
            <p className="text-sm text-slate-600">{t("note")}</p>
            <ClientMessages locale={locale} namespaces={["digestUnsubscribe"]}>
              <UnsubscribeForm token={token} locale={locale} />
            </ClientMessages>
          </>
        )}
      </div>
    </main>
  );
}
