// The directory's organisations, and the kinds of organisation, as the options of a select, each
// named as everywhere else: "Ministry of Health (Kemenkes)", "Government ministry".
import { useTranslations } from "next-intl";
import { orgLabel, type TOrgRef } from "@/lib/minutes/record-schema";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";

export function OrganisationOptions({ organisations }: { organisations: (TOrgRef & { id: string })[] }) {
  return organisations.map((o) => (
    <option key={o.id} value={o.id}>
      {orgLabel(o)}
    </option>
  ));
}

export function OrganisationKindOptions() {
  const t = useTranslations("organisation.kind");
  return ORGANISATION_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {t(kind)}
    </option>
  ));
}
