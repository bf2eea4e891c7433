// The review screen a reviewer reaches from their e-mail: no login, the link is the credential. A
// link that does not open — forged, expired, revoked, another person's — answers 404 with "This
// link is not valid" (not-found.tsx). Its language: the one the visitor chose with the language
// switch (the cookie) if they did, else the reviewer's own — the language of their e-mail (decided
// in lib/minutes/service/review.ts). Each view is a use of the link, audited.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReviewScreen } from "@/components/review/review-screen";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { openReviewLink } from "@/lib/minutes/service/review-access";
import { reviewPage } from "@/lib/minutes/service/review-page";

type TParams = { params: Promise<{ token: string }> };

const loadPage = cache(async (token: string) => {
  const access = await openReviewLink(token);
  if (!access) notFound();
  return reviewPage(access, (await cookies()).get(LOCALE_COOKIE)?.value);
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { locale } = await loadPage((await params).token);
  const t = await getTranslations({ locale, namespace: "reviewScreen" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ReviewByLinkPage({ params }: TParams) {
  const { token } = await params;
  const page = await loadPage(token);

  return (
    <main id="main" lang={page.locale} className="mx-auto max-w-6xl px-4 py-8">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch current={page.locale} />
      </div>
      {/* The forms speak the page's language, which may differ from the app's (the cookie's). */}
      <ClientMessages
        locale={page.locale}
        namespaces={["errors", "minutesAdoption", "minutesReview", "reviewScreen"]}
      >
        <ReviewScreen page={page} target={{ via: "link", token, locale: page.locale }} />
      </ClientMessages>
    </main>
  );
}
