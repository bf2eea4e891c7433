// Outgoing e-mail. With SMTP_URL set, mail goes through nodemailer's SMTP transport; without it
// (embedded/demo mode) it is not sent. Either way each message is kept in the outbox table with
// its programme and what became of it (service.ts). The log names the recipient, the subject and
// ids only: a body carries personal links (RSVP) that must not end up in log files.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { parseMailbox, type TCalendarPerson } from "@/lib/calendar/organizer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { recordOutboxMail, type TOutboxRecord } from "./service";

export type TMail = {
  /** The programme the mail is about: whose managers read it in the outbox. */
  programmeId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invitation, sent as the text/calendar alternative part with its METHOD. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; content: string; filename?: string };
};

/** A database error as logged here: its kind only (a Prisma message can quote the mail's body). */
const errorKind = (err: unknown) => ({
  error: err instanceof Error ? err.name : "unknown",
  code: (err as { code?: unknown } | null)?.code,
});

const globalForMail = globalThis as unknown as {
  notulenMailer?: { url: string; transporter: Transporter };
};

function transporter(url: string): Transporter {
  // Rebuilt when the URL changes (tests point it at their own server).
  if (globalForMail.notulenMailer?.url !== url) {
    globalForMail.notulenMailer = { url, transporter: nodemailer.createTransport(url) };
  }
  return globalForMail.notulenMailer.transporter;
}

/** The configured sender (MAIL_FROM): the ORGANIZER of invitations, so replies reach its mailbox. */
export function sender(): TCalendarPerson {
  return parseMailbox(env().MAIL_FROM) ?? { name: "Notulen", email: "notulen@localhost" };
}

/**
 * Sends one message, or keeps it without SMTP_URL; throws when the SMTP server refuses it (or,
 * without SMTP, when it cannot be kept), so callers can report per recipient.
 */
export async function sendMail(mail: TMail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  const record: Omit<TOutboxRecord, "status"> = {
    programmeId: mail.programmeId,
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ics: mail.icalEvent?.content,
  };
  const about = { programmeId: mail.programmeId, to: mail.to, subject: mail.subject };
  if (!SMTP_URL) {
    const outboxMailId = await recordOutboxMail({ ...record, status: "KEPT" }).catch((err: unknown) => {
      logger.error({ ...about, ...errorKind(err) }, "a mail could not be kept in the outbox");
      throw new Error("the mail could not be kept in the outbox");
    });
    logger.info({ ...about, outboxMailId }, "mail kept in the outbox (no SMTP_URL)");
    return;
  }
  try {
    await transporter(SMTP_URL).sendMail({
      from: MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      icalEvent: mail.icalEvent
        ? {
            method: mail.icalEvent.method,
            content: mail.icalEvent.content,
            filename: mail.icalEvent.filename ?? "invite.ics",
          }
        : undefined,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordOutboxMail({ ...record, status: "FAILED", error: reason }).catch((err: unknown) =>
      logger.error({ ...about, ...errorKind(err) }, "a failed mail could not be kept in the outbox"),
    );
    throw error;
  }
  // Sent: failing to keep the copy must not make the caller send it again.
  await recordOutboxMail({ ...record, status: "SENT" }).then(
    (outboxMailId) => logger.info({ ...about, outboxMailId }, "mail sent"),
    (err: unknown) =>
      logger.error({ ...about, ...errorKind(err) }, "a sent mail could not be kept in the outbox"),
  );
}
