// The e-mails of the follow-up register, in the recipient's language (messages/<locale>/mail.json
// "action"): the reminder to an action item's owner 7 days before its due date, on the day and the
// day after (with their personal update link); the weekly digest of an organisation's open and
// overdue items; and the weekly overview of a programme for its coordinators. Each digest carries
// its recipient's unsubscribe link when there is one. Pure.
import type { TLocale } from "@/i18n/locales";
import { formatDay } from "@/lib/format/date";
import type { ActionStatus, MeetingKind } from "@/lib/generated/prisma/enums";
import { mailTranslator, type TMailTranslate } from "@/lib/mail/translator";
import { meetingHeading } from "@/lib/meeting/facts";
import { actionReference } from "./reference";

export type TReminderKind = "before" | "day" | "after";

/** An action item as the e-mails name it. */
export type TMailItem = {
  number: number | null;
  title: string;
  /** "YYYY-MM-DD" or null. */
  dueDate: string | null;
  status: ActionStatus;
  meeting: { kind: MeetingKind; sequenceNumber: number; title: string };
  /** Where the reader opens it (their update link, or the item's page in the app). */
  url?: string;
};

export type TMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;

function itemWords(t: TMailTranslate, item: TMailItem, locale: TLocale) {
  return {
    reference: actionReference(item.meeting, item.number),
    title: item.title,
    meeting: meetingHeading(item.meeting, locale),
    due: item.dueDate ? formatDay(item.dueDate, locale) : t("action.noDue"),
    status: t(`action.status.${item.status}`),
  };
}

/** One block of an e-mail: a paragraph, a list of facts, or a headed list of items. */
type TBlock =
  | { kind: "p"; text: string; url?: string }
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "list"; heading: string; lines: { text: string; url?: string }[]; empty?: string };

function render(subject: string, blocks: TBlock[]): TMail {
  const text = blocks
    .map((b) => {
      if (b.kind === "p") return b.url ? `${b.text}\n${b.url}` : b.text;
      if (b.kind === "facts") return b.rows.map(([k, v]) => `${k}: ${v}`).join("\n");
      const lines = b.lines.map((l) => (l.url ? `- ${l.text}\n  ${l.url}` : `- ${l.text}`));
      return [`${b.heading} (${b.lines.length})`, ...(lines.length ? lines : [b.empty ?? ""])].join("\n");
    })
    .join("\n\n");
  const html = blocks
    .map((b) => {
      if (b.kind === "p") return `<p>${escapeHtml(b.text)}${b.url ? `<br>${link(b.url)}` : ""}</p>`;
      if (b.kind === "facts") {
        const rows = b.rows.map(
          ([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`,
        );
        return `<table>${rows.join("")}</table>`;
      }
      const heading = `<h3>${escapeHtml(b.heading)} (${b.lines.length})</h3>`;
      if (b.lines.length === 0) return `${heading}<p>${escapeHtml(b.empty ?? "")}</p>`;
      const items = b.lines.map((l) => `<li>${escapeHtml(l.text)}${l.url ? `<br>${link(l.url)}` : ""}</li>`);
      return `${heading}<ul>${items.join("")}</ul>`;
    })
    .join("\n");
  return { subject, text, html };
}

/** The reminder to an item's owner: 7 days before its due date, on the day, or the day after. */
export function actionReminderMail(input: {
  kind: TReminderKind;
  locale: TLocale;
  name: string;
  item: TMailItem & { url: string };
}): TMail {
  const t = mailTranslator(input.locale);
  const w = itemWords(t, input.item, input.locale);
  return render(t(`action.reminder.${input.kind}.subject`, w), [
    { kind: "p", text: t("greeting", { name: input.name }) },
    { kind: "p", text: t(`action.reminder.${input.kind}.intro`) },
    {
      kind: "facts",
      rows: [
        [t("action.facts.reference"), w.reference],
        [t("action.facts.title"), w.title],
        [t("action.facts.meeting"), w.meeting],
        [t("action.facts.due"), w.due],
        [t("action.facts.status"), w.status],
      ],
    },
    { kind: "p", text: t("action.reminder.ask"), url: input.item.url },
  ]);
}

const lineOf = (t: TMailTranslate, item: TMailItem, locale: TLocale) => {
  const words = itemWords(t, item, locale);
  const due = item.dueDate ? t("action.dueOn", { date: words.due }) : words.due;
  return { text: t("action.line", { ...words, due }), url: item.url };
};

/** The weekly digest of one organisation's open items in one programme, overdue first. */
export function organisationDigestMail(input: {
  locale: TLocale;
  name: string;
  organisation: string;
  programme: string;
  /** "YYYY-MM-DD": the day of the digest. */
  date: string;
  overdue: TMailItem[];
  open: TMailItem[];
  unsubscribeUrl: string | null;
}): TMail {
  const { locale } = input;
  const t = mailTranslator(locale);
  const words = {
    organisation: input.organisation,
    programme: input.programme,
    date: formatDay(input.date, locale),
    open: input.overdue.length + input.open.length,
    overdue: input.overdue.length,
  };
  const blocks: TBlock[] = [
    { kind: "p", text: t("greeting", { name: input.name }) },
    { kind: "p", text: t("action.digest.intro", words) },
    { kind: "p", text: t("action.digest.ask") },
  ];
  if (input.overdue.length > 0) {
    blocks.push({
      kind: "list",
      heading: t("action.digest.overdue"),
      lines: input.overdue.map((i) => lineOf(t, i, locale)),
    });
  }
  if (input.open.length > 0) {
    blocks.push({
      kind: "list",
      heading: t("action.digest.open"),
      lines: input.open.map((i) => lineOf(t, i, locale)),
    });
  }
  if (input.unsubscribeUrl)
    blocks.push({ kind: "p", text: t("action.unsubscribe", { url: input.unsubscribeUrl }) });
  return render(t("action.digest.subject", words), blocks);
}

/** The weekly overview of a programme for its coordinators. */
export function coordinatorOverviewMail(input: {
  locale: TLocale;
  name: string;
  programme: string;
  date: string;
  created: TMailItem[];
  dueSoon: TMailItem[];
  overdue: TMailItem[];
  reportedDone: TMailItem[];
  registerUrl: string;
  unsubscribeUrl: string | null;
}): TMail {
  const { locale } = input;
  const t = mailTranslator(locale);
  const words = { programme: input.programme, date: formatDay(input.date, locale) };
  const section = (heading: string, items: TMailItem[]): TBlock => ({
    kind: "list",
    heading,
    lines: items.map((i) => lineOf(t, i, locale)),
    empty: t("action.overview.none"),
  });
  const blocks: TBlock[] = [
    { kind: "p", text: t("greeting", { name: input.name }) },
    { kind: "p", text: t("action.overview.intro", words) },
    section(t("action.overview.new"), input.created),
    section(t("action.overview.dueSoon"), input.dueSoon),
    section(t("action.overview.overdue"), input.overdue),
    section(t("action.overview.reportedDone"), input.reportedDone),
    { kind: "p", text: t("action.overview.ask"), url: input.registerUrl },
  ];
  if (input.unsubscribeUrl)
    blocks.push({ kind: "p", text: t("action.unsubscribe", { url: input.unsubscribeUrl }) });
  return render(t("action.overview.subject", words), blocks);
}
