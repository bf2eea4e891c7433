// Seed SQL, part 1: organisations, people and programmes (with participants and outputs), as
// set-based INSERT … SELECT generate_series statements, so tens of thousands of rows take seconds.
// Ids are readable and derived from a row number (pg_temp.bid), which makes the data
// deterministic and lets later statements reference rows without looking them up.
import type { TDatasetSizes } from "./config";

export const OUTPUTS_PER_PROGRAMME = 4;
export const PARTICIPANTS_PER_PROGRAMME = 5;
/** Fixed clock of the generated data, so every run writes identical rows. */
export const SEED_NOW = "2026-11-25 02:00:00";

/** An integer for inlining into SQL (sizes come from our own config, never from a request). */
export function int(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
}

/** Session-local helpers used by every seed statement (run first, on the same connection). */
export const HELPERS_SQL = `
CREATE FUNCTION pg_temp.bid(prefix text, i bigint) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || '_' || lpad(i::text, 7, '0') $$;
-- The k-th invitee of the m-th meeting: consecutive people from a per-meeting offset, so the
-- (meeting, person) pairs are unique for k < people.
CREATE FUNCTION pg_temp.invitee(m bigint, k bigint, people bigint) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT pg_temp.bid('per', (m * 7919 + k) % people) $$;
`;

export function directorySql(s: TDatasetSizes): string[] {
  const O = int(s.organisations);
  const N = int(s.people);
  const P = int(s.programmes);
  // A multiple of 6 ≤ organisations: index ≡ 2 (mod 6) within it is always a UN entity.
  const O6 = int(s.organisations - (s.organisations % 6));
  return [
    `INSERT INTO "Organisation" (id, name, acronym, kind, "parentId", "createdAt", "updatedAt")
     SELECT pg_temp.bid('org', i),
            (ARRAY['Ministry of Sector ', 'Directorate-General ', 'UN Agency ', 'Civil Society Forum ',
                   'Development Partner ', 'Institute '])[i % 6 + 1] || (i + 1),
            (ARRAY['MIN', 'DG', 'UN', 'CSO', 'DP', 'INST'])[i % 6 + 1] || (i + 1),
            (ARRAY['GOVERNMENT_MINISTRY', 'GOVERNMENT_AGENCY', 'UN_ENTITY', 'CIVIL_SOCIETY', 'DONOR',
                   'OTHER'])[i % 6 + 1]::"OrganisationKind",
            CASE WHEN i % 6 = 1 THEN pg_temp.bid('org', i - 1) END,
            timestamp '${SEED_NOW}' - interval '900 days', timestamp '${SEED_NOW}' - interval '900 days'
     FROM generate_series(0, ${O} - 1) AS i`,

    `INSERT INTO "Person" (id, name, position, "positionTranslation", "organisationId", email, sex, phone,
       "createdAt", "updatedAt")
     SELECT pg_temp.bid('per', i),
            (ARRAY['Ayu', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko',
                   'Kartika', 'Lestari', 'Maria', 'Nugroho', 'Omar'])[i % 15 + 1] || ' ' ||
            (ARRAY['Santoso', 'Wijaya', 'Pratama', 'Hidayat', 'Siregar', 'Nasution', 'Kusuma',
                   'Saputra', 'Lubis', 'Rahman', 'Halim'])[i / 15 % 11 + 1] || ' ' || (i + 1),
            (ARRAY['Director', 'Deputy Director', 'Programme Officer', 'Head of Unit', 'Adviser'])[i % 5 + 1],
            (ARRAY['Direktur', 'Wakil Direktur', 'Pejabat Program', 'Kepala Unit', 'Penasihat'])[i % 5 + 1],
            pg_temp.bid('org', i % ${O}),
            'person' || (i + 1) || '@bench.example',
            (ARRAY['FEMALE', 'MALE', 'FEMALE', NULL])[i % 4 + 1]::"Sex",
            '+62 21 ' || lpad((i * 7919 % 10000000)::text, 7, '0'),
            timestamp '${SEED_NOW}' - interval '800 days', timestamp '${SEED_NOW}' - interval '800 days'
     FROM generate_series(0, ${N} - 1) AS i`,

    `INSERT INTO "Programme" (id, title, "shortTitle", country, fund, "conveningAgencyId", "startDate",
       "durationMonths", "sdgGoals", "nationalFramework", "nationalFrameworkTranslation", description,
       "descriptionTranslation", "createdAt", "updatedAt")
     SELECT pg_temp.bid('prg', p),
            'Joint Programme ' || (p + 1) || ': ' ||
            (ARRAY['Social Protection', 'Climate Resilience', 'Food Systems', 'Health Financing',
                   'Gender Equality', 'Decent Work', 'Water and Sanitation', 'Digital Inclusion'])[p % 8 + 1],
            'JP' || (p + 1), 'Indonesia', 'Joint SDG Fund',
            pg_temp.bid('org', (p * 6 + 2) % ${O6}),
            date '2022-01-01' + p * 30, 36 + (p % 3) * 12,
            ARRAY[1 + p % 17, 5, 17], 'RPJMN 2025-2029', 'RPJMN 2025-2029',
            'Integrated support to national priorities, programme ' || (p + 1) || '.',
            'Dukungan terpadu bagi prioritas nasional, program ' || (p + 1) || '.',
            timestamp '${SEED_NOW}' - interval '1000 days', timestamp '${SEED_NOW}' - interval '1000 days'
     FROM generate_series(0, ${P} - 1) AS p`,

    `INSERT INTO "ProgrammeParticipant" ("programmeId", "organisationId")
     SELECT pg_temp.bid('prg', p), pg_temp.bid('org', (p * ${PARTICIPANTS_PER_PROGRAMME} + k) % ${O})
     FROM generate_series(0, ${P} - 1) AS p,
          generate_series(0, ${int(Math.min(PARTICIPANTS_PER_PROGRAMME, s.organisations))} - 1) AS k`,

    `INSERT INTO "ProgrammeOutput" (id, "programmeId", kind, code, title)
     SELECT pg_temp.bid('out', p * ${OUTPUTS_PER_PROGRAMME} + k), pg_temp.bid('prg', p),
            (CASE WHEN k = 0 THEN 'OUTCOME' ELSE 'OUTPUT' END)::"ProgrammeResultKind",
            CASE WHEN k = 0 THEN 'Outcome 1' ELSE 'Output 1.' || k END,
            CASE WHEN k = 0 THEN 'Policies and systems strengthened'
                 ELSE 'Capacity of national institutions improved, area ' || k END
     FROM generate_series(0, ${P} - 1) AS p, generate_series(0, ${OUTPUTS_PER_PROGRAMME} - 1) AS k`,
  ];
}
