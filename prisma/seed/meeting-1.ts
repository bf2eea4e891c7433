// The 1st PSC meeting (March 2025): held, minutes adopted at the 2nd meeting and locked.
import { DEMO_MEETINGS } from "./demo-facts";
import type { TMeetingSeed } from "./types";

const BAPPENAS_VENUE = {
  venueBuilding: "Ministry of National Development Planning/Bappenas, Saleh Afiff Building",
  venueRoom: "Meeting Room SG 1–2",
  venueAddress: "Jl. Taman Suropati No. 2, Menteng, Jakarta Pusat 10310",
};

export const MEETING_1: TMeetingSeed = {
  sequenceNumber: DEMO_MEETINGS.first.sequenceNumber,
  title: DEMO_MEETINGS.first.title,
  purpose:
    "Review progress in 2024, approve the workplan and budget for 2025 and agree how adaptive social protection data will be shared.",
  startsAt: "2025-03-13T02:00:00Z",
  endsAt: "2025-03-13T05:30:00Z",
  ...BAPPENAS_VENUE,
  status: "MINUTES_ADOPTED",
  icsSequence: 0,
  coChairs: [
    { person: "ratna", capacity: "representative of the Government" },
    { person: "isabelle", capacity: "UN Resident Coordinator" },
  ],
  agenda: [
    { title: "Opening remarks by the co-chairs", presenter: "ratna", plannedMinutes: 15 },
    {
      title: "Progress report 2024",
      presenter: "rudi",
      plannedMinutes: 30,
      papers: [
        { title: "Annual Progress Report 2024", url: "https://docs.notulen.example/jp-spcr/apr-2024.pdf" },
      ],
    },
    {
      title: "Annual workplan and budget 2025",
      presenter: "mega",
      plannedMinutes: 45,
      papers: [
        {
          title: "Annual Workplan and Budget 2025",
          url: "https://docs.notulen.example/jp-spcr/awp-2025.xlsx",
        },
        { title: "Results framework (revised February 2025)" },
      ],
    },
    {
      title: "Adaptive social protection data: proposal for a technical working group",
      presenter: "budi",
      plannedMinutes: 20,
    },
    { title: "Any other business", plannedMinutes: 15 },
    { title: "Closing", presenter: "ratna", plannedMinutes: 10 },
  ],
  attendance: {
    invitedAt: "2025-02-20T03:00:00Z",
    isHeld: true,
    declined: ["wahyu", "carlos", "oliver"],
    absent: ["rizky", "lina"],
    noReply: ["kadek"],
    delegations: [{ from: "teguh", to: "ayu" }],
    walkIns: ["ikhsan"],
  },
  remarks: [
    {
      agenda: 1,
      speaker: "ratna",
      kind: "OPENING",
      summary:
        "Opened the meeting on behalf of the Government, recalled that the programme supports the RPJMN 2020–2024 target of an adaptive social protection system, and asked the committee to focus on results in the two pilot provinces.",
      quote:
        "Social protection that arrives after the flood has receded arrives too late. This programme is about getting there first.",
    },
    {
      agenda: 1,
      speaker: "isabelle",
      kind: "OPENING",
      summary:
        "Welcomed the ministries, thanked the Joint SDG Fund and stressed that UNDP, UNICEF and WFP work as one UN team behind the Government's priorities.",
      quote:
        "This is what a joint programme should be: one plan, one budget, one report, led by the Government.",
    },
    {
      agenda: 2,
      speaker: "rudi",
      kind: "STATEMENT",
      summary:
        "Presented the 2024 progress report: 71% of the 2024 budget delivered (USD 1.62 million of 2.28 million), a draft data-sharing agreement between Kemensos and BNPB, and a baseline survey completed in four districts.",
    },
    {
      agenda: 2,
      speaker: "lukman",
      kind: "STATEMENT",
      summary:
        "Reported that the social welfare register now flags 1.2 million households in flood- and drought-prone villages of the pilot districts, and asked for support to link it with BNPB's disaster risk index.",
      quote: "The data exist; what we need is the agreement and the plumbing to use them in time.",
    },
    {
      agenda: 2,
      speaker: "dewi",
      kind: "STATEMENT",
      summary:
        "Welcomed the inclusion of heat-related illness in the risk index and proposed linking heat early warnings to the reporting system of community health centres (puskesmas).",
    },
    {
      agenda: 3,
      speaker: "emily",
      kind: "RESPONSE",
      summary:
        "Responded that UNICEF would prioritise child-sensitive benefit levels in the design of anticipatory cash transfers and support Kemenkes on heat-health messages for mothers and young children.",
    },
    {
      agenda: 3,
      speaker: "hendra",
      kind: "STATEMENT",
      summary:
        "Cautioned that special allocation funds (DAK) cannot be earmarked for cash transfers under current rules, and offered to assess whether they could co-finance related services.",
    },
    {
      agenda: 3,
      speaker: "yohana",
      kind: "STATEMENT",
      summary:
        "Urged that women-headed households and persons with disabilities be counted explicitly in targeting, and that civil society sit on the proposed working group.",
      quote: "If we do not count women-headed households, the next drought will count them for us.",
    },
    {
      agenda: 4,
      speaker: "budi",
      kind: "STATEMENT",
      summary:
        "Proposed a technical working group on adaptive social protection data, chaired by Bappenas, to agree data standards and the legal basis for sharing between the social welfare register and the disaster risk index.",
    },
    {
      agenda: 6,
      speaker: "ratna",
      kind: "CLOSING",
      summary:
        "Thanked participants, summarised the four decisions and announced that the 2nd meeting would be held in September 2025.",
    },
  ],
  decisions: [
    { agenda: 2, text: "The PSC endorsed the Annual Progress Report 2024 of the joint programme." },
    {
      agenda: 3,
      text: "The PSC approved the Annual Workplan and Budget 2025 of USD 2.4 million, and asked WFP and UNICEF to align the anticipatory cash transfer pilot with the Kemensos guidelines on disaster social assistance.",
    },
    {
      agenda: 4,
      text: "The PSC established a Technical Working Group on Adaptive Social Protection Data, chaired by Bappenas, with Kemensos, BNPB, Kemendagri, KemenPPPA, the three participating UN organisations and one civil society representative.",
    },
    {
      agenda: 5,
      text: "The PSC agreed to meet twice a year; the 2nd meeting will be held in September 2025.",
    },
  ],
  actionItems: [
    {
      title: "Circulate the Annual Progress Report 2024 and the approved workplan to all PSC members",
      ownerOrganisation: "undp",
      ownerPerson: "rudi",
      dueDate: "2025-03-28",
      status: "DONE",
      closedAt: "2025-03-26T04:00:00Z",
      decision: 1,
      updates: [
        {
          date: "2025-03-26",
          body: "Sent to all members by e-mail and posted on the programme site.",
          statusAfter: "DONE",
        },
      ],
    },
    {
      title: "Convene the first meeting of the Technical Working Group on Adaptive Social Protection Data",
      ownerOrganisation: "bappenas",
      ownerPerson: "budi",
      dueDate: "2025-05-30",
      status: "DONE",
      closedAt: "2025-05-22T08:00:00Z",
      output: "OP1",
      decision: 3,
      remark: 9,
      updates: [
        {
          date: "2025-04-15",
          body: "Terms of reference drafted and shared with members for comment.",
          statusAfter: "IN_PROGRESS",
        },
        {
          date: "2025-05-22",
          body: "First meeting held at Bappenas with 18 participants; workplan agreed.",
          statusAfter: "DONE",
          reviewedAt: 2,
        },
      ],
    },
    {
      title:
        "Sign the data-sharing agreement between Kemensos and BNPB on the social welfare register and the disaster risk index",
      description:
        "Legal basis for using the register to target anticipatory assistance in the pilot districts.",
      ownerOrganisation: "linjamsos",
      ownerPerson: "lukman",
      dueDate: "2025-08-31",
      status: "IN_PROGRESS",
      output: "OP1",
      remark: 4,
      updates: [
        {
          date: "2025-09-10",
          body: "Draft agreement cleared by the Kemensos legal bureau; awaiting BNPB signature.",
          statusAfter: "IN_PROGRESS",
          reviewedAt: 2,
        },
        {
          date: "2026-06-15",
          body: "BNPB asked for a data protection annex under the Personal Data Protection Law; annex being drafted.",
        },
      ],
    },
    {
      title:
        "Integrate heat-health early warnings into the puskesmas reporting system in the pilot districts",
      ownerOrganisation: "kemenkes",
      ownerPerson: "dewi",
      dueDate: "2026-06-30",
      status: "OPEN",
      output: "OP3",
      remark: 5,
      updates: [
        {
          date: "2025-09-12",
          body: "Technical specification prepared with BMKG data; budget to be allocated in the 2026 workplan.",
          statusAfter: "OPEN",
          reviewedAt: 2,
        },
      ],
    },
    {
      title: "Assess whether special allocation funds (DAK) could co-finance anticipatory cash transfers",
      ownerOrganisation: "djpk",
      ownerPerson: "hendra",
      dueDate: "2025-07-31",
      status: "DROPPED",
      closedAt: "2025-09-18T08:30:00Z",
      output: "OP2",
      remark: 7,
      updates: [
        {
          date: "2025-09-18",
          body: "Dropped by the PSC: not possible under current DAK rules; the village fund route is pursued instead.",
          statusAfter: "DROPPED",
          reviewedAt: 2,
        },
      ],
    },
  ],
};
