// What happened in the meeting, for the summary: the remarks (who said what, with quotes), the
// decisions, the progress reported on earlier meetings' actions and the follow-up actions — only as
// recorded, each paragraph absent when nothing was.
import type { TLocale } from "@/i18n/locales";
import { formatDayInFull } from "@/lib/format/date";
import type { TMentions } from "@/lib/format/naming";
import { followUpsOf, type TMeetingRecord, type TOrgRef } from "@/lib/minutes/record-schema";
import { remarkForm, summaryAfterSpeaker } from "./remark-form";
import type { TSummaryParagraph, TSummarySentence } from "./types";
import {
  capitalizeFirst,
  clause,
  orgName,
  personPhrase,
  quoteText,
  recorded,
  sentence,
  topLevelOf,
  type TPart,
  type TWords,
} from "./wording";

/**
 * Who owns an action item: "Budi of the Ministry of Health (Kemenkes)", the person alone, or the
 * organisation alone — the ministry rather than its directorate, as a person is named.
 */
function ownerOf(
  t: TWords,
  mentions: TMentions,
  ownerPerson: string | null,
  ownerOrganisation: TOrgRef | null,
  path: string,
): TPart | null {
  const person = recorded(ownerPerson);
  const top = topLevelOf(ownerOrganisation, `${path}.ownerOrganisation`);
  const org = top ? orgName(t, mentions, top.org, top.path) : null;
  const fields = [...(person ? [`${path}.ownerPerson`] : []), ...(org?.fields ?? [])];
  if (person && org) return { text: t("owner", { person, organisation: org.text }), fields };
  const text = person ?? org?.text;
  return text ? { text, fields } : null;
}

/** One paragraph per remark: what the speaker said, then their quote. */
export function remarksParagraphs(
  t: TWords,
  mentions: TMentions,
  record: TMeetingRecord,
  locale: TLocale,
): TSummaryParagraph[] {
  return record.remarks.flatMap((remark, i) => {
    const path = `remarks[${i}]`;
    const speaker = personPhrase(t, mentions, remark.speaker, `${path}.speaker`);
    if (!speaker) return [];
    const summary = clause(remark.summary);
    const quote = quoteText(remark.quote);
    const sentences: TSummarySentence[] = [];
    const said = [...speaker.fields, `${path}.kind`];
    if (summary) {
      const form = remarkForm(summary, locale);
      const key = { predicate: "remarks.predicate", that: "remarks.summary", colon: "remarks.colon" }[form];
      const text = form === "colon" ? summary : summaryAfterSpeaker(summary, locale, form === "predicate");
      sentences.push(
        sentence(t(key, { speaker: speaker.subject, kind: remark.kind, summary: text }), [
          ...said,
          `${path}.summary`,
        ]),
      );
    } else if (!quote || remark.kind === "OPENING" || remark.kind === "CLOSING")
      sentences.push(sentence(t("remarks.kindOnly", { speaker: speaker.subject, kind: remark.kind }), said));
    if (quote) {
      const key = /[?!…]$/.test(quote) ? "remarks.quoteEndsWithMark" : "remarks.quote";
      const name = recorded(remark.speaker.name) ?? "";
      sentences.push(sentence(t(key, { quote, name }), [`${path}.quote`, `${path}.speaker.name`]));
    }
    return [{ kind: "remarks" as const, sentences }];
  });
}

export function decisionsParagraph(t: TWords, record: TMeetingRecord): TSummaryParagraph | null {
  const items = record.decisions.flatMap((decision, i) => {
    const text = clause(decision.text);
    if (!text) return [];
    return [
      sentence(t("decisions.item", { number: decision.number, text }), [
        `decisions[${i}].number`,
        `decisions[${i}].text`,
      ]),
    ];
  });
  if (items.length === 0) return null;
  const intro = sentence(t("decisions.intro", { kind: record.meeting.kind, count: items.length }), [
    "meeting.kind",
    "decisions",
  ]);
  return { kind: "decisions", sentences: [intro, ...items] };
}

export function followUpsParagraph(
  t: TWords,
  mentions: TMentions,
  record: TMeetingRecord,
  locale: TLocale,
): TSummaryParagraph | null {
  const items = record.actionItems.flatMap((action, i) => {
    const path = `actionItems[${i}]`;
    const title = clause(action.title);
    if (!title) return [];
    const owner = ownerOf(t, mentions, action.ownerPerson, action.ownerOrganisation, path);
    const due = action.dueDate ? formatDayInFull(action.dueDate, locale) : null;
    const fields = [`${path}.title`, ...(owner?.fields ?? []), ...(due ? [`${path}.dueDate`] : [])];
    const values = { title, owner: owner?.text ?? "", due: due ?? "" };
    const key =
      owner && due
        ? "followUps.ownerDue"
        : owner
          ? "followUps.ownerOnly"
          : due
            ? "followUps.dueOnly"
            : "followUps.titleOnly";
    // "the Ministry of … is responsible" starts the sentence: "The Ministry of …".
    return [sentence(capitalizeFirst(t(key, values), locale), fields)];
  });
  if (items.length === 0) return null;
  const intro = sentence(t("followUps.intro", { count: items.length }), ["actionItems"]);
  return { kind: "followUps", sentences: [intro, ...items] };
}

/**
 * The progress reported at this meeting on actions of earlier meetings (carry-over): one sentence per
 * update, "PSC2/A/01 “Share the work plan”, assigned to Kemenkes, is reported done: the plan was
 * shared." A record without `followUps` (an older snapshot) has no such paragraph.
 */
export function earlierActionsParagraph(
  t: TWords,
  mentions: TMentions,
  record: TMeetingRecord,
): TSummaryParagraph | null {
  const items = followUpsOf(record).flatMap((f, i) => {
    const path = `followUps[${i}]`;
    const title = clause(f.title);
    if (!title) return [];
    const owner = ownerOf(t, mentions, f.ownerPerson, f.ownerOrganisation, path);
    const note = clause(f.note);
    const fields = [
      `${path}.reference`,
      `${path}.title`,
      ...(owner?.fields ?? []),
      `${path}.statusAfter`,
      ...(note ? [`${path}.note`] : []),
    ];
    return [
      sentence(
        t("earlierActions.item", {
          reference: f.reference,
          title,
          owner: owner ? t("earlierActions.owner", { owner: owner.text }) : "",
          status: f.statusAfter,
          note: note ? t("earlierActions.note", { note }) : "",
        }),
        fields,
      ),
    ];
  });
  if (items.length === 0) return null;
  const intro = sentence(t("earlierActions.intro", { count: items.length }), ["followUps"]);
  return { kind: "earlierActions", sentences: [intro, ...items] };
}
