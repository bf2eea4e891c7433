// The co-chairs' approval of the version under review, for a programme whose terms of reference
// adopt minutes that way: each co-chair, and when they approved (or not yet).
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format/date";
import type { TReviewState } from "@/lib/minutes/review-schema";

type TProps = { state: TReviewState; locale: TLocale; timeZone: string };

export async function CoChairApprovals({ state, locale, timeZone }: TProps) {
  const t = await getTranslations("consolidation.coChairs");
  const approvedAt = new Map(state.approvals.map((a) => [a.person.id, a.approvedAt]));
  return (
    <Section id="co-chairs-heading" title={t("heading")} intro={t("intro")} isBoxed>
      {state.coChairs.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul
          aria-label={state.number !== null ? t("caption", { number: state.number }) : undefined}
          className="divide-y divide-slate-100 rounded-md border border-slate-200"
        >
          {state.coChairs.map((c) => {
            const at = approvedAt.get(c.id);
            return (
              <li key={c.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 p-3 text-sm">
                <span className="font-medium text-slate-900">{c.name}</span>
                {at ? (
                  <span className="text-green-800">
                    {t("approvedAt", { date: formatDateTime(at, locale, timeZone) })}
                  </span>
                ) : (
                  <span className="text-slate-600">{t("notYet")}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
