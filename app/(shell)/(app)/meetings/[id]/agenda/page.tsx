// The agenda builder of one meeting (secretariat of its programme only).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaBuilder } from "@/components/agenda/agenda-builder";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { orNotFound } from "@/lib/page/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting.agenda"))("title") };
}

export default async function AgendaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("meeting:manage");
  const meeting = await orNotFound(getMeetingDetail(user.access, id));
  if (!can(user.access, "meeting:manage", meeting.programme.id)) notFound();
  const t = await getTranslations("meeting");
  return (
    <div className="space-y-4">
      <Link href={`/meetings/${id}`} className="text-sm text-blue-800 underline-offset-4 hover:underline">
        ← {t("form.backToMeeting")}
      </Link>
      <PageHeader title={t("agendaBuilder.title", { title: meeting.title })} />
      <AgendaBuilder meetingId={id} items={meeting.agendaItems} />
    </div>
  );
}
