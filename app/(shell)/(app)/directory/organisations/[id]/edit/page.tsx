// Edit an organisation, or merge it (a duplicate) into the one to keep (directory:manage).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MergeOrganisation } from "@/components/organisation/merge-organisation";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { isSelfOrDescendant } from "@/lib/organisation/hierarchy";
import { getOrganisation, organisationOptions } from "@/lib/organisation/service";
import { orNotFound } from "@/lib/page/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("editTitle") };
}

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("directory:manage");
  const [t, organisation, all] = await Promise.all([
    getTranslations("organisation"),
    orNotFound(getOrganisation(user.access, id)),
    organisationOptions(user.access),
  ]);
  const { _count: counts, ...current } = organisation;
  const parentOf = new Map(all.map((o) => [o.id, o.parentId]));
  // The server refuses these too; leaving them out of the list saves a round trip.
  const candidates = all.filter((o) => !isSelfOrDescendant(o.id, id, parentOf));
  return (
    <ClientMessages namespaces={["errors", "organisation"]}>
      <>
        <PageHeader title={t("edit", { name: current.name })} />
        {/* Keyed by version: reloading after someone else's change shows their version. */}
        <OrganisationForm key={`form-${current.version}`} organisation={current} parents={candidates} />
        <MergeOrganisation
          key={`merge-${current.version}`}
          duplicate={current}
          counts={counts}
          candidates={candidates}
        />
      </>
    </ClientMessages>
  );
}
