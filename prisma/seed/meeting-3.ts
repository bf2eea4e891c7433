// The 3rd PSC meeting (10 December 2026): scheduled, invitations out, most RSVPs still pending.
import { DEMO_MEETINGS } from "./demo-facts";
import type { TMeetingSeed } from "./types";

export const MEETING_3: TMeetingSeed = {
  sequenceNumber: DEMO_MEETINGS.third.sequenceNumber,
  title: DEMO_MEETINGS.third.title,
  purpose:
    "Adopt the minutes of the 2nd meeting, review the programme's results and agree the sustainability and transition plan before the programme closes on 31 December 2026.",
  startsAt: "2026-12-10T02:00:00Z",
  endsAt: "2026-12-10T05:30:00Z",
  venueBuilding: "Ministry of National Development Planning/Bappenas, Saleh Afiff Building",
  venueRoom: "Meeting Room SG 1–2",
  venueAddress: "Jl. Taman Suropati No. 2, Menteng, Jakarta Pusat 10310",
  onlineUrl: "https://meet.notulen.example/jp-spcr-psc-3",
  status: "SCHEDULED",
  icsSequence: 1,
  coChairs: [
    { person: "ratna", capacity: "representative of the Government" },
    { person: "isabelle", capacity: "UN Resident Coordinator" },
  ],
  agenda: [
    { title: "Opening remarks by the co-chairs", presenter: "ratna", plannedMinutes: 15 },
    {
      kind: "ADOPTION_OF_PREVIOUS_MINUTES",
      title: "Adoption of the minutes of the 2nd PSC meeting",
      plannedMinutes: 10,
    },
    { kind: "MATTERS_ARISING", title: "Matters arising from previous meetings", plannedMinutes: 25 },
    {
      title: "Results of the joint programme 2024–2026",
      presenter: "rudi",
      plannedMinutes: 40,
      papers: [
        {
          title: "Draft final results report",
          url: "https://docs.notulen.example/jp-spcr/final-report-draft.pdf",
        },
      ],
    },
    {
      title: "Sustainability and transition plan",
      presenter: "budi",
      plannedMinutes: 40,
      papers: [{ title: "Sustainability and transition plan (draft)" }],
    },
    { title: "Heat-health early warnings: first results", presenter: "dewi", plannedMinutes: 20 },
    { title: "Any other business", plannedMinutes: 10 },
    { title: "Closing", presenter: "ratna", plannedMinutes: 10 },
  ],
  attendance: {
    invitedAt: "2026-11-12T02:00:00Z",
    isHeld: false,
    accepted: ["ratna", "isabelle", "budi", "dewi", "lukman", "rudi", "emily", "novita"],
    declined: ["oliver"],
  },
  remarks: [],
  decisions: [],
  actionItems: [],
};
