// An action item's page: what was decided and where, who owns it, when it is due, its status and the
// dated history of progress updates; the owners, coordinators and the secretariat record progress
// here. Missing and not visible are the same 404.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionHistory } from "@/components/action-item/action-history";
import { ActionUpdateForm } from "@/components/action-item/action-update-form";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { toLocale } from "@/i18n/locales";
import { getActionItemPage } from "@/lib/action-item/service/updates";
import { requireUser } from "@/lib/auth/session";
import { formatDay } from "@/lib/format/date";
import { meetingName } from "@/lib/meeting/facts";
import { orNotFound } from "@/lib/page/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  const item = await orNotFound(getActionItemPage(user.access, (await params).id));
  return { title: `${item.reference} ${item.title}` };
}

const STATUS_TONE = {
  OPEN: "info",
  IN_PROGRESS: "warning",
  REPORTED_DONE: "warning",
  DONE: "success",
  DROPPED: "neutral",
} as const;

export default async function ActionItemPage({ params }: TProps) {
  const user = await requireUser();
  const [item, t, locale] = await Promise.all([
    orNotFound(getActionItemPage(user.access, (await params).id)),
    getTranslations("actionItemPage"),
    getLocale().then(toLocale),
  ]);
  const none = t("facts.none");
  const status = (s: keyof typeof STATUS_TONE) => t(`status.${s}`);
  const facts: [string, ReactNode][] = [
    [
      t("facts.meeting"),
      <Link key="m" href={`/meetings/${item.meeting.id}`} className="text-blue-800 underline">
        {meetingName(item.meeting.kind, item.meeting.sequenceNumber, locale)} — {item.meeting.title}
      </Link>,
    ],
    [
      t("facts.agendaItem"),
      item.agendaItem
        ? t("facts.agendaItemValue", { order: item.agendaItem.order, title: item.agendaItem.title })
        : none,
    ],
    [
      t("facts.raisedBy"),
      item.raisedBy
        ? t(item.raisedBy.kind === "remark" ? "facts.raisedByRemark" : "facts.raisedByDecision", {
            number: item.raisedBy.number,
            text: item.raisedBy.text,
          })
        : none,
    ],
    [t("facts.owner"), item.ownerOrganisation?.name ?? none],
    [t("facts.ownerPerson"), item.ownerPerson?.name ?? none],
    [
      t("facts.due"),
      <span key="d">
        {item.dueDate ? formatDay(item.dueDate, locale) : none}
        {item.isOverdue ? (
          <Badge tone="danger" className="ml-2">
            {t("facts.overdue")}
          </Badge>
        ) : null}
      </span>,
    ],
    [
      t("facts.status"),
      <Badge key="s" tone={STATUS_TONE[item.status]}>
        {status(item.status)}
      </Badge>,
    ],
  ];

  return (
    <ClientMessages namespaces={["actionItemPage", "capture", "errors"]}>
      <div className="space-y-8">
        <BackLink href="/actions">{t("back")}</BackLink>
        <PageHeader title={`${item.reference} · ${item.title}`} />
        <Section id="action-facts" title={t("facts.heading")} isBoxed>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-700">{label}</dt>
                <dd className="mb-2 break-words text-slate-900 sm:mb-0">{value}</dd>
              </div>
            ))}
          </dl>
          {item.description ? (
            <div className="pt-2 text-sm">
              <p className="font-medium text-slate-700">{t("facts.description")}</p>
              <p className="whitespace-pre-line text-slate-900">{item.description}</p>
            </div>
          ) : null}
        </Section>

        {item.canUpdate ? (
          <Section id="action-update" title={t("form.heading")}>
            <ActionUpdateForm
              actionItemId={item.id}
              version={item.version}
              status={item.status}
              allowedStatuses={item.allowedStatuses}
            />
          </Section>
        ) : null}

        <Section id="action-history" title={t("history.heading")}>
          <ActionHistory updates={item.updates} locale={locale} />
        </Section>
      </div>
    </ClientMessages>
  );
}
