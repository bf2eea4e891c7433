// The personal update page an action item's owner reaches from a reminder e-mail: no login, the
// link is the credential. A link that does not open — forged, expired, revoked, another person's or
// no longer the owner's — answers 404 with "This link is not valid" (not-found.tsx). It shows the
// item (reference, title, meeting, due date, status, history) and the progress form, which never
// verifies "done". Its language: the one the visitor chose with the language switch (the cookie) if
// they did, else the person's own. Each view is a use of the link, audited.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { ActionHistory } from "@/components/action-item/action-history";
import { ActionUpdateForm } from "@/components/action-item/action-update-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Badge } from "@/components/ui/badge";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { actLinkPage } from "@/lib/action-item/service/act-link";
import { formatDay } from "@/lib/format/date";

type TParams = { params: Promise<{ token: string }> };

const loadPage = cache(async (token: string) => {
  const page = await actLinkPage(token, (await cookies()).get(LOCALE_COOKIE)?.value);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { locale } = await loadPage((await params).token);
  const t = await getTranslations({ locale, namespace: "actionLink" });
  return { title: t("title"), robots: { index: false } };
}

const STATUS_TONE = {
  OPEN: "info",
  IN_PROGRESS: "warning",
  REPORTED_DONE: "warning",
  DONE: "success",
  DROPPED: "neutral",
} as const;

export default async function ActionLinkPage({ params }: TParams) {
  const { token } = await params;
  const page = await loadPage(token);
  const { locale } = page;
  const [t, ti] = await Promise.all([
    getTranslations({ locale, namespace: "actionLink" }),
    getTranslations({ locale, namespace: "actionItemPage" }),
  ]);
  const none = ti("facts.none");
  const facts: [string, ReactNode][] = [
    [ti("facts.meeting"), page.meeting],
    [ti("facts.owner"), page.owner ?? none],
    [
      ti("facts.due"),
      <span key="d">
        {page.dueDate ? formatDay(page.dueDate, locale) : none}
        {page.isOverdue ? (
          <Badge tone="danger" className="ml-2">
            {ti("facts.overdue")}
          </Badge>
        ) : null}
      </span>,
    ],
    [
      ti("facts.status"),
      <Badge key="s" tone={STATUS_TONE[page.status]}>
        {ti(`status.${page.status}`)}
      </Badge>,
    ],
  ];

  return (
    <main id="main" lang={locale} className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <div className="flex justify-end">
        <LanguageSwitch current={locale} />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">
          {t("eyebrow", { reference: page.reference })}
        </p>
        <h1 className="mb-2 text-xl font-semibold">{page.title}</h1>
        <p className="mb-4 text-sm text-slate-600">{t("greeting", { name: page.personName })}</p>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="mb-2 break-words text-slate-900 sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
        {page.description ? (
          <div className="pt-3 text-sm">
            <p className="font-medium text-slate-700">{ti("facts.description")}</p>
            <p className="whitespace-pre-line text-slate-900">{page.description}</p>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="act-update" className="space-y-2">
        <h2 id="act-update" className="text-lg font-semibold">
          {ti("form.heading")}
        </h2>
        <p className="text-sm text-slate-600">{t("verifyNote")}</p>
        {/* The form speaks the page's language, which may differ from the app's (the cookie's). */}
        <ClientMessages locale={locale} namespaces={["actionItemPage", "capture", "errors"]}>
          <ActionUpdateForm
            actionItemId=""
            version={page.version}
            status={page.status}
            allowedStatuses={page.allowedStatuses}
            link={{ token, locale }}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="act-history" className="space-y-2">
        <h2 id="act-history" className="text-lg font-semibold">
          {ti("history.heading")}
        </h2>
        <ActionHistory updates={page.updates} locale={locale} />
      </section>
    </main>
  );
}
