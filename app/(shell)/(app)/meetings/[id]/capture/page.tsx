// The capture screen of one meeting: the secretariat records remarks, decisions and action items
// while the meeting runs. The first state is loaded here; the client screen then polls it.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CaptureScreen } from "@/components/capture/capture-screen";
import { MeetingSubpage } from "@/components/meeting/subpage-header";
import { toLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/date";
import { meetingPageLoader } from "@/lib/page/meeting-page";
import { getCaptureState } from "@/lib/record/service/capture";
import { ClientMessages } from "@/components/i18n/client-messages";

type TParams = { params: Promise<{ id: string }> };

/** The capture state if the user may record this meeting. */
const loadCapture = meetingPageLoader("record:manage", async (access, id) =>
  getCaptureState(access, id, toLocale(await getLocale())),
);

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ data: state }, t] = await Promise.all([
    loadCapture((await params).id),
    getTranslations("capture"),
  ]);
  return { title: `${t("title")} — ${state.meeting.title}` };
}

export default async function CapturePage({ params }: TParams) {
  const { data: state } = await loadCapture((await params).id);
  const [t, locale] = await Promise.all([getTranslations("capture"), getLocale().then(toLocale)]);
  const { meeting } = state;
  return (
    <ClientMessages
      namespaces={["actionItemPage", "bilingual", "capture", "carryOver", "errors", "language", "meetings"]}
    >
      <MeetingSubpage
        meeting={meeting}
        back={t("back")}
        title={t("title")}
        subtitle={`${meeting.label} — ${meeting.title} · ${formatDate(meeting.startsAt, locale, meeting.timeZone)}`}
        className="space-y-4"
      >
        {/* Keyed by meeting: each meeting's screen has its own save queue. */}
        <CaptureScreen key={meeting.id} meetingId={meeting.id} initialData={state} />
      </MeetingSubpage>
    </ClientMessages>
  );
}
