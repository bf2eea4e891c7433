// Seed SQL, part 3: one meeting of the exact size the minutes benchmark names — 60 participants
// present, 40 remarks, 8 decisions, 12 action items — so summary, PDF and DOCX timings always
// measure the same work whatever the dataset scale.
import type { TDatasetSizes } from "./config";
import { SEED_NOW } from "./seed-sql-directory";

export const SHOWCASE_MEETING_ID = "bench-minutes-60-40";
const PRESENT = 60;
const REMARKS = 40;
const DECISIONS = 8;
const ACTIONS = 12;

export function showcaseSql(s: TDatasetSizes): string[] {
  if (s.people < PRESENT || s.programmes < 1 || s.organisations < 1) return [];
  const id = `'${SHOWCASE_MEETING_ID}'`;
  // Person k: every 37th person (37 is prime, so the 60 picks are distinct whenever people ≥ 60).
  const person = (k: string) => `pg_temp.bid('per', (${k} * 37) % ${s.people})`;
  return [
    `INSERT INTO "Meeting" (id, "programmeId", kind, "sequenceNumber", title, purpose, "purposeTranslation",
       "startsAt", "endsAt",
       "timeZone", "venueBuilding", "venueRoom", "venueAddress", status, "createdAt", "updatedAt")
     VALUES (${id}, pg_temp.bid('prg', 0), 'AD_HOC', 999, 'Minutes benchmark meeting',
       'review the annual progress report and agree the work plan',
       'meninjau laporan kemajuan tahunan dan menyepakati rencana kerja',
       timestamp '${SEED_NOW}' - interval '10 days', timestamp '${SEED_NOW}' - interval '10 days' + interval '3 hours',
       'Asia/Jakarta', 'Bappenas Building', 'Room Saleh Afiff', 'Jl. Taman Suropati No. 2, Jakarta',
       'MINUTES_DRAFT', now(), now())`,
    `INSERT INTO "CoChair" (id, "meetingId", "personId", capacity, "capacityTranslation", "order")
     SELECT 'bench-cch-' || c, ${id}, ${person("c")},
            CASE c WHEN 0 THEN 'representative of the Government' ELSE 'UN Resident Coordinator a.i.' END,
            CASE c WHEN 0 THEN 'wakil Pemerintah' ELSE 'Koordinator Residen PBB a.i.' END, c
     FROM generate_series(0, 1) AS c`,
    `INSERT INTO "AgendaItem" (id, "meetingId", "order", kind, title)
     SELECT 'bench-agi-' || a, ${id}, a + 1, 'REGULAR', 'Agenda item ' || (a + 1) || ': progress of workstream ' || (a + 1)
     FROM generate_series(0, 5) AS a`,
    `INSERT INTO "Invitation" (id, "meetingId", "personId", "invitedAt", rsvp, attendance, "signedInAt",
       "createdAt", "updatedAt")
     SELECT 'bench-inv-' || k, ${id}, ${person("k")}, now() - interval '30 days', 'ACCEPTED', 'PRESENT',
            timestamp '${SEED_NOW}' - interval '10 days', now(), now()
     FROM generate_series(0, ${PRESENT - 1}) AS k`,
    `INSERT INTO "Remark" (id, "meetingId", "agendaItemId", "speakerPersonId", kind, summary, "summaryTranslation",
       quote, "quoteTranslation", "order",
       "createdAt", "updatedAt")
     SELECT 'bench-rem-' || r, ${id}, 'bench-agi-' || (r * 6 / ${REMARKS}), ${person(`(r % ${PRESENT})`)},
            (CASE WHEN r = 0 THEN 'OPENING' WHEN r = ${REMARKS - 1} THEN 'CLOSING' WHEN r % 3 = 2 THEN 'RESPONSE'
                  ELSE 'STATEMENT' END)::"RemarkKind",
            'Reported on progress under workstream ' || (r * 6 / ${REMARKS} + 1) ||
            ', noting achievements in the last quarter and the need for sex-disaggregated data in the next report.',
            'Melaporkan kemajuan pada alur kerja ' || (r * 6 / ${REMARKS} + 1) ||
            ', mencatat capaian triwulan terakhir dan perlunya data terpilah menurut jenis kelamin dalam laporan berikutnya.',
            CASE WHEN r % 2 = 0 THEN 'We must keep the momentum of this quarter into the next one.' END,
            CASE WHEN r % 2 = 0 THEN 'Kita harus menjaga momentum triwulan ini hingga triwulan berikutnya.' END,
            r + 1, now(), now()
     FROM generate_series(0, ${REMARKS - 1}) AS r`,
    `INSERT INTO "Decision" (id, "meetingId", "agendaItemId", number, text, "textTranslation", "createdAt", "updatedAt")
     SELECT 'bench-dec-' || d, ${id}, 'bench-agi-' || (d % 6), d + 1,
            'The Committee endorsed the revised work plan for workstream ' || (d + 1) || '.',
            'Komite mengesahkan rencana kerja alur kerja ' || (d + 1) || ' yang telah direvisi.', now(), now()
     FROM generate_series(0, ${DECISIONS - 1}) AS d`,
    `INSERT INTO "ActionItem" (id, "programmeId", "meetingId", "decisionId", title, "titleTranslation", "ownerOrganisationId",
       "ownerPersonId", "dueDate", status, "createdAt", "updatedAt")
     SELECT 'bench-act-' || a, pg_temp.bid('prg', 0), ${id}, 'bench-dec-' || (a % ${DECISIONS}),
            'Share the revised budget table for workstream ' || (a % 6 + 1),
            'Membagikan tabel anggaran revisi untuk alur kerja ' || (a % 6 + 1), pg_temp.bid('org', a % ${s.organisations}),
            ${person("a")}, date '${SEED_NOW}' + 30 + a, 'OPEN', now() + a * interval '1 second', now()
     FROM generate_series(0, ${ACTIONS - 1}) AS a`,
  ];
}
