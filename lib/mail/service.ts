// The outbox: every e-mail Notulen writes is kept in PostgreSQL with the programme it is about —
// sent (SMTP), kept (no SMTP_URL: the demo reads it here) or failed — so it survives restarts and
// is read only by those who manage that programme's meetings.
import "server-only";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { paged, type TPaged } from "@/lib/pagination/schema";

export type TOutboxRecord = {
  programmeId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The attached calendar entry (ICS). */
  ics?: string;
  status: OutboxStatus;
  error?: string;
};

/** Keeps one e-mail in the outbox; its id, for the log. */
export async function recordOutboxMail(mail: TOutboxRecord): Promise<string> {
  const row = await db().outboxMail.create({ data: mail, select: { id: true } });
  return row.id;
}

export type TOutboxMail = {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  error: string | null;
  hasCalendar: boolean;
  createdAt: Date;
};

export const OUTBOX_PAGE_SIZE = 20;

/** A page of the outbox, newest first: mail of the programmes where the user holds meeting:manage. */
export async function outboxPage(access: TAccess, page: number): Promise<TPaged<TOutboxMail>> {
  const programmes = programmesWith(access, "meeting:manage");
  const where = programmes === "all" ? {} : { programmeId: { in: programmes } };
  const [rows, total] = await Promise.all([
    db().outboxMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        from: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        error: true,
        ics: true,
        createdAt: true,
      },
    }),
    db().outboxMail.count({ where }),
  ]);
  const data = rows.map(({ ics, ...mail }) => ({ ...mail, hasCalendar: ics !== null }));
  return paged(data, page, OUTBOX_PAGE_SIZE, total);
}
