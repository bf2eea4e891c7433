// Turns parsed CSV rows into an import plan: which organisation each row means, and whether it
// creates a new person or updates the one with the same e-mail. Pure, so it is unit-tested;
// the service feeds it what it read from the database.
import type { TLocale } from "@/i18n/locales";
import type { TMessageRef } from "@/lib/errors";
import type { TCsvPerson } from "./csv";
import type { TImportPreviewRow, TImportRowIssue, TSex } from "./schema";

export type TDirectoryOrganisation = { id: string; name: string; acronym: string | null };

/** The fields an import reads and writes. */
type TImportedFields = {
  name: string;
  position: string | null;
  organisationId: string | null;
  email: string | null;
  sex: TSex | null;
  language: TLocale;
};

export type TExistingPerson = TImportedFields & { id: string };

export type TPlannedPerson = { row: number; personId: string | null; data: TImportedFields };

export type TImportPlan = {
  preview: TImportPreviewRow[];
  writes: TPlannedPerson[];
  errors: TImportRowIssue[];
};

type TResolved = { organisation: TDirectoryOrganisation | null } | { error: TMessageRef };

/** By name first (names are unique), then by acronym; an acronym two organisations share is ambiguous. */
export function resolveOrganisation(
  label: string | null,
  organisations: TDirectoryOrganisation[],
): TResolved {
  if (!label) return { organisation: null };
  const key = label.trim().toLowerCase();
  const byName = organisations.find((o) => o.name.toLowerCase() === key);
  if (byName) return { organisation: byName };
  const byAcronym = organisations.filter((o) => o.acronym?.toLowerCase() === key);
  if (byAcronym.length === 1) return { organisation: byAcronym[0] };
  if (byAcronym.length > 1)
    return { error: { key: "people.errors.import.organisationAmbiguous", params: { label } } };
  return { error: { key: "people.errors.import.organisationUnknown", params: { label } } };
}

/**
 * The person a row means: the one with its e-mail; without an e-mail, the one person without an
 * e-mail who has the same name (and organisation, when the row names one), so that re-importing
 * an export does not duplicate them.
 */
export function matchExisting(
  person: TCsvPerson,
  organisationId: string | null,
  existing: { byEmail: ReadonlyMap<string, TExistingPerson>; withoutEmail: readonly TExistingPerson[] },
): TExistingPerson | null | "ambiguous" {
  if (person.email) return existing.byEmail.get(person.email.toLowerCase()) ?? null;
  const name = person.name.toLowerCase();
  const candidates = existing.withoutEmail.filter(
    (p) => p.name.toLowerCase() === name && (organisationId === null || p.organisationId === organisationId),
  );
  if (candidates.length > 1) return "ambiguous";
  return candidates[0] ?? null;
}

/**
 * Blank cells leave an existing person's value as it is: a sheet with fewer columns filled in
 * never erases what the directory already knows.
 */
export function planImport(
  people: TCsvPerson[],
  organisations: TDirectoryOrganisation[],
  existing: { byEmail: ReadonlyMap<string, TExistingPerson>; withoutEmail: readonly TExistingPerson[] },
): TImportPlan {
  const plan: TImportPlan = { preview: [], writes: [], errors: [] };
  for (const person of people) {
    const resolved = resolveOrganisation(person.organisation, organisations);
    if ("error" in resolved) {
      plan.errors.push({ row: person.row, field: "organisation", ...resolved.error });
      continue;
    }
    const match = matchExisting(person, resolved.organisation?.id ?? null, existing);
    if (match === "ambiguous") {
      plan.errors.push({
        row: person.row,
        field: "email",
        key: "people.errors.import.nameAmbiguous",
        params: { name: person.name },
      });
      continue;
    }
    const data = match
      ? {
          name: person.name,
          position: person.position ?? match.position,
          organisationId: resolved.organisation?.id ?? match.organisationId,
          email: match.email,
          sex: person.sex ?? match.sex,
          language: person.language ?? match.language,
        }
      : {
          name: person.name,
          position: person.position,
          organisationId: resolved.organisation?.id ?? null,
          email: person.email,
          sex: person.sex,
          language: person.language ?? "en",
        };
    const changedFields = match
      ? (["name", "position", "organisationId", "sex", "language"] as const)
          .filter((field) => data[field] !== match[field])
          .map((field) => (field === "organisationId" ? "organisation" : field))
      : [];
    const organisationName =
      resolved.organisation?.name ?? organisations.find((o) => o.id === data.organisationId)?.name ?? null;
    plan.preview.push({
      row: person.row,
      action: match ? "update" : "create",
      name: data.name,
      position: data.position,
      organisation: organisationName,
      email: data.email,
      sex: data.sex,
      language: data.language,
      changedFields,
    });
    if (!match || changedFields.length > 0) {
      plan.writes.push({ row: person.row, personId: match?.id ?? null, data });
    }
  }
  return plan;
}
