// Create a programme: only a global administrator may (see canCreateProgramme).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { organisationOptions } from "@/lib/organisation/service";
import { canCreateProgramme } from "@/lib/programme/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programme"))("new") };
}

export default async function NewProgrammePage() {
  const user = await requireUser();
  if (!canCreateProgramme(user.access)) notFound();
  const [t, organisations] = await Promise.all([
    getTranslations("programme"),
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
        <PageHeader title={t("new")} />
        <ProgrammeForm
          organisations={organisations}
          unEntities={organisations.filter((o) => o.kind === "UN_ENTITY")}
        />
      </>
    </ClientMessages>
  );
}
