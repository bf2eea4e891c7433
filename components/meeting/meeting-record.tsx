// What the meeting decided and who does what next: the decisions by number, and the action items
// with their reference, owner, due date and status, each opening its own page. Before the meeting
// (or once cancelled) a sentence says why there is nothing, instead of empty lists.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionStatusBadge } from "@/components/action-item/status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { NarrowOnly, RowLink, Table, TBody, Td, THeadRow, TRow, WIDE_ONLY } from "@/components/ui/table";
import type { TLocale } from "@/i18n/locales";
import type { TActionRegister } from "@/lib/action-item/register-schema";
import type { TDecision } from "@/lib/decision/schema";
import { formatDay } from "@/lib/format/date";
import type { TMeetingDetail } from "@/lib/meeting/schema";
import { hasBeenHeld } from "@/lib/meeting/status";

type TProps = {
  meeting: TMeetingDetail;
  decisions: TDecision[];
  actions: TActionRegister;
  locale: TLocale;
};

export async function MeetingRecord({ meeting: m, decisions, actions, locale }: TProps) {
  const [t, tRegister] = await Promise.all([
    getTranslations("meetingPage.record"),
    getTranslations("actionRegister"),
  ]);
  if (decisions.length === 0 && actions.total === 0 && !hasBeenHeld(m.status)) {
    return <EmptyState title={m.status === "CANCELLED" ? t("cancelled") : t("notYet")} />;
  }
  const agendaPosition = new Map(m.agendaItems.map((a, i) => [a.id, { order: i + 1, title: a.title }]));

  return (
    <div className="space-y-8">
      <Section id="decisions" title={t("decisions")}>
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noDecisions")}</p>
        ) : (
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {decisions.map((d) => {
              const item = d.agendaItemId ? agendaPosition.get(d.agendaItemId) : undefined;
              return (
                <li key={d.id} id={`decision-${d.number}`} className="flex gap-3 px-4 py-3">
                  <span
                    aria-hidden="true"
                    className="w-6 shrink-0 text-right font-semibold tabular-nums text-slate-500"
                  >
                    {d.number}.
                  </span>
                  <div className="min-w-0 space-y-1">
                    <p className="whitespace-pre-line text-slate-900">
                      <span className="sr-only">{t("decisionNumber", { number: d.number })}: </span>
                      {d.text}
                    </p>
                    {item ? <p className="text-xs text-slate-600">{t("agendaItem", item)}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </Section>

      <Section id="action-items" title={t("actions")}>
        {actions.total === 0 ? (
          <p className="text-sm text-slate-600">{t("noActions")}</p>
        ) : (
          <>
            <Table>
              <caption className="sr-only">{t("actionsCaption")}</caption>
              <THeadRow
                columns={[
                  t("columns.action"),
                  { label: t("columns.owner"), className: WIDE_ONLY },
                  t("columns.due"),
                  { label: t("columns.status"), className: WIDE_ONLY },
                ]}
              />
              <TBody>
                {actions.data.map((a) => {
                  const owner = a.ownerOrganisation?.acronym ?? a.ownerOrganisation?.name ?? null;
                  return (
                    <TRow key={a.id}>
                      <Td>
                        <RowLink href={`/actions/${a.id}`} className="block">
                          <span className="block font-mono text-xs font-semibold text-blue-900">
                            {a.reference}
                          </span>
                          <span>{a.title}</span>
                        </RowLink>
                        <NarrowOnly>
                          <ActionStatusBadge status={a.status} />
                          <span>{owner ?? t("noOwner")}</span>
                        </NarrowOnly>
                      </Td>
                      <Td className={WIDE_ONLY}>
                        <p>{owner ?? t("noOwner")}</p>
                        {a.ownerPerson ? (
                          <p className="text-xs text-slate-600">{a.ownerPerson.name}</p>
                        ) : null}
                      </Td>
                      <Td>
                        <span className="whitespace-nowrap">
                          {a.dueDate ? formatDay(a.dueDate, locale) : t("noDue")}
                        </span>
                        {a.isOverdue ? (
                          <Badge tone="danger" className="mt-1 flex w-fit sm:mt-0 sm:ml-2 sm:inline-flex">
                            {tRegister("overdue")}
                          </Badge>
                        ) : null}
                      </Td>
                      <Td className={WIDE_ONLY}>
                        <ActionStatusBadge status={a.status} />
                      </Td>
                    </TRow>
                  );
                })}
              </TBody>
            </Table>
            <p className="text-sm text-slate-600">
              {actions.total > actions.data.length
                ? `${t("partial", { shown: actions.data.length, total: actions.total })} `
                : null}
              <Link
                href={`/actions?meetingId=${encodeURIComponent(m.id)}`}
                className="font-medium text-blue-800 underline-offset-4 hover:underline"
              >
                {t("inRegister")}
              </Link>
            </p>
          </>
        )}
      </Section>
    </div>
  );
}
