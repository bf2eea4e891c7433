// CSV import of people: only for those who may manage the directory.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeopleImport } from "@/components/people/people-import";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("importPage.title") };
}

export default async function ImportPeoplePage() {
  await requirePagePermission("directory:manage");
  const t = await getTranslations("people");
  return (
    <ClientMessages namespaces={["language", "people"]}>
      <>
        <PageHeader title={t("importPage.title")} />
        <PeopleImport />
      </>
    </ClientMessages>
  );
}
