// Edit a programme: programme:manage in this programme (a global or programme administrator).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { organisationOptions } from "@/lib/organisation/service";
import { getProgramme } from "@/lib/programme/service";
import { orNotFound } from "@/lib/page/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programme"))("editTitle") };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  if (!can(user.access, "programme:manage", id)) notFound();
  const [t, programme, organisations] = await Promise.all([
    getTranslations("programme"),
    orNotFound(getProgramme(user.access, id)),
    organisationOptions(user.access),
  ]);
  return (
    <ClientMessages
      namespaces={[
        "bilingual",
        "errors",
        "language",
        "minutesAdoption",
        "minutesReview",
        "organisation",
        "programme",
      ]}
    >
      <>
        <PageHeader title={t("edit", { title: programme.title })} />
        {/* Keyed by version: reloading after someone else's change shows their version. */}
        <ProgrammeForm
          key={programme.version}
          programme={programme}
          organisations={organisations}
          unEntities={organisations.filter((o) => o.kind === "UN_ENTITY")}
        />
      </>
    </ClientMessages>
  );
}
