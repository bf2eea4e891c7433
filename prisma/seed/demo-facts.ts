// Key facts of the demo data in one small, dependency-free module, so e2e and integration tests
// can refer to seeded records by name without repeating literals (prisma/seed.ts checks they hold).

/** "Today" the demo data is written against: actions due before it and still open are overdue. */
export const DEMO_REFERENCE_DATE = "2026-11-25";

export const DEMO_PASSWORD = "notulen-demo";

export const DEMO_USERS = {
  admin: "admin@notulen.example",
  secretariat: "secretariat@notulen.example",
  coordinator: "coordinator@notulen.example",
  /** MEMBER, linked to the Person Budi Santoso (Bappenas). */
  bappenasMember: "budi.santoso@bappenas.example",
  /** MEMBER, linked to the Person Dewi Lestari (Kemenkes). */
  kemenkesMember: "dewi.lestari@kemenkes.example",
} as const;

export const DEMO_PROGRAMME = {
  title: "Joint Programme on Integrated Social Protection for Climate Resilience",
  shortTitle: "JP Social Protection & Climate Resilience",
  country: "Indonesia",
  fund: "Joint SDG Fund",
  conveningAgencyAcronym: "UNDP",
  participatingAcronyms: ["UNDP", "UNICEF", "WFP"],
  startDate: "2024-03-01",
  durationMonths: 24,
  sdgGoals: [1, 2, 5, 13],
  nationalFramework: "RPJMN 2020–2024",
  outputCodes: ["OP1", "OP2", "OP3"],
} as const;

export const DEMO_MEETINGS = {
  first: {
    sequenceNumber: 1,
    title: "1st Programme Steering Committee Meeting: Annual Review 2024 and Workplan 2025",
    date: "2025-03-13",
    status: "MINUTES_ADOPTED",
    invitations: 45,
    present: 39,
    decisions: 4,
    actionItems: 5,
  },
  second: {
    sequenceNumber: 2,
    title: "2nd Programme Steering Committee Meeting: Mid-year Progress and No-cost Extension",
    date: "2025-09-18",
    // As the seed's transaction writes it; prisma/seed/snapshot-minutes.ts then circulates the
    // draft for review (MINUTES_IN_REVIEW), as the secretariat would.
    status: "MINUTES_DRAFT",
    invitations: 45,
    present: 37,
    decisions: 4,
    actionItems: 6,
  },
  third: {
    sequenceNumber: 3,
    title: "3rd Programme Steering Committee Meeting: Results, Sustainability and Transition",
    date: "2026-12-10",
    status: "SCHEDULED",
    invitations: 45,
    present: 0,
    decisions: 0,
    actionItems: 0,
  },
} as const;

/** Action items of the programme on DEMO_REFERENCE_DATE (4 of the 6 still open are overdue). */
export const DEMO_ACTIONS = {
  total: 11,
  openOrInProgress: 6,
  overdue: 4,
  done: 4,
  dropped: 1,
} as const;

export const DEMO_COUNTS = {
  organisations: 18,
  people: 45,
  users: 5,
  meetings: 3,
} as const;

/** Printed when the seed finds a programme and leaves the database alone. */
export const SEED_SKIP_MESSAGE = "demo data already present, skipping";
