// The directory's people: search as you type, export, and (for the secretariat) CSV import.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PeopleSearch } from "@/components/people/people-search";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { canAnywhere } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const user = await requirePagePermission("directory:read");
  const t = await getTranslations("people");
  return (
    <>
      <PageHeader title={t("title")}>
        <div className="flex flex-wrap gap-2">
          <Link className={buttonVariants({ variant: "ghost" })} href="/directory">
            {t("organisationsLink")}
          </Link>
          <a
            className={buttonVariants({ variant: "secondary" })}
            href="/api/directory/people/export"
            download
          >
            {t("export")}
          </a>
          {canAnywhere(user.access, "directory:manage") ? (
            <Link className={buttonVariants()} href="/directory/people/import">
              {t("import")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      <PeopleSearch />
    </>
  );
}
