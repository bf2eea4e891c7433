// Edit one person of the directory: name, position, organisation, contact, sex and the language
// their invitations are written in (directory:manage).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { organisationOptions } from "@/lib/organisation/service";
import { orNotFound } from "@/lib/page/or-not-found";
import { getPerson } from "@/lib/person/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("editTitle") };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("directory:manage");
  const [t, person, organisations] = await Promise.all([
    getTranslations("people"),
    orNotFound(getPerson(user.access, id)),
    organisationOptions(user.access),
  ]);
  return (
    <ClientMessages namespaces={["bilingual", "errors", "language", "organisation", "people"]}>
      <>
        <PageHeader title={t("edit", { name: person.name })} />
        <PersonForm key={person.version} person={person} organisations={organisations} />
      </>
    </ClientMessages>
  );
}
