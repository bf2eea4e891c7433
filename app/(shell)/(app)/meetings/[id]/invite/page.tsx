// The secretariat's invite panel for one meeting: organisations by kind and people by name.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { InvitePanel } from "@/components/invitation/invite-panel";
import { requirePagePermission } from "@/lib/auth/session";
import { organisationOptions } from "@/lib/organisation/service";
import { getRegisterMeeting } from "@/lib/register/service/register";
import { orNotFound } from "@/lib/page/or-not-found";

type TParams = { params: Promise<{ id: string }> };

/** The meeting if the user may manage it (getRegisterMeeting checks meeting:manage), else the 404 page. */
const loadMeeting = cache(async (id: string) => {
  const user = await requirePagePermission("meeting:manage");
  return { user, meeting: await orNotFound(getRegisterMeeting(user.access, id)) };
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { meeting } = await loadMeeting((await params).id);
  return { title: meeting.title };
}

export default async function InvitePage({ params }: TParams) {
  const { user, meeting } = await loadMeeting((await params).id);
  const [t, organisations] = await Promise.all([
    getTranslations("invitation.invite"),
    organisationOptions(user.access),
  ]);
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <Link
          href={`/meetings/${meeting.id}`}
          className="text-sm text-blue-800 underline-offset-4 hover:underline"
        >
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">{meeting.title}</p>
        <Link href="/outbox" className="text-sm text-blue-800 underline-offset-4 hover:underline">
          {(await getTranslations("invitation.outbox"))("link")}
        </Link>
      </header>
      <InvitePanel
        meetingId={meeting.id}
        organisations={organisations.map((o) => ({
          id: o.id,
          name: o.name,
          acronym: o.acronym,
          kind: o.kind,
        }))}
      />
    </section>
  );
}
