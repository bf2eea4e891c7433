// The directory's people: search as you type, export, and (for the secretariat) add, edit and
// CSV import.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { peopleExportHref } from "@/components/people/api";
import { PeopleSearch } from "@/components/people/people-search";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { canAnywhere } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PeoplePage() {
  const user = await requirePagePermission("directory:read");
  const t = await getTranslations("people");
  const canManage = canAnywhere(user.access, "directory:manage");
  return (
    <ClientMessages namespaces={["language", "people"]}>
      <>
        <PageHeader title={t("title")}>
          <div className="flex flex-wrap gap-2">
            <Link className={buttonVariants({ variant: "ghost" })} href="/directory">
              {t("organisationsLink")}
            </Link>
            <a className={buttonVariants({ variant: "secondary" })} href={peopleExportHref} download>
              {t("export")}
            </a>
            {canManage ? (
              <>
                <Link className={buttonVariants({ variant: "secondary" })} href="/directory/people/import">
                  {t("import")}
                </Link>
                <Link className={buttonVariants()} href="/directory/people/new">
                  {t("new")}
                </Link>
              </>
            ) : null}
          </div>
        </PageHeader>
        <PeopleSearch canManage={canManage} />
      </>
    </ClientMessages>
  );
}
