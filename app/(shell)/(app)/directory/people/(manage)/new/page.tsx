// Add one person to the directory (directory:manage).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { organisationOptions } from "@/lib/organisation/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("new") };
}

export default async function NewPersonPage() {
  const user = await requirePagePermission("directory:manage");
  const [t, organisations] = await Promise.all([getTranslations("people"), organisationOptions(user.access)]);
  return (
    <ClientMessages namespaces={["bilingual", "errors", "language", "organisation", "people"]}>
      <>
        <PageHeader title={t("new")} />
        <PersonForm organisations={organisations} />
      </>
    </ClientMessages>
  );
}
