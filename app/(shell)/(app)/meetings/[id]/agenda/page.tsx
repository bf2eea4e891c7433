// The agenda builder of one meeting (secretariat of its programme only), with each item's version
// so an edit or removal made against an older one is refused instead of overwriting.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgendaBuilder } from "@/components/agenda/agenda-builder";
import { SubpageHeader } from "@/components/meeting/subpage-header";
import { listAgenda } from "@/lib/agenda/service";
import { loadManagedMeeting } from "@/lib/page/meeting-page";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting.agenda"))("title") };
}

export default async function AgendaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, data: meeting } = await loadManagedMeeting(id);
  const [t, items] = await Promise.all([getTranslations("meeting"), listAgenda(user.access, id)]);
  return (
    <ClientMessages namespaces={["errors", "meeting"]}>
      <div className="space-y-4">
        <SubpageHeader
          back={{ href: `/meetings/${id}`, label: t("form.backToMeeting") }}
          title={t("agendaBuilder.title", { title: meeting.title })}
          className="mb-6"
        />
        <AgendaBuilder meetingId={id} items={items} />
      </div>
    </ClientMessages>
  );
}
