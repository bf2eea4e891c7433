// Import a meeting from a meeting bundle (.json): for those who may manage meetings (into an
// existing programme) or create programmes. The service checks the programme itself.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BundleImportForm } from "@/components/bundle/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bundle.import"))("title") };
}

export default async function ImportMeetingPage() {
  await requirePagePermission(["meeting:manage", "programme:manage"]);
  const t = await getTranslations("bundle.import");
  return (
    <ClientMessages namespaces={["bundle"]}>
      <>
        <PageHeader title={t("title")} />
        <BundleImportForm />
      </>
    </ClientMessages>
  );
}
