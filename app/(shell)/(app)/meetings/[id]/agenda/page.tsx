// The agenda builder of one meeting (secretariat of its programme only).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgendaBuilder } from "@/components/agenda/agenda-builder";
import { SubpageHeader } from "@/components/meeting/subpage-header";
import { loadManagedMeeting } from "@/lib/page/meeting-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting.agenda"))("title") };
}

export default async function AgendaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: meeting } = await loadManagedMeeting(id);
  const t = await getTranslations("meeting");
  return (
    <div className="space-y-4">
      <SubpageHeader
        back={{ href: `/meetings/${id}`, label: t("form.backToMeeting") }}
        title={t("agendaBuilder.title", { title: meeting.title })}
        className="mb-6"
      />
      <AgendaBuilder meetingId={id} items={meeting.agendaItems} />
    </div>
  );
}
