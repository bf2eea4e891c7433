// Add an organisation to the directory (directory:manage).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { organisationOptions } from "@/lib/organisation/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("new") };
}

export default async function NewOrganisationPage() {
  const user = await requirePagePermission("directory:manage");
  const [t, parents] = await Promise.all([getTranslations("organisation"), organisationOptions(user.access)]);
  return (
    <ClientMessages namespaces={["errors", "organisation"]}>
      <>
        <PageHeader title={t("new")} />
        <OrganisationForm parents={parents} />
      </>
    </ClientMessages>
  );
}
