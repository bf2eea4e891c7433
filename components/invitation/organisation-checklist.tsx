// The directory's organisations as checkboxes, one fieldset per kind (ministries first), so the
// secretariat can invite whole ministries; members of directorates beneath them are included.
"use client";
import { useTranslations } from "next-intl";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";

export type TOrganisationChoice = { id: string; name: string; acronym: string | null; kind: string };

export function OrganisationChecklist({
  organisations,
  selected,
  onToggle,
}: {
  organisations: TOrganisationChoice[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const tKind = useTranslations("organisation.kind");
  const groups = ORGANISATION_KINDS.map((kind) => ({
    kind,
    items: organisations.filter((o) => o.kind === kind),
  })).filter((g) => g.items.length > 0);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {groups.map((g) => (
        <fieldset key={g.kind} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{tKind(g.kind)}</legend>
          <ul className="space-y-1">
            {g.items.map((o) => (
              <li key={o.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={selected.has(o.id)}
                    onChange={() => onToggle(o.id)}
                  />
                  <span>
                    {o.name}
                    {o.acronym ? <span className="text-slate-600"> ({o.acronym})</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
