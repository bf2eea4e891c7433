// The reviewer's side panels: their organisation's answer (the current one — who gave it and when,
// with the reason of an objection — and, while the version is open, the form to give it) and, for a
// co-chair where the programme adopts by the co-chairs' approval, the approval.
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format/date";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TReviewAnswerKind } from "@/lib/minutes/review-schema";
import type { TReviewPage } from "@/lib/minutes/service/review-page";
import { AnswerForm } from "./answer-form";
import { ApproveButton } from "./approve-button";
import type { TReviewTarget } from "./review-target";

type TProps = { page: TReviewPage; target: TReviewTarget | null };

export async function AnswerPanel({ page, target }: TProps) {
  const t = await getTranslations({ locale: page.locale, namespace: "reviewScreen.answer" });
  const { answer, locale } = page;
  const organisation = orgLabel(page.reviewer.organisation) ?? page.reviewer.name;
  const when = answer ? formatDateTime(answer.answeredAt, locale, page.meeting.timeZone) : "";
  return (
    <Section id="review-answer" title={t("heading")} isBoxed className="space-y-3">
      <p className="text-sm text-slate-600">
        {page.reviewer.organisation ? t("intro", { organisation }) : t("introPerson")}
      </p>
      <dl className="space-y-1 rounded-md bg-slate-50 p-3 text-sm">
        <dt className="font-medium text-slate-700">{t("current")}</dt>
        <dd className="font-semibold text-slate-900">
          {answer ? t(`choices.${answer.answer as TReviewAnswerKind}`) : t("none")}
        </dd>
        {answer ? (
          <dd className="text-slate-700">
            {answer.answeredBy
              ? t("givenBy", { name: answer.answeredBy, date: when })
              : t("givenOn", { date: when })}
          </dd>
        ) : null}
        {answer?.reason ? (
          <dd className="whitespace-pre-line break-words text-slate-700">
            {t("reasonShown", { reason: answer.reason })}
          </dd>
        ) : null}
      </dl>
      {target ? (
        <AnswerForm
          target={target}
          organisation={organisation}
          current={answer ? { answer: answer.answer as TReviewAnswerKind, reason: answer.reason } : null}
        />
      ) : null}
    </Section>
  );
}

export async function ApprovalPanel({ page, target }: TProps) {
  const { coChair, locale } = page;
  if (!coChair || (!coChair.canApprove && !coChair.hasApproved && page.approvals.length === 0)) return null;
  const t = await getTranslations({ locale, namespace: "reviewScreen.approval" });
  return (
    <Section id="review-approval" title={t("heading")} isBoxed className="space-y-3">
      {coChair.canApprove ? (
        <p className="text-sm text-slate-600">{t("intro", { number: page.number })}</p>
      ) : null}
      {coChair.hasApproved ? <p className="text-sm font-medium text-green-800">{t("hasApproved")}</p> : null}
      <ApproveButton target={target} number={page.number} canApprove={coChair.canApprove} />
      {page.approvals.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium text-slate-700">{t("given")}</p>
          <ul className="list-disc pl-5">
            {page.approvals.map((a) => (
              <li key={`${a.name}-${a.approvedAt}`}>
                {t("entry", {
                  name: a.name,
                  date: formatDateTime(a.approvedAt, locale, page.meeting.timeZone),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
