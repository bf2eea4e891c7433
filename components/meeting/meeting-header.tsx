// The head of the meeting page: the way back, which meeting it is, its status and when, and the
// actions — so the status and the next step are the first things read, on a phone too.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/meeting/status-badge";
import { BackLink } from "@/components/ui/back-link";
import type { TLocale } from "@/i18n/locales";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import { meetingName } from "@/lib/meeting/facts";
import type { TMeetingDetail } from "@/lib/meeting/schema";

type TProps = {
  meeting: TMeetingDetail;
  locale: TLocale;
  isJustSaved: boolean;
  actions: ReactNode;
};

export async function MeetingHeader({ meeting: m, locale, isJustSaved, actions }: TProps) {
  const t = await getTranslations("meeting");
  const ordinal = meetingName(m.kind, m.sequenceNumber, locale);
  return (
    <header className="space-y-4">
      <div className="space-y-2">
        <BackLink href="/meetings">{t("back")}</BackLink>
        <h1 className="text-2xl font-semibold text-balance text-slate-900">
          {ordinal} — {m.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          <MeetingStatusBadge status={m.status} />
          <span>{formatDate(m.startsAt, locale, m.timeZone)}</span>
          <span className="text-slate-600">{formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}</span>
        </p>
        <p className="text-sm text-slate-600">{m.programme.title}</p>
      </div>
      {isJustSaved ? (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
        >
          {t("saved", { ordinal })}
        </p>
      ) : null}
      {actions}
    </header>
  );
}
