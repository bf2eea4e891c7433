// Outgoing e-mail. With SMTP_URL set, mail goes through nodemailer's SMTP transport; without it
// (embedded/demo mode) each message is logged and kept in a ring of the last 50, the outbox.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { parseMailbox, type TCalendarPerson } from "@/lib/calendar/organizer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export type TMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invitation, sent as the text/calendar alternative part with its METHOD. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; content: string; filename?: string };
};

export type TOutboxEntry = TMail & { from: string; at: Date };

const OUTBOX_SIZE = 50;

const globalForMail = globalThis as unknown as {
  notulenMailer?: { url: string; transporter: Transporter };
  notulenOutbox?: TOutboxEntry[];
};

function outbox(): TOutboxEntry[] {
  return (globalForMail.notulenOutbox ??= []);
}

/** The last messages kept without an SMTP server, newest last. */
export function outboxMessages(): readonly TOutboxEntry[] {
  return [...outbox()];
}

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

/** Sends one message; throws when the SMTP server refuses it, so callers can report per recipient. */
export async function sendMail(mail: TMail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    const box = outbox();
    box.push({ ...mail, from: MAIL_FROM, at: new Date() });
    if (box.length > OUTBOX_SIZE) box.splice(0, box.length - OUTBOX_SIZE);
    logger.info(
      { to: mail.to, subject: mail.subject, text: mail.text },
      "mail kept in the outbox (no SMTP_URL)",
    );
    return;
  }
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
}
