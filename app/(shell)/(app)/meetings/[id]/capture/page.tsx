// The capture screen of one meeting: the secretariat records remarks, decisions and action items
// while the meeting runs. The first state is loaded here; the client screen then polls it.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CaptureScreen } from "@/components/capture/capture-screen";
import { toLocale } from "@/i18n/locales";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/date";
import { getCaptureState } from "@/lib/record/service/capture";
import { orNotFound } from "@/lib/page/or-not-found";

type TParams = { params: Promise<{ id: string }> };

/** The capture state if the user may record this meeting, else the 404 page (missing and not-yours alike). */
const loadCapture = cache(async (id: string) => {
  const user = await requirePagePermission("record:manage");
  const locale = toLocale(await getLocale());
  return { locale, state: await orNotFound(getCaptureState(user.access, id, locale)) };
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ state }, t] = await Promise.all([loadCapture((await params).id), getTranslations("capture")]);
  return { title: `${t("title")} — ${state.meeting.title}` };
}

export default async function CapturePage({ params }: TParams) {
  const { locale, state } = await loadCapture((await params).id);
  const t = await getTranslations("capture");
  const { meeting } = state;
  return (
    <section className="space-y-4">
      <header className="space-y-1">
        <Link
          href={`/meetings/${meeting.id}`}
          className="text-sm text-blue-800 underline-offset-4 hover:underline"
        >
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {meeting.label} — {meeting.title} · {formatDate(meeting.startsAt, locale, meeting.timeZone)}
        </p>
      </header>
      {/* Keyed by meeting: each meeting's screen has its own save queue. */}
      <CaptureScreen key={meeting.id} meetingId={meeting.id} initialData={state} />
    </section>
  );
}
