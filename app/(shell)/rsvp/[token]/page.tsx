// The personal RSVP page an invitee reaches from their e-mail: no login, the link is the
// credential. A link that does not open — forged, expired, revoked — answers 404 with "This link is
// not valid" (not-found.tsx). Once the meeting is held, cancelled or over, the page shows the
// meeting and says so instead of the form. Its language: the one the visitor chose with the
// language switch (the cookie) if they did, else the invitee's own — the language of their e-mail
// (decided in lib/invitation/service/rsvp.ts). Each view is a use of the link, audited.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RsvpForm } from "@/components/invitation/rsvp-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { rsvpPage } from "@/lib/invitation/service/rsvp";

type TParams = { params: Promise<{ token: string }> };

const loadPage = cache(async (token: string) => {
  const page = await rsvpPage(token, (await cookies()).get(LOCALE_COOKIE)?.value);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { locale } = await loadPage((await params).token);
  const t = await getTranslations({ locale, namespace: "invitation.rsvp" });
  return { title: t("title"), robots: { index: false } };
}

export default async function RsvpPage({ params }: TParams) {
  const { token } = await params;
  const { locale, meeting, ...invitation } = await loadPage(token);
  const t = await getTranslations({ locale, namespace: "invitation.rsvp" });

  return (
    <main id="main" lang={locale} className="mx-auto max-w-xl px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch current={locale} />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">{t("eyebrow")}</p>
        <h1 className="mb-2 text-xl font-semibold">{meeting.name}</h1>
        <p className="mb-4 text-sm text-slate-600">{t("greeting", { name: invitation.inviteeName })}</p>
        <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-slate-700">{t("when")}</dt>
          <dd>{meeting.when}</dd>
          <dt className="font-medium text-slate-700">{t("where")}</dt>
          <dd>{meeting.venue ?? (meeting.onlineUrl ? t("online") : t("toBeConfirmed"))}</dd>
          {meeting.onlineUrl ? (
            <>
              <dt className="font-medium text-slate-700">{t("online")}</dt>
              <dd className="break-all">{meeting.onlineUrl}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">{t("currentAnswer")}</dt>
          <dd>
            {t(`status.${invitation.rsvp}`)}
            {invitation.delegatedToName
              ? ` — ${t("delegatedTo", { name: invitation.delegatedToName })}`
              : null}
          </dd>
        </dl>
        {!invitation.canAnswer ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {meeting.isCancelled ? t("cancelled") : t("closed")}
          </p>
        ) : (
          // The form speaks the page's language, which may differ from the app's (the cookie's).
          <ClientMessages locale={locale} namespaces={["errors", "invitation"]}>
            <RsvpForm
              token={token}
              locale={locale}
              current={invitation.rsvp === "PENDING" ? null : invitation.rsvp}
              canDelegate={invitation.canDelegate}
            />
          </ClientMessages>
        )}
      </div>
    </main>
  );
}
