// The news-style summary of a meeting, composed from its record alone: every fact is a recorded
// field (listed as the sentence's provenance) and a field that was not recorded drops its clause
// instead of being invented. A meeting not yet held (draft, scheduled — or cancelled — or starting
// later than `now`) is announced in the future tense: it "will hold", never "held". People,
// organisations and the programme are named by docs/naming.md. Pure (the clock is an argument), so
// the server, the tests and the benchmark share it.
import type { TLocale } from "@/i18n/locales";
import { formatDate, formatDayInFull } from "@/lib/format/date";
import {
  createMentions,
  partnersOf,
  positionAndCapacity,
  programmeNameForm,
  withoutLeadingArticle,
  type TMentions,
} from "@/lib/format/naming";
import { programmeAim } from "@/lib/format/programme-aim";
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
import { localiseRecord } from "@/lib/minutes/localise";

export type { TSummary } from "./types";

const paragraph = (kind: TSummaryParagraph["kind"], sentences: TSummarySentence[]) =>
  sentences.length > 0 ? { kind, sentences } : null;

/**
 * A programme name as running text names it: "Joint Programme on …" or "programme “Leaving …”". A
 * short title is the committee's own short name ("JP GRSP"): always used as a name.
 */
function programmeLabel(t: TWords, name: string, locale: TLocale, isShort = false): string {
  if (!isShort && programmeNameForm(name) === "introduced") return t("programmeIntroduced", { name });
  // The templates put "the" before it: a recorded "The …" would make "the The …".
  return locale === "en" ? withoutLeadingArticle(name) : name;
}

/** The programme's name: the full title with its short title in the lead, the short one after. */
function programmeName(t: TWords, record: TMeetingRecord, locale: TLocale, isFull: boolean): TPart | null {
  const title = recorded(record.programme.title);
  const short = recorded(record.programme.shortTitle);
  if (title && short && short !== title && isFull)
    return {
      text: t("programmeName", { title: programmeLabel(t, title, locale), shortTitle: short }),
      fields: ["programme.title", "programme.shortTitle"],
    };
  if (short) return { text: programmeLabel(t, short, locale, true), fields: ["programme.shortTitle"] };
  return title ? { text: programmeLabel(t, title, locale), fields: ["programme.title"] } : null;
}

function meetingName(t: TWords, record: TMeetingRecord): TPart {
  const { sequenceNumber: n, kind } = record.meeting;
  return {
    text: t("meeting", { ordinal: t("ordinal", { n }), kind }),
    fields: ["meeting.sequenceNumber", "meeting.kind"],
  };
}

function leadSentence(
  t: TWords,
  mentions: TMentions,
  record: TMeetingRecord,
  locale: TLocale,
  isHeld: boolean,
): TSummarySentence {
  const { meeting, programme } = record;
  const agency = orgName(t, mentions, programme.conveningAgency, "programme.conveningAgency");
  // The convening agency is often a participating organisation too: "UNDP, with UNDP, …" reads wrong.
  const partners = partnersOf(programme)
    .map(({ org, index }) => orgName(t, mentions, org, `programme.participatingOrganisations[${index}]`))
    .filter((p): p is TPart => p !== null);
  const name = programmeName(t, record, locale, true);
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
  // "the Ministry of … held" starts the sentence: "The Ministry of … held".
  return sentence(capitalizeFirst(t(isHeld ? key : `${key}Future`, values), locale), [
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
function attendanceSentence(t: TWords, record: TMeetingRecord, isHeld: boolean): TSummarySentence | null {
  const { participants, ministries, organisations } = record.attendance.stats;
  // "to Review progress" reads wrong: a capital that only starts the recorded sentence goes
  // (an acronym or a name in capitals, "UNDP …", stays). A purpose written as a noun phrase ("The
  // review of …") is convened "for" it in English, never "to the review" or "to discuss the the".
  const purpose =
    clause(record.meeting.purpose)
      ?.replace(/^(to|untuk)\s+/i, "")
      .replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase()) || null;
  const form = purpose && /^(the|a|an)\s/i.test(purpose) ? "noun" : "verb";
  if (!isHeld) {
    return purpose ? sentence(t("lead.purposeOnlyFuture", { purpose, form }), ["meeting.purpose"]) : null;
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
  if (attended && purpose) return sentence(t("lead.attendedPurpose", { attended, purpose, form }), fields);
  if (attended) return sentence(t("lead.attendedOnly", { attended }), fields);
  if (purpose) return sentence(t("lead.purposeOnly", { purpose, form }), fields);
  return null;
}

function coChairsSentence(
  t: TWords,
  mentions: TMentions,
  record: TMeetingRecord,
  locale: TLocale,
  isHeld: boolean,
): TSummarySentence | null {
  const chairs = record.coChairs
    .map((chair, i) => {
      const path = `coChairs[${i}]`;
      // A capacity that repeats the position is said once (docs/naming.md).
      const { position, capacity } = positionAndCapacity(chair.position, chair.capacity);
      const person = personPhrase(t, mentions, chair, path, { position, capacity });
      if (!person) return null;
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
    t(isHeld ? "coChairs.sentence" : "coChairs.sentenceFuture", {
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
  const name = programmeName(t, record, locale, false);
  // "funded by the {fund}": a recorded "The Joint SDG Fund" would make "the the".
  const fund = recorded(p.fund && locale === "en" ? withoutLeadingArticle(p.fund) : p.fund);
  const country = recorded(p.country);
  if (name && (fund || country)) {
    const values = { programme: name.text, fund: fund ?? "", country: country ?? "" };
    const key = fund && country ? "programme.introFunded" : fund ? "programme.fundedOnly" : "programme.intro";
    const fields = [
      ...name.fields,
      ...(fund ? ["programme.fund"] : []),
      ...(country ? ["programme.country"] : []),
    ];
    out.push(sentence(capitalizeFirst(t(key, values), locale), fields));
  }
  // What the programme is for, right after it is introduced.
  const aim = programmeAim(p.description, locale);
  if (aim) out.push(sentence(t(`programme.aim.${aim.form}`, { text: aim.text }), ["programme.description"]));
  const months = p.durationMonths && p.durationMonths > 0 ? p.durationMonths : null;
  const start = p.startDate ? formatDayInFull(p.startDate, locale) : null;
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
  const framework = clause(
    p.nationalFramework && locale === "en" ? withoutLeadingArticle(p.nationalFramework) : p.nationalFramework,
  );
  if (framework) out.push(sentence(t("programme.framework", { framework }), ["programme.nationalFramework"]));
  return out;
}

/** The clock the tense is decided by; a test passes its own. */
export type TComposeOptions = { now?: Date };

/**
 * Whether the meeting is written of as held: its status says it took place and it has started. A
 * meeting marked held ahead of its start is still announced, never reported.
 */
export function isHeldAt(meeting: TMeetingRecord["meeting"], now: Date): boolean {
  return hasBeenHeld(meeting.status) && new Date(meeting.startsAt).getTime() <= now.getTime();
}

export function composeSummary(
  recordAsEntered: TMeetingRecord,
  locale: TLocale,
  { now = new Date() }: TComposeOptions = {},
): TSummary {
  // The wording recorded in the summary's language; the rest quoted as recorded (docs/bilingual-record.md).
  const record = localiseRecord(recordAsEntered, locale).record;
  const t = wordsFor(locale);
  const isHeld = isHeldAt(record.meeting, now);
  const name = programmeName(t, record, locale, false);
  const title = capitalizeFirst(
    meetingName(t, record).text + (name ? t("ofProgramme", { programme: name.text }) : ""),
    locale,
  );
  // One document, one count of first mentions: the sentences are composed in reading order.
  const mentions = createMentions();
  const lead = leadSentence(t, mentions, record, locale, isHeld);
  const attendance = attendanceSentence(t, record, isHeld);
  const coChairs = coChairsSentence(t, mentions, record, locale, isHeld);
  const remarks = remarksParagraphs(t, mentions, record, locale);
  const decisions = decisionsParagraph(t, record);
  const earlierActions = earlierActionsParagraph(t, mentions, record);
  const followUps = followUpsParagraph(t, mentions, record, locale);
  const paragraphs = [
    paragraph("lead", [lead, ...(attendance ? [attendance] : [])]),
    paragraph("coChairs", coChairs ? [coChairs] : []),
    ...remarks,
    decisions,
    earlierActions,
    followUps,
    paragraph("programme", programmeSentences(t, record, locale)),
  ].filter((p): p is TSummaryParagraph => p !== null);
  return { locale, title, paragraphs };
}
