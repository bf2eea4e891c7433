// The news-style summary of a meeting, composed from its record alone: every fact is a recorded
// field (listed as the sentence's provenance) and a field that was not recorded drops its clause
// instead of being invented. A meeting not yet held (draft, scheduled — or cancelled) is announced
// in the future tense: it "will hold", never "held". Pure, so the server, the tests and the
// benchmark share it.
import type { TLocale } from "@/i18n/locales";
import { formatDate, formatDay } from "@/lib/format/date";
import { hasBeenHeld } from "@/lib/meeting/status";
import { venueOf, type TMeetingRecord } from "@/lib/minutes/record-schema";
import {
  decisionsParagraph,
  earlierActionsParagraph,
  followUpsParagraph,
  remarksParagraphs,
} from "./proceedings";
import type { TSummary, TSummaryParagraph, TSummarySentence } from "./types";
import {
  capitalizeFirst,
  clause,
  naturalList,
  orgName,
  personPhrase,
  recorded,
  sentence,
  wordsFor,
  type TPart,
  type TWords,
} from "./wording";

export type { TSummary } from "./types";

const paragraph = (kind: TSummaryParagraph["kind"], sentences: TSummarySentence[]) =>
  sentences.length > 0 ? { kind, sentences } : null;

/** The programme's name: the full title with its short title in the lead, the short one after. */
function programmeName(t: TWords, record: TMeetingRecord, isFull: boolean): TPart | null {
  const title = recorded(record.programme.title);
  const short = recorded(record.programme.shortTitle);
  if (title && short && short !== title && isFull)
    return {
      text: t("programmeName", { title, shortTitle: short }),
      fields: ["programme.title", "programme.shortTitle"],
    };
  if (short) return { text: short, fields: ["programme.shortTitle"] };
  return title ? { text: title, fields: ["programme.title"] } : null;
}

function meetingName(t: TWords, record: TMeetingRecord): TPart {
  const { sequenceNumber: n, kind } = record.meeting;
  return {
    text: t("meeting", { ordinal: t("ordinal", { n }), kind }),
    fields: ["meeting.sequenceNumber", "meeting.kind"],
  };
}

function leadSentence(t: TWords, record: TMeetingRecord, locale: TLocale): TSummarySentence {
  const { meeting, programme } = record;
  const agency = orgName(programme.conveningAgency, "programme.conveningAgency");
  const partners = programme.participatingOrganisations
    .map((org, i) => orgName(org, `programme.participatingOrganisations[${i}]`))
    .filter((p): p is TPart => p !== null)
    // The convening agency is often a participating organisation too: "UNDP, with UNDP, …" reads wrong.
    .filter((p) => p.text !== agency?.text);
  const name = programmeName(t, record, true);
  const venue = recorded(venueOf(meeting));
  const venueFields = (["venueRoom", "venueBuilding", "venueAddress"] as const)
    .filter((f) => recorded(meeting[f]))
    .map((f) => `meeting.${f}`);
  const values = {
    agency: agency?.text ?? "",
    partners: partners.length
      ? t("lead.partners", {
          partners: naturalList(
            locale,
            partners.map((p) => p.text),
          ),
        })
      : "",
    meeting: meetingName(t, record).text,
    programme: name ? t("ofProgramme", { programme: name.text }) : "",
    date: formatDate(meeting.startsAt, locale, meeting.timeZone),
    venue: venue ? t("lead.venue", { venue }) : "",
  };
  const key = agency ? "lead.byAgency" : "lead.withoutAgency";
  return sentence(t(hasBeenHeld(meeting.status) ? key : `${key}Future`, values), [
    ...(agency?.fields ?? []),
    ...partners.flatMap((p) => p.fields),
    ...meetingName(t, record).fields,
    ...(name?.fields ?? []),
    "meeting.startsAt",
    ...venueFields,
  ]);
}

/**
 * "The meeting, attended by 52 participants from 9 ministries, was convened to …"; before it is
 * held only its purpose, "The meeting will be convened to …" (no one has attended it yet).
 */
function attendanceSentence(t: TWords, record: TMeetingRecord): TSummarySentence | null {
  const { participants, ministries, organisations } = record.attendance.stats;
  // "to Review progress" reads wrong: a capital that only starts the recorded sentence goes
  // (an acronym or a name in capitals, "UNDP …", stays).
  const purpose =
    clause(record.meeting.purpose)
      ?.replace(/^(to|untuk)\s+/i, "")
      .replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase()) || null;
  if (!hasBeenHeld(record.meeting.status)) {
    return purpose ? sentence(t("lead.purposeOnlyFuture", { purpose }), ["meeting.purpose"]) : null;
  }
  const from =
    ministries > 0
      ? { text: t("lead.fromMinistries", { count: ministries }), field: "attendance.stats.ministries" }
      : organisations > 0
        ? {
            text: t("lead.fromOrganisations", { count: organisations }),
            field: "attendance.stats.organisations",
          }
        : null;
  const attended = participants > 0 ? t("lead.attended", { participants, from: from?.text ?? "" }) : null;
  const fields = [
    ...(attended ? ["attendance.stats.participants", ...(from ? [from.field] : [])] : []),
    ...(purpose ? ["meeting.purpose"] : []),
  ];
  if (attended && purpose) return sentence(t("lead.attendedPurpose", { attended, purpose }), fields);
  if (attended) return sentence(t("lead.attendedOnly", { attended }), fields);
  if (purpose) return sentence(t("lead.purposeOnly", { purpose }), fields);
  return null;
}

function coChairsSentence(t: TWords, record: TMeetingRecord, locale: TLocale): TSummarySentence | null {
  const chairs = record.coChairs
    .map((chair, i) => {
      const path = `coChairs[${i}]`;
      const person = personPhrase(t, chair, path);
      if (!person) return null;
      const capacity = recorded(chair.capacity);
      return capacity
        ? {
            text: t("coChairs.capacity", { person: person.text, capacity }),
            fields: [...person.fields, `${path}.capacity`],
          }
        : person;
    })
    .filter((c): c is TPart => c !== null);
  if (chairs.length === 0) return null;
  return sentence(
    t(hasBeenHeld(record.meeting.status) ? "coChairs.sentence" : "coChairs.sentenceFuture", {
      count: chairs.length,
      coChairs: naturalList(
        locale,
        chairs.map((c) => c.text),
      ),
    }),
    chairs.flatMap((c) => c.fields),
  );
}

function programmeSentences(t: TWords, record: TMeetingRecord, locale: TLocale): TSummarySentence[] {
  const p = record.programme;
  const out: TSummarySentence[] = [];
  const name = programmeName(t, record, false);
  const fund = recorded(p.fund);
  const country = recorded(p.country);
  if (name && (fund || country)) {
    const values = { programme: name.text, fund: fund ?? "", country: country ?? "" };
    const key = fund && country ? "programme.introFunded" : fund ? "programme.fundedOnly" : "programme.intro";
    const fields = [
      ...name.fields,
      ...(fund ? ["programme.fund"] : []),
      ...(country ? ["programme.country"] : []),
    ];
    out.push(sentence(t(key, values), fields));
  }
  const months = p.durationMonths && p.durationMonths > 0 ? p.durationMonths : null;
  const start = p.startDate ? formatDay(p.startDate, locale) : null;
  if (months && start)
    out.push(
      sentence(t("programme.durationStart", { months, start }), [
        "programme.durationMonths",
        "programme.startDate",
      ]),
    );
  else if (months) out.push(sentence(t("programme.duration", { months }), ["programme.durationMonths"]));
  else if (start) out.push(sentence(t("programme.start", { start }), ["programme.startDate"]));
  if (p.sdgGoals.length > 0) {
    const goals = naturalList(locale, p.sdgGoals.map(String));
    out.push(sentence(t("programme.sdgs", { count: p.sdgGoals.length, goals }), ["programme.sdgGoals"]));
  }
  const framework = clause(p.nationalFramework);
  if (framework) out.push(sentence(t("programme.framework", { framework }), ["programme.nationalFramework"]));
  return out;
}

export function composeSummary(record: TMeetingRecord, locale: TLocale): TSummary {
  const t = wordsFor(locale);
  const name = programmeName(t, record, false);
  const title = capitalizeFirst(
    meetingName(t, record).text + (name ? t("ofProgramme", { programme: name.text }) : ""),
    locale,
  );
  const attendance = attendanceSentence(t, record);
  const coChairs = coChairsSentence(t, record, locale);
  const paragraphs = [
    paragraph("lead", [leadSentence(t, record, locale), ...(attendance ? [attendance] : [])]),
    paragraph("coChairs", coChairs ? [coChairs] : []),
    ...remarksParagraphs(t, record, locale),
    decisionsParagraph(t, record),
    earlierActionsParagraph(t, record),
    followUpsParagraph(t, record, locale),
    paragraph("programme", programmeSentences(t, record, locale)),
  ].filter((p): p is TSummaryParagraph => p !== null);
  return { locale, title, paragraphs };
}
