// The comments at one anchor of the minutes, as the reviewer may see them: who made each (name,
// organisation, when), editorial or substantive, the comment, the proposed text as a tracked change
// (word by word: the words it takes out struck through, those it puts in underlined), and the
// secretariat's disposition with its reply. A comment made on an earlier version says so.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format/date";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TReviewCommentOut } from "@/lib/minutes/review-schema";
import { trackedChange } from "@/lib/minutes/tracked-change";
import { cn } from "@/lib/utils";

const STATUS_TONE = {
  OPEN: "neutral",
  ACCEPTED: "success",
  REJECTED: "danger",
  NOTED: "info",
} as const;

type TProps = {
  comments: TReviewCommentOut[];
  /** What the comments are on, for screen readers ("Decision 3"). */
  label: string;
  /** The version shown: comments on another one say which. */
  number: number;
  locale: TLocale;
  timeZone: string;
};

export async function ReviewComments({ comments, label, number, locale, timeZone }: TProps) {
  if (comments.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "reviewScreen.comments" });
  return (
    <ul aria-label={t("label", { label })} className="mt-2 space-y-2">
      {comments.map((c) => {
        const organisation = orgLabel(c.organisation);
        return (
          <li key={c.id} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium text-slate-900">
                {c.author
                  ? organisation
                    ? t("by", { name: c.author.name, organisation })
                    : c.author.name
                  : organisation}
              </span>
              <span className="text-xs text-slate-600">{formatDateTime(c.createdAt, locale, timeZone)}</span>
            </div>
            <div className="mt-1 flex flex-wrap gap-1">
              <Badge tone={c.kind === "SUBSTANTIVE" ? "warning" : "neutral"}>{t(`kind.${c.kind}`)}</Badge>
              <Badge tone={STATUS_TONE[c.status]}>{t(`status.${c.status}`)}</Badge>
              {c.number !== number ? <Badge>{t("onVersion", { number: c.number })}</Badge> : null}
            </div>
            <p className="mt-2 whitespace-pre-line break-words text-slate-900">{c.body}</p>
            {c.replacementText !== null ? (
              <div className="mt-2">
                <p className="text-xs font-semibold text-slate-700">{t("proposed")}</p>
                <p className="whitespace-pre-line break-words">
                  {trackedChange(c.originalText ?? "", c.replacementText).map((part, i, parts) =>
                    part.kind === "same" ? (
                      <span key={i}>{part.text}</span>
                    ) : part.kind === "deleted" ? (
                      <del
                        key={i}
                        className={cn(
                          "bg-red-50 text-red-800 decoration-red-700",
                          parts[i + 1]?.kind === "inserted" && "mr-1",
                        )}
                      >
                        <span className="sr-only">{t("deleted")} </span>
                        {part.text}
                      </del>
                    ) : (
                      <ins key={i} className="bg-green-50 text-green-900 underline decoration-green-700">
                        <span className="sr-only">{t("inserted")} </span>
                        {part.text}
                      </ins>
                    ),
                  )}
                </p>
              </div>
            ) : null}
            {c.response ? (
              <div className="mt-2 border-l-4 border-blue-300 pl-3">
                <p className="text-xs font-semibold text-slate-700">{t("reply")}</p>
                <p className="whitespace-pre-line break-words">{c.response}</p>
              </div>
            ) : null}
            {c.appliedAt ? <p className="mt-2 text-xs text-green-800">{t("applied")}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
