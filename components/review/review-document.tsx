// The version under review as a document, in the order the minutes print it: the meeting's
// purpose, attendance (participants by organisation), the agenda, the remarks under their agenda
// item, the decisions by number and the action items. Every entry carries its stable anchor
// (lib/minutes/review-anchors.ts) as its id, with its comments and, while the version is open,
// the button to comment on it (whom it speaks for comes from the ReviewEntries around it).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";
import { formatDay } from "@/lib/format/date";
import type { TReviewPage } from "@/lib/minutes/service/review-page";
import { orgLabel } from "@/lib/minutes/record-schema";
import { anchorOf } from "@/lib/minutes/review-anchors";
import { ReviewComments } from "./review-comments";
import { ReviewEntry } from "./review-entry";

type TProps = { page: TReviewPage };

/** Entries by key, in the order first met (Map.groupBy is not in Node 20). */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

const None = ({ children }: { children: ReactNode }) => <p className="text-sm text-slate-600">{children}</p>;

export async function ReviewDocument({ page }: TProps) {
  const { content, locale, number } = page;
  const t = await getTranslations({ locale, namespace: "reviewScreen.document" });
  const texts = new Map(page.anchors.map((a) => [a.anchor, a.text]));
  const known = new Set(texts.keys());
  const byAnchor = groupBy(page.comments, (c) => c.anchor);
  const stray = page.comments.filter((c) => !known.has(c.anchor));
  const strayLabel = (c: TReviewPage["comments"][number]) =>
    c.section === "decisions" && c.anchorLabel
      ? t("decision", { number: c.anchorLabel })
      : (c.anchorLabel ?? c.anchor);

  const entry = (anchor: string, label: string, body: ReactNode) => (
    <ReviewEntry
      key={anchor}
      anchor={anchor}
      label={label}
      text={texts.get(anchor) ?? ""}
      comments={
        <ReviewComments
          comments={byAnchor.get(anchor) ?? []}
          label={label}
          number={number}
          locale={locale}
          timeZone={page.meeting.timeZone}
        />
      }
    >
      {body}
    </ReviewEntry>
  );

  const agenda = [...content.agenda].sort((a, b) => a.order - b.order);
  const agendaIds = new Set(agenda.map((a) => a.id));
  const remarksUnder = (id: string | null) =>
    content.remarks
      .filter(
        (r) => (r.agendaItemId !== null && agendaIds.has(r.agendaItemId) ? r.agendaItemId : null) === id,
      )
      .sort((a, b) => a.order - b.order);
  const remarkGroups = [
    ...agenda.map((item, i) => ({
      id: item.id,
      title: `${i + 1}. ${item.title}`,
      remarks: remarksUnder(item.id),
    })),
    { id: "other", title: t("otherMatters"), remarks: remarksUnder(null) },
  ].filter((g) => g.remarks.length > 0);
  const organisations = groupBy(
    content.attendance.participants,
    (p) => orgLabel(p.organisation) ?? t("noOrganisation"),
  );
  const decisions = [...content.decisions].sort((a, b) => a.number - b.number);

  return (
    <div className="space-y-8">
      <Section id="review-meeting" title={t("meeting")}>
        {entry(
          "meeting",
          t("meeting"),
          <p className="whitespace-pre-line">{content.meeting.purpose?.trim() || t("noPurpose")}</p>,
        )}
      </Section>

      <Section id="review-attendance" title={t("attendance")}>
        {organisations.size === 0 ? <None>{t("none")}</None> : null}
        {[...organisations].map(([organisation, people]) => (
          <div key={organisation} className="space-y-1">
            <h3 className="pt-2 text-sm font-semibold text-slate-800">{organisation}</h3>
            <ul>
              {people.map((p) => (
                <li key={p.personId}>
                  {entry(
                    anchorOf("attendance", p.personId),
                    p.name,
                    <p className="text-sm">
                      <span className="font-medium">{p.name}</span>
                      {p.position ? `, ${p.position}` : null}
                      {p.delegateOf ? (
                        <span className="text-slate-600"> — {t("delegateOf", { name: p.delegateOf })}</span>
                      ) : null}
                    </p>,
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Section>

      <Section id="review-agenda" title={t("agenda")}>
        {agenda.length === 0 ? <None>{t("none")}</None> : null}
        <ol>
          {agenda.map((item, i) => (
            <li key={item.id}>
              {entry(
                anchorOf("agenda", item.id),
                `${i + 1}. ${item.title}`,
                <p>
                  {i + 1}. {item.title}
                  {item.presenter ? (
                    <span className="text-sm text-slate-600"> — {item.presenter}</span>
                  ) : null}
                </p>,
              )}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="review-remarks" title={t("remarks")}>
        {remarkGroups.length === 0 ? <None>{t("none")}</None> : null}
        {remarkGroups.map((group) => (
          <div key={group.id} className="space-y-1">
            <h3 className="pt-2 font-semibold text-slate-800">{group.title}</h3>
            {group.remarks.map((r) =>
              entry(
                anchorOf("remarks", r.id),
                r.speaker.name,
                <>
                  <p className="text-sm">
                    <span className="font-medium">{r.speaker.name}</span>
                    {[r.speaker.position, orgLabel(r.speaker.organisation)]
                      .filter(Boolean)
                      .map((part) => `, ${part}`)}
                    <span className="italic text-slate-600"> ({t(`remarkKind.${r.kind}`)})</span>
                  </p>
                  <p className="mt-1 whitespace-pre-line">{r.summary}</p>
                  {r.quote ? (
                    <blockquote className="mt-1 italic text-slate-700">“{r.quote}”</blockquote>
                  ) : null}
                </>,
              ),
            )}
          </div>
        ))}
      </Section>

      <Section id="review-decisions" title={t("decisions")}>
        {decisions.length === 0 ? <None>{t("none")}</None> : null}
        {decisions.map((d) =>
          entry(
            anchorOf("decisions", d.id),
            t("decision", { number: d.number }),
            <p className="whitespace-pre-line">
              <span className="font-semibold">{t("decision", { number: d.number })}.</span> {d.text}
            </p>,
          ),
        )}
      </Section>

      <Section id="review-actions" title={t("actionItems")}>
        {content.actionItems.length === 0 ? <None>{t("none")}</None> : null}
        <ol>
          {content.actionItems.map((a, i) => {
            const owner = [a.ownerPerson, orgLabel(a.ownerOrganisation)].filter(Boolean).join(", ");
            return (
              <li key={a.id}>
                {entry(
                  anchorOf("actionItems", a.id),
                  a.title,
                  <>
                    <p>
                      {i + 1}. <span className="font-medium">{a.title}</span>
                    </p>
                    {a.description ? <p className="whitespace-pre-line text-sm">{a.description}</p> : null}
                    <p className="text-sm text-slate-600">
                      {[
                        owner ? t("owner", { owner }) : null,
                        a.dueDate ? t("due", { date: formatDay(a.dueDate, locale) }) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </>,
                )}
              </li>
            );
          })}
        </ol>
      </Section>

      {stray.length > 0 ? (
        <Section id="review-stray" title={t("otherVersions")}>
          {[...groupBy(stray, (c) => c.anchor)].map(([anchor, comments]) => (
            <div key={anchor}>
              <h3 className="pt-2 font-semibold text-slate-800">{strayLabel(comments[0])}</h3>
              <ReviewComments
                comments={comments}
                label={strayLabel(comments[0])}
                number={number}
                locale={locale}
                timeZone={page.meeting.timeZone}
              />
            </div>
          ))}
        </Section>
      ) : null}
    </div>
  );
}
