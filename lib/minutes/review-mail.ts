// The e-mails of the review cycle, in the recipient's language (messages/<locale>/mail.json
// "review"): a version circulated, reminders before the deadline and on the day, a no-objection
// procedure opened, the notice of adoption, and an objection (to the secretariat). Pure.
import type { TLocale } from "@/i18n/locales";
import { formatDay } from "@/lib/format/date";
import { mailTranslator } from "@/lib/mail/translator";
import { meetingHeading } from "@/lib/meeting/facts";
import { utcToZoned } from "@/lib/meeting/zoned-time";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import type { TAdoptionMethod } from "./adoption-schema";

export type TReviewMailKind =
  "circulated" | "reminderBefore" | "reminderDay" | "noObjection" | "adopted" | "objection";

export type TReviewMailInput = {
  kind: TReviewMailKind;
  locale: TLocale;
  name: string;
  meeting: { kind: MeetingKind; sequenceNumber: number; title: string };
  number: number;
  /** The organisation answered for (null: the reviewer's own answer). */
  organisation: string | null;
  /** Calendar date "YYYY-MM-DD" (circulation, reminders, no-objection). */
  deadline?: string;
  url: string;
  adoption?: { method: TAdoptionMethod; adoptedAt: Date; timeZone: string; fingerprint: string };
  reason?: string;
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function reviewMail(input: TReviewMailInput): { subject: string; text: string; html: string } {
  const t = mailTranslator(input.locale);
  const meeting = meetingHeading(input.meeting, input.locale);
  const deadline = input.deadline ? formatDay(input.deadline, input.locale) : "";
  const params = {
    meeting,
    number: input.number,
    deadline,
    organisation: input.organisation ?? t("review.ownOrganisation"),
    reason: input.reason ?? "",
  };
  const k = input.kind;
  const a = k === "adopted" ? input.adoption : undefined;
  // The notice of adoption's intro needs its date and method (without them the translator logs an error).
  const intro = a
    ? t("review.adopted.intro", {
        ...params,
        date: formatDay(utcToZoned(a.adoptedAt, a.timeZone).date, input.locale),
        method: t(`review.methods.${a.method}`),
      })
    : t(`review.${k}.intro`, params);
  const paragraphs = [t("greeting", { name: input.name }), intro];
  if (a) paragraphs.push(t("review.adopted.fingerprint", { fingerprint: a.fingerprint }));
  if (k === "objection") paragraphs.push(t("review.objection.halted"));
  const ask = t(`review.${k}.ask`);
  const text = [...paragraphs, `${ask}\n${input.url}`].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${escapeHtml(ask)}<br><a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a></p>`,
  ].join("\n");
  return { subject: t(`review.${k}.subject`, params), text, html };
}
