// One review comment as the secretariat consolidates it: who sent it, for which organisation, how
// weighty (editorial or substantive), on which version and which entry of the minutes, what it
// says, the change it proposes as a tracked change, how it was disposed of — and the form to
// dispose of it while the minutes are not adopted.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format/date";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TReviewCommentOut } from "@/lib/minutes/review-schema";
import { DisposeForm } from "./dispose-form";
import { TrackedChange } from "./tracked-change";

type TProps = {
  meetingId: string;
  comment: TReviewCommentOut;
  locale: TLocale;
  timeZone: string;
  canDispose: boolean;
  /** Say which entry it is on (not when the group's heading already says it). */
  showPlace: boolean;
};

const STATUS_TONE = { OPEN: "info", ACCEPTED: "success", REJECTED: "neutral", NOTED: "neutral" } as const;
/** Sections whose entries accepted text is written into (not attendance rows or the meeting). */
const APPLICABLE = new Set(["agenda", "remarks", "decisions", "actionItems"]);

type TCommentsT = Awaited<ReturnType<typeof getTranslations<"consolidation.comments">>>;

/** Where in the minutes a comment is: "Decisions — Decision 3", "Agenda — 2. Budget". */
export function placeOf(c: TReviewCommentOut, t: TCommentsT): string {
  if (!c.section || c.anchorLabel === null) return t("entryGone");
  const label = c.section === "decisions" ? t("decisionLabel", { number: c.anchorLabel }) : c.anchorLabel;
  return `${t(`section.${c.section}`)} — ${label}`;
}

export async function CommentCard({
  meetingId,
  comment: c,
  locale,
  timeZone,
  canDispose,
  showPlace,
}: TProps) {
  const t = await getTranslations("consolidation.comments");
  const isApplicable = c.section !== null && APPLICABLE.has(c.section);

  return (
    <article
      aria-labelledby={`comment-${c.id}-by`}
      className="space-y-3 rounded-md border border-slate-200 bg-white p-3"
    >
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span id={`comment-${c.id}-by`} className="font-semibold text-slate-900">
            {c.author?.name ?? t("unknownAuthor")}
            {c.organisation ? (
              <span className="font-normal text-slate-700">
                {" "}
                · {c.organisation.acronym ?? orgLabel(c.organisation)}
              </span>
            ) : null}
          </span>
          <Badge tone={c.kind === "SUBSTANTIVE" ? "warning" : "neutral"}>{t(`kind.${c.kind}`)}</Badge>
          <Badge tone={STATUS_TONE[c.status]}>{t(`status.${c.status}`)}</Badge>
        </p>
        <p className="flex flex-wrap gap-x-3 text-xs text-slate-600">
          <span>{t("version", { number: c.number })}</span>
          <span>
            <span className="sr-only">{t("sentAt")} </span>
            <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, locale, timeZone)}</time>
          </span>
        </p>
        {showPlace ? (
          <p className="text-sm text-slate-700">
            <span className="font-medium">{t("on")}:</span> {placeOf(c, t)}
          </p>
        ) : null}
      </header>
      <p className="whitespace-pre-line break-words text-sm text-slate-900">{c.body}</p>
      {c.replacementText ? (
        <TrackedChange
          original={c.originalText}
          replacement={c.replacementText}
          labels={{
            heading: t("proposed"),
            deleted: t("deleted"),
            inserted: t("inserted"),
          }}
        />
      ) : null}
      {c.appliedAt ? (
        <p className="rounded-md bg-green-50 p-2 text-sm text-green-900">
          {t("applied", { date: formatDateTime(c.appliedAt, locale, timeZone) })}
        </p>
      ) : c.replacementText && c.status === "ACCEPTED" && !isApplicable ? (
        <p className="text-sm text-slate-700">{t("notApplicable")}</p>
      ) : null}
      {canDispose ? (
        <DisposeForm
          meetingId={meetingId}
          comment={{ id: c.id, status: c.status, response: c.response, version: c.version }}
          isApplicable={isApplicable && !!c.replacementText && !c.appliedAt}
        />
      ) : c.response ? (
        <p className="whitespace-pre-line break-words border-t border-slate-200 pt-3 text-sm text-slate-800">
          <span className="font-medium">{t("replied")}:</span> {c.response}
        </p>
      ) : null}
    </article>
  );
}
