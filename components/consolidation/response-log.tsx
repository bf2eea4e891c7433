// The per-organisation response log of the version under review: who was asked, whether the
// organisation responded, stayed silent or objected, its answer and reason, who gave it and when,
// and how many comments it sent. A real table (it is part of the record of the review); on a phone
// it scrolls inside its own box.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { Table, TBody, Td, THeadRow } from "@/components/ui/table";
import type { TLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format/date";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TResponseLogEntry } from "@/lib/minutes/review-schema";

type TProps = { number: number; log: TResponseLogEntry[]; locale: TLocale; timeZone: string };

const STATE_TONE = { RESPONDED: "success", SILENT: "neutral", OBJECTED: "danger" } as const;

/** Organisations alphabetically, reviewers without one last. */
const byOrganisation = (a: TResponseLogEntry, b: TResponseLogEntry) =>
  (a.organisation?.name ?? "\uffff").localeCompare(b.organisation?.name ?? "\uffff");

export async function ResponseLog({ number, log, locale, timeZone }: TProps) {
  const t = await getTranslations("consolidation.log");
  const rows = [...log].sort(byOrganisation);
  return (
    <Section id="response-log-heading" title={t("heading")} intro={t("intro")} isBoxed className="space-y-3">
      {log.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <Table>
          <caption className="px-4 py-2 text-left text-sm font-medium text-slate-700">
            {t("caption", { number })}
          </caption>
          <THeadRow
            columns={[
              t("organisation"),
              t("state"),
              t("answer"),
              t("reason"),
              t("answeredBy"),
              t("answeredAt"),
              { label: t("comments"), className: "text-right" },
              t("reviewers"),
            ]}
          />
          <TBody>
            {rows.map((entry, i) => (
              <tr key={entry.organisation?.id ?? `person-${entry.reviewers[0]?.id ?? i}`}>
                <th scope="row" className="min-w-40 px-4 py-3 text-left align-top font-medium text-slate-900">
                  {orgLabel(entry.organisation) ?? t("noOrganisation")}
                </th>
                <Td>
                  <Badge tone={STATE_TONE[entry.state]}>{t(`states.${entry.state}`)}</Badge>
                </Td>
                <Td>{entry.answer ? t(`answers.${entry.answer}`) : t("none")}</Td>
                <Td className="min-w-40 max-w-xs whitespace-pre-line break-words">
                  {entry.reason ?? t("none")}
                </Td>
                <Td>{entry.answeredBy ?? t("none")}</Td>
                <Td className="whitespace-nowrap">
                  {entry.answeredAt ? (
                    <time dateTime={entry.answeredAt}>
                      {formatDateTime(entry.answeredAt, locale, timeZone)}
                    </time>
                  ) : (
                    t("none")
                  )}
                </Td>
                <Td className="text-right tabular-nums">{entry.comments}</Td>
                <Td className="min-w-40">{entry.reviewers.map((r) => r.name).join(", ")}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </Section>
  );
}
