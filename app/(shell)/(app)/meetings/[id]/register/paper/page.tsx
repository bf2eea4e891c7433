// Later entry from the signed paper sheet: the same numbered rows as the printed PDF, ticked and saved at once.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { PaperEntryForm } from "@/components/register/paper-entry-form";
import { requirePagePermission } from "@/lib/auth/session";
import { getSheetMeeting, sheetRows } from "@/lib/register/service/sign-in-sheet";
import { orNotFound } from "@/lib/page/or-not-found";

type TParams = { params: Promise<{ id: string }> };

/** The meeting if the user may run its register, else the 404 page (missing and not-yours alike). */
const loadMeeting = cache(async (id: string) => {
  const user = await requirePagePermission("meeting:manage");
  return orNotFound(getSheetMeeting(user.access, id));
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  return { title: (await loadMeeting((await params).id)).title };
}

export default async function PaperEntryPage({ params }: TParams) {
  const meeting = await loadMeeting((await params).id);
  const [t, rows] = await Promise.all([getTranslations("register"), sheetRows(meeting.id)]);
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <Link
          href={`/meetings/${meeting.id}/register`}
          className="text-sm text-blue-800 underline-offset-4 hover:underline"
        >
          ← {t("title")}
        </Link>
        <h1 className="text-2xl font-semibold text-slate-900">{t("paperEntry.title")}</h1>
        <p className="text-sm text-slate-600">{meeting.title}</p>
      </header>
      <PaperEntryForm
        meetingId={meeting.id}
        rows={rows.map((r) => ({
          id: r.id,
          number: r.number,
          name: r.name,
          position: r.position,
          organisation: r.organisation?.name ?? null,
          isPresent: r.attendance === "PRESENT",
        }))}
      />
    </section>
  );
}
