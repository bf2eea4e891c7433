// Every review comment of the minutes, grouped by the place in the minutes they are on (in the
// order the minutes print their sections) or by organisation. The grouping is a plain GET link, so
// it works from the keyboard, can be bookmarked, and needs no script.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { orgLabel } from "@/lib/minutes/record-schema";
import { ANCHOR_SECTIONS } from "@/lib/minutes/review-anchors";
import type { TReviewCommentOut } from "@/lib/minutes/review-schema";
import { cn } from "@/lib/utils";
import { CommentCard, placeOf } from "./comment-card";

export type TCommentGrouping = "anchor" | "organisation";

type TProps = {
  meetingId: string;
  comments: TReviewCommentOut[];
  by: TCommentGrouping;
  locale: TLocale;
  timeZone: string;
  canDispose: boolean;
};

type TGroup = { key: string; title: string; comments: TReviewCommentOut[] };

const sectionRank = (c: TReviewCommentOut) =>
  c.section === null ? ANCHOR_SECTIONS.length : ANCHOR_SECTIONS.indexOf(c.section);

function groupsOf(
  comments: TReviewCommentOut[],
  by: TCommentGrouping,
  titleOf: (c: TReviewCommentOut) => string,
  rankOf: (c: TReviewCommentOut) => number,
): TGroup[] {
  const groups = new Map<string, TGroup & { rank: number }>();
  for (const c of comments) {
    // Comments on entries the version no longer names share one group (their title is the same).
    const key = by === "organisation" ? (c.organisation?.id ?? "") : c.anchorLabel === null ? "" : c.anchor;
    const group = groups.get(key) ?? { key, title: titleOf(c), comments: [], rank: rankOf(c) };
    group.comments.push(c);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => a.rank - b.rank || a.title.localeCompare(b.title, undefined, { numeric: true }),
  );
}

export async function CommentList({ meetingId, comments, by, locale, timeZone, canDispose }: TProps) {
  const t = await getTranslations("consolidation.comments");
  const open = comments.filter((c) => c.status === "OPEN").length;
  const groups =
    by === "anchor"
      ? groupsOf(comments, by, (c) => placeOf(c, t), sectionRank)
      : groupsOf(
          comments,
          by,
          (c) => orgLabel(c.organisation) ?? t("noOrganisation"),
          (c) => (c.organisation ? 0 : 1),
        );
  const base = `/meetings/${meetingId}/minutes/consolidation`;
  const choices: { value: TCommentGrouping; href: string; label: string }[] = [
    { value: "anchor", href: `${base}#comments-heading`, label: t("byAnchor") },
    { value: "organisation", href: `${base}?by=organisation#comments-heading`, label: t("byOrganisation") },
  ];

  return (
    <Section id="comments-heading" title={t("heading")} isBoxed className="space-y-4">
      <p className="text-sm text-slate-700">{t("count", { total: comments.length, open })}</p>
      {!canDispose && comments.length > 0 ? <p className="text-sm text-slate-700">{t("locked")}</p> : null}
      {comments.length > 0 ? (
        <nav aria-label={t("groupBy")} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700" aria-hidden="true">
            {t("groupBy")}:
          </span>
          {choices.map((choice) => (
            <Link
              key={choice.value}
              href={choice.href}
              aria-current={by === choice.value ? "true" : undefined}
              className={cn(
                "rounded-md border px-3 py-1.5 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700",
                by === choice.value
                  ? "border-blue-800 bg-blue-800 text-white"
                  : "border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
              )}
            >
              {choice.label}
            </Link>
          ))}
        </nav>
      ) : null}
      {groups.map((g, i) => (
        <section key={g.key} aria-labelledby={`comment-group-${i}`} className="space-y-2">
          <h3 id={`comment-group-${i}`} className="break-words text-base font-semibold text-slate-900">
            {g.title} <span className="text-sm font-normal text-slate-600">({g.comments.length})</span>
          </h3>
          <ul className="space-y-3">
            {g.comments.map((c) => (
              <li key={c.id}>
                <CommentCard
                  meetingId={meetingId}
                  comment={c}
                  locale={locale}
                  timeZone={timeZone}
                  canDispose={canDispose}
                  showPlace={by === "organisation"}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Section>
  );
}
