// Seed SQL, part 2: meetings and their record (co-chairs, agenda, invitations with attendance,
// remarks, decisions, action items, minutes), set-based like part 1. Meeting i belongs to
// programme i % programmes; the last three of each programme lie after SEED_NOW (draft or
// scheduled, invitations without attendance), a few earlier ones are cancelled, and every other
// one is held: attendance, remarks, decisions and action items go to held meetings only.
import type { TDatasetSizes } from "./config";
import { int, OUTPUTS_PER_PROGRAMME, SEED_NOW } from "./seed-sql-directory";

export const AGENDA_ITEMS_PER_MEETING = 6;
export const DECISIONS_PER_HELD_MEETING = 4;
export const INVITEES_PER_UPCOMING_MEETING = 40;

/** Meetings (and the temp tables bench_meeting / bench_held the later statements read). */
export function meetingSql(s: TDatasetSizes): string[] {
  const P = int(s.programmes);
  const M = int(s.meetings);
  return [
    // j = n-th meeting of its programme, d = position relative to SEED_NOW (0 = next one).
    `CREATE TEMP TABLE bench_meeting AS
     SELECT i, p, j, d, kind,
            timestamp '${SEED_NOW}' + interval '6 days' + d * interval '45 days' + p * interval '1 day' AS starts_at,
            CASE WHEN d = 2 THEN 'DRAFT' WHEN d >= 0 THEN 'SCHEDULED' WHEN d = -1 THEN 'HELD'
                 WHEN d = -2 THEN 'MINUTES_DRAFT' WHEN d = -3 THEN 'MINUTES_IN_REVIEW'
                 WHEN j % 13 = 7 THEN 'CANCELLED' ELSE 'MINUTES_ADOPTED' END AS status
     FROM (SELECT i, i % ${P} AS p, i / ${P} AS j, i / ${P} - ((${M} - 1 - i % ${P}) / ${P} + 1) + 3 AS d,
                  CASE WHEN (i / ${P}) % 4 = 3 THEN 'TECHNICAL_COMMITTEE'
                       WHEN (i / ${P}) % 10 = 9 THEN 'AD_HOC' ELSE 'PSC' END AS kind
           FROM generate_series(0, ${M} - 1) AS i) AS base`,

    `INSERT INTO "Meeting" (id, "programmeId", kind, "sequenceNumber", title, purpose, "startsAt", "endsAt",
       "timeZone", "venueBuilding", "venueRoom", "venueAddress", "onlineUrl", status, "icsSequence",
       "createdAt", "updatedAt")
     SELECT pg_temp.bid('mtg', i), pg_temp.bid('prg', p), kind::"MeetingKind",
            row_number() OVER (PARTITION BY p, kind ORDER BY j)::int,
            CASE kind WHEN 'PSC' THEN 'Programme Steering Committee' WHEN 'AD_HOC' THEN 'Ad hoc consultation'
                      ELSE 'Technical Committee' END || ' ' || (j + 1),
            'Review progress, workplan and budget of programme ' || (p + 1) || '.',
            starts_at, starts_at + interval '3 hours',
            CASE WHEN i % 5 = 4 THEN 'Asia/Makassar' ELSE 'Asia/Jakarta' END,
            CASE WHEN i % 3 = 2 THEN NULL ELSE 'Bappenas Building ' || (i % 4 + 1) END,
            CASE WHEN i % 3 = 2 THEN NULL ELSE 'Room ' || (i % 12 + 1) END,
            CASE WHEN i % 3 = 2 THEN NULL ELSE 'Jl. Taman Suropati No. 2, Jakarta' END,
            CASE WHEN i % 3 <> 0 THEN 'https://meet.example.org/' || pg_temp.bid('mtg', i) END,
            status::"MeetingStatus", i % 3,
            starts_at - interval '30 days', starts_at - interval '30 days'
     FROM bench_meeting`,

    `CREATE TEMP TABLE bench_held AS
     SELECT (row_number() OVER (ORDER BY i) - 1)::int AS h, i, p, starts_at, status
     FROM bench_meeting WHERE status IN ('HELD', 'MINUTES_DRAFT', 'MINUTES_IN_REVIEW', 'MINUTES_ADOPTED')`,
    `CREATE UNIQUE INDEX ON bench_held (h)`,
    `ANALYZE bench_meeting`,
    `ANALYZE bench_held`,
  ];
}

/** Co-chairs, agenda items and invitations of upcoming meetings: fixed numbers per meeting. */
export function meetingFrameSql(s: TDatasetSizes): string[] {
  const N = int(s.people);
  const A = int(AGENDA_ITEMS_PER_MEETING);
  const U = int(Math.min(INVITEES_PER_UPCOMING_MEETING, s.people));
  return [
    `INSERT INTO "CoChair" (id, "meetingId", "personId", capacity, "order")
     SELECT pg_temp.bid('cch', i * 2 + c), pg_temp.bid('mtg', i), pg_temp.invitee(i, c, ${N}),
            CASE c WHEN 0 THEN 'representative of the Government' ELSE 'UN Resident Coordinator' END, c
     FROM bench_meeting, generate_series(0, 1) AS c`,

    `INSERT INTO "AgendaItem" (id, "meetingId", "order", kind, title, "presenterPersonId", "plannedMinutes")
     SELECT pg_temp.bid('agi', i * ${A} + a), pg_temp.bid('mtg', i), a + 1,
            (CASE a WHEN 0 THEN 'ADOPTION_OF_PREVIOUS_MINUTES' WHEN 1 THEN 'MATTERS_ARISING'
                    ELSE 'REGULAR' END)::"AgendaItemKind",
            CASE a WHEN 0 THEN 'Adoption of the minutes of the previous meeting' WHEN 1 THEN 'Matters arising'
                   ELSE 'Progress report, workstream ' || (a - 1) END,
            CASE WHEN a >= 2 THEN pg_temp.invitee(i, a, ${N}) END, 15 + (a * 5) % 30
     FROM bench_meeting, generate_series(0, ${A} - 1) AS a`,

    `INSERT INTO "Invitation" (id, "meetingId", "personId", "invitedAt", rsvp, "rsvpAt", "createdAt", "updatedAt")
     SELECT pg_temp.bid('inu', i * ${U} + k), pg_temp.bid('mtg', i), pg_temp.invitee(i, k, ${N}),
            starts_at - interval '21 days',
            (CASE k % 4 WHEN 0 THEN 'PENDING' WHEN 3 THEN 'DECLINED' ELSE 'ACCEPTED' END)::"RsvpStatus",
            CASE WHEN k % 4 <> 0 THEN starts_at - interval '10 days' END,
            starts_at - interval '21 days', starts_at - interval '21 days'
     FROM bench_meeting, generate_series(0, ${U} - 1) AS k
     WHERE status IN ('DRAFT', 'SCHEDULED')`,
  ];
}

/** The record of held meetings; `held` is the number of held meetings (rows of bench_held). */
export function meetingRecordSql(s: TDatasetSizes, held: number): string[] {
  if (held === 0) return [];
  const H = int(held);
  const N = int(s.people);
  const P = int(s.programmes);
  const M = int(s.meetings);
  const O = int(s.organisations);
  const A = int(AGENDA_ITEMS_PER_MEETING);
  const D = int(DECISIONS_PER_HELD_MEETING);
  const OUT = int(OUTPUTS_PER_PROGRAMME);
  const atts = int(s.attendances);
  // Invitees of held meeting h: ((attendances - 1 - h) / held) + 1 (at least 1 for the speakers).
  const invitees = `GREATEST(1, (${atts} - 1 - h) / ${H} + 1)`;
  return [
    `INSERT INTO "Invitation" (id, "meetingId", "personId", "isWalkIn", "invitedAt", rsvp, "rsvpAt", attendance,
       "signedInAt", "createdAt", "updatedAt")
     SELECT pg_temp.bid('inv', n), pg_temp.bid('mtg', i), pg_temp.invitee(i, k, ${N}), k % 25 = 24,
            CASE WHEN k % 25 <> 24 THEN starts_at - interval '21 days' END,
            (CASE WHEN k % 25 = 24 THEN 'PENDING' WHEN k % 10 < 8 THEN 'ACCEPTED' ELSE 'DECLINED' END)::"RsvpStatus",
            CASE WHEN k % 25 <> 24 THEN starts_at - interval '10 days' END,
            (CASE WHEN k % 25 = 24 OR k % 10 < 7 THEN 'PRESENT' WHEN k % 10 < 9 THEN 'ABSENT'
                  ELSE 'EXCUSED' END)::"AttendanceStatus",
            CASE WHEN k % 25 = 24 OR k % 10 < 7 THEN starts_at - interval '20 minutes' + (k % 30) * interval '1 minute'
            END,
            starts_at - interval '21 days', starts_at
     FROM (SELECT n, n % ${H} AS hh, n / ${H} AS k FROM generate_series(0, ${atts} - 1) AS n) AS g
     JOIN bench_held ON h = hh`,

    `INSERT INTO "Decision" (id, "meetingId", "agendaItemId", number, text, "createdAt", "updatedAt")
     SELECT pg_temp.bid('dec', h * ${D} + d), pg_temp.bid('mtg', i), pg_temp.bid('agi', i * ${A} + 2 + d % (${A} - 2)),
            d + 1,
            'The Committee endorsed the revised workplan for workstream ' || (d + 1) ||
            ' and requested the secretariat to report on progress at the next meeting.',
            starts_at + interval '2 hours', starts_at + interval '2 hours'
     FROM bench_held, generate_series(0, ${D} - 1) AS d`,

    `INSERT INTO "Remark" (id, "meetingId", "agendaItemId", "speakerPersonId", kind, summary, quote, "order",
       "createdAt", "updatedAt")
     SELECT pg_temp.bid('rem', n), pg_temp.bid('mtg', i),
            CASE WHEN ord % 11 <> 10 THEN pg_temp.bid('agi', i * ${A} + ord % ${A}) END,
            pg_temp.invitee(i, ord % ${invitees}, ${N}),
            (CASE WHEN ord = 0 THEN 'OPENING' WHEN ord % 5 = 4 THEN 'RESPONSE' ELSE 'STATEMENT' END)::"RemarkKind",
            'Noted the progress reported under item ' || (ord % ${A} + 1) || ' and stressed the need for ' ||
            (ARRAY['stronger coordination with line ministries', 'timely disbursement of funds',
                   'sex-disaggregated data in the next report', 'alignment with the national plan'])[ord % 4 + 1] ||
            '. Remark ' || (ord + 1) || '.',
            CASE WHEN ord % 4 = 0 THEN 'We must not lose the momentum of the last quarter.' END,
            ord + 1, starts_at + ord * interval '1 minute', starts_at + ord * interval '1 minute'
     FROM (SELECT n, n % ${H} AS hh, n / ${H} AS ord FROM generate_series(0, ${int(s.remarks)} - 1) AS n) AS g
     JOIN bench_held ON h = hh`,

    `INSERT INTO "ActionItem" (id, "programmeId", "meetingId", number, "remarkId", "decisionId", title, description,
       "ownerOrganisationId", "ownerPersonId", "dueDate", status, "outputId", "closedAt", "createdAt", "updatedAt")
     SELECT pg_temp.bid('act', n), pg_temp.bid('prg', p), pg_temp.bid('mtg', i), num,
            CASE WHEN k % 3 = 1 AND k * ${H} + h < ${int(s.remarks)} THEN pg_temp.bid('rem', k * ${H} + h) END,
            CASE WHEN k % 3 = 0 THEN pg_temp.bid('dec', h * ${D} + (k / 3) % ${D}) END,
            'Follow up on item ' || (k % ${A} + 1) || ': ' ||
            (ARRAY['share the revised budget', 'convene the technical working group',
                   'submit the quarterly report', 'update the risk register'])[k % 4 + 1],
            CASE WHEN k % 2 = 0 THEN 'Raised at meeting ' || (i + 1) || '; see the minutes.' END,
            pg_temp.bid('org', (i + k * 7) % ${O}),
            CASE WHEN k % 2 = 0 THEN pg_temp.invitee(i, k % ${invitees}, ${N}) END,
            due, status::"ActionStatus", pg_temp.bid('out', p * ${OUT} + k % ${OUT}),
            CASE WHEN status IN ('DONE', 'DROPPED') THEN due - 5 END,
            starts_at + interval '3 hours', starts_at + interval '3 hours'
     FROM (SELECT n, h, k, i, p, starts_at, due, row_number() OVER (PARTITION BY i ORDER BY n)::int AS num,
                  CASE WHEN due >= date '${SEED_NOW}' THEN (CASE WHEN k % 2 = 0 THEN 'OPEN' ELSE 'IN_PROGRESS' END)
                       WHEN k % 5 < 3 THEN 'DONE' WHEN k % 5 = 3 THEN 'OPEN' ELSE 'DROPPED' END AS status
           FROM (SELECT n, n % ${H} AS hh, n / ${H} AS k FROM generate_series(0, ${int(s.actions)} - 1) AS n) AS g
           JOIN bench_held ON h = hh,
           LATERAL (SELECT (starts_at + (30 + (k % 4) * 30) * interval '1 day')::date AS due) AS x) AS a`,

    // Progress updates: update u belongs to item u % actions, its round u / actions a week apart
    // from the day after the meeting; the first round of a moved item records the change of status.
    ...(s.actions > 0 && s.updates > 0
      ? [
          `INSERT INTO "ActionItemUpdate" (id, "actionItemId", date, body, "statusBefore", "statusAfter",
             "evidenceUrl", "authorPersonId", "createdAt")
           SELECT pg_temp.bid('upd', u), a.id, (a."createdAt" + (1 + (u / ${int(s.actions)}) * 7) * interval '1 day')::date,
                  'Progress round ' || (u / ${int(s.actions)} + 1) || ': ' ||
                  (ARRAY['draft shared with the ministry for comments', 'meeting held with the working group',
                         'letter sent to the partners', 'figures collected from the provinces'])[u % 4 + 1],
                  CASE WHEN u < ${int(s.actions)} AND a.status <> 'OPEN' THEN 'OPEN'::"ActionStatus" END,
                  CASE WHEN u < ${int(s.actions)} AND a.status <> 'OPEN' THEN a.status END,
                  CASE WHEN u % 5 = 0 THEN 'https://docs.example.org/evidence/' || u END,
                  a."ownerPersonId",
                  a."createdAt" + (1 + (u / ${int(s.actions)}) * 7) * interval '1 day'
           FROM generate_series(0, ${int(s.updates)} - 1) AS u
           JOIN "ActionItem" a ON a.id = pg_temp.bid('act', u % ${int(s.actions)})`,
        ]
      : []),

    `INSERT INTO "Minutes" (id, "meetingId", status, "adoptedAt", "adoptionMethod", "adoptedAtMeetingId",
       fingerprint, "lockedAt", "createdAt", "updatedAt")
     SELECT pg_temp.bid('min', i), pg_temp.bid('mtg', i),
            (CASE status WHEN 'MINUTES_ADOPTED' THEN 'ADOPTED' WHEN 'MINUTES_IN_REVIEW' THEN 'IN_REVIEW'
                         ELSE 'DRAFT' END)::"MinutesStatus",
            CASE WHEN status = 'MINUTES_ADOPTED' THEN starts_at + interval '45 days' END,
            CASE WHEN status = 'MINUTES_ADOPTED' THEN 'AT_MEETING'::"AdoptionMethod" END,
            CASE WHEN status = 'MINUTES_ADOPTED' AND i + ${P} < ${M} THEN pg_temp.bid('mtg', i + ${P}) END,
            CASE WHEN status = 'MINUTES_ADOPTED' THEN encode(sha256(pg_temp.bid('min', i)::bytea), 'hex') END,
            CASE WHEN status = 'MINUTES_ADOPTED' THEN starts_at + interval '45 days' END,
            starts_at + interval '1 day', starts_at + interval '1 day'
     FROM bench_held WHERE status LIKE 'MINUTES_%'`,
  ];
}
