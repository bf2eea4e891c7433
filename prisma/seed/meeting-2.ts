// The 2nd PSC meeting (September 2025): held, adopted the 1st minutes; its own minutes are a draft
// with review comments.
import { DEMO_MEETINGS } from "./demo-facts";
import type { TMeetingSeed } from "./types";

export const MEETING_2: TMeetingSeed = {
  sequenceNumber: DEMO_MEETINGS.second.sequenceNumber,
  title: DEMO_MEETINGS.second.title,
  purpose:
    "Review progress in January–August 2025, follow up the 1st meeting and decide on a no-cost extension of the programme.",
  startsAt: "2025-09-18T06:30:00Z",
  endsAt: "2025-09-18T09:30:00Z",
  venueBuilding: "Menara Thamrin, United Nations offices",
  venueRoom: "UN Conference Room, 10th floor",
  venueAddress: "Jl. M.H. Thamrin Kav. 3, Jakarta Pusat 10250",
  onlineUrl: "https://meet.notulen.example/jp-spcr-psc-2",
  status: "MINUTES_DRAFT",
  icsSequence: 1,
  coChairs: [
    { person: "ratna", capacity: "representative of the Government" },
    { person: "kenji", capacity: "UN Resident Coordinator a.i." },
  ],
  agenda: [
    { title: "Opening remarks by the co-chairs", presenter: "ratna", plannedMinutes: 15 },
    {
      kind: "ADOPTION_OF_PREVIOUS_MINUTES",
      title: "Adoption of the minutes of the 1st PSC meeting",
      plannedMinutes: 10,
    },
    { kind: "MATTERS_ARISING", title: "Matters arising from the 1st PSC meeting", plannedMinutes: 20 },
    {
      title: "Progress report January–August 2025",
      presenter: "rudi",
      plannedMinutes: 30,
      papers: [
        {
          title: "Progress Report January–August 2025",
          url: "https://docs.notulen.example/jp-spcr/progress-2025-08.pdf",
        },
      ],
    },
    {
      title: "Revised workplan and request for a no-cost extension",
      presenter: "mega",
      plannedMinutes: 30,
      papers: [
        { title: "Revised workplan September 2025 – December 2026" },
        {
          title: "No-cost extension request (draft)",
          url: "https://docs.notulen.example/jp-spcr/nce-request.docx",
        },
      ],
    },
    { title: "Any other business", plannedMinutes: 10 },
    { title: "Closing", presenter: "ratna", plannedMinutes: 10 },
  ],
  attendance: {
    invitedAt: "2025-08-28T03:00:00Z",
    isHeld: true,
    declined: ["isabelle", "eko", "ani", "slamet"],
    absent: ["yusuf", "siti", "samuel"],
    noReply: ["taufik"],
    delegations: [{ from: "hendra", to: "lina" }],
    walkIns: ["fajar"],
  },
  remarks: [
    {
      agenda: 1,
      speaker: "ratna",
      kind: "OPENING",
      summary:
        "Opened the meeting, welcomed the first results of the anticipatory cash transfer pilot and asked the committee to plan how the Government takes them to scale.",
      quote:
        "Two pilot districts have shown that anticipatory transfers work; the question for this committee is how the Government takes them to scale.",
    },
    {
      agenda: 1,
      speaker: "kenji",
      kind: "OPENING",
      summary:
        "Spoke as UN Resident Coordinator a.i., conveyed the apologies of the Resident Coordinator and highlighted the programme's contribution to the drafting of the RPJMN 2025–2029.",
      quote: "The United Nations in Indonesia stands behind this programme as one team.",
    },
    {
      agenda: 3,
      speaker: "budi",
      kind: "STATEMENT",
      summary:
        "Reported that the technical working group had met twice and agreed data standards; the Kemensos–BNPB data-sharing agreement awaits BNPB's signature.",
    },
    {
      agenda: 3,
      speaker: "diah",
      kind: "RESPONSE",
      summary:
        "Said that BNPB supports the data-sharing agreement in principle and will sign once a data protection annex is agreed.",
    },
    {
      agenda: 4,
      speaker: "rudi",
      kind: "STATEMENT",
      summary:
        "Reported delivery of 58% of the 2025 budget by August and anticipatory cash transfers to 4,820 households in Sumba Timur ahead of the dry season, 61% of them received by women.",
    },
    {
      agenda: 4,
      speaker: "novita",
      kind: "STATEMENT",
      summary:
        "Explained that transfers reached households on average 12 days before the peak of the drought, and that households used them mainly for food, water and keeping livestock.",
      quote: "Twelve days of warning meant families kept their livestock and their children in school.",
    },
    {
      agenda: 5,
      speaker: "wulan",
      kind: "STATEMENT",
      summary:
        "Proposed guidance allowing villages to co-finance anticipatory assistance from their village funds (Dana Desa), as an alternative to special allocation funds.",
    },
    {
      agenda: 5,
      speaker: "oliver",
      kind: "RESPONSE",
      summary:
        "Noted that the Joint SDG Fund considers no-cost extensions of up to 12 months when justified by delivery, and asked for a costed sustainability plan.",
      quote: "An extension buys time; a transition plan buys sustainability.",
    },
    {
      agenda: 6,
      speaker: "kadek",
      kind: "STATEMENT",
      summary:
        "Asked that the beneficiary list of the pilot record disability, so that persons with disabilities can be reached and counted.",
    },
    {
      agenda: 7,
      speaker: "ratna",
      kind: "CLOSING",
      summary:
        "Thanked participants and the Resident Coordinator a.i., and summarised the decisions and follow-up actions.",
    },
  ],
  decisions: [
    {
      agenda: 2,
      text: "The PSC adopted the minutes of the 1st PSC meeting of 13 March 2025 without amendment.",
    },
    {
      agenda: 4,
      text: "The PSC took note of the progress report January–August 2025 and commended the anticipatory cash transfer pilot in Sumba Timur.",
    },
    {
      agenda: 5,
      text: "The PSC endorsed the revised workplan and the request to the Joint SDG Fund for a no-cost extension of the programme to 31 December 2026.",
    },
    {
      agenda: 5,
      text: "The PSC requested Bappenas, with the participating UN organisations, to prepare a sustainability and transition plan for the 3rd PSC meeting.",
    },
  ],
  actionItems: [
    {
      title: "Submit the no-cost extension request to the Joint SDG Fund Secretariat",
      ownerOrganisation: "rco",
      ownerPerson: "daniel",
      dueDate: "2025-10-15",
      status: "DONE",
      closedAt: "2025-10-09T03:00:00Z",
      decision: 3,
      updates: [
        {
          date: "2025-10-09",
          body: "Submitted by the Resident Coordinator; approved by the Fund on 14 November 2025.",
          statusAfter: "DONE",
        },
      ],
    },
    {
      title: "Prepare the sustainability and transition plan",
      description:
        "Costed plan for handing the anticipatory social protection mechanism over to the state budget (APBN).",
      ownerOrganisation: "bappenas",
      ownerPerson: "budi",
      dueDate: "2026-10-30",
      status: "IN_PROGRESS",
      output: "OP1",
      decision: 4,
      updates: [
        {
          date: "2026-02-20",
          body: "Outline agreed with UNDP, UNICEF and WFP; consultations with Kemensos and Kemendes PDTT scheduled.",
          statusAfter: "IN_PROGRESS",
        },
        {
          date: "2026-10-28",
          body: "Draft plan about 80% complete; costing of the transition to the state budget awaits Kemenkeu input.",
        },
      ],
    },
    {
      title: "Issue guidance allowing village funds (Dana Desa) to co-finance anticipatory assistance",
      ownerOrganisation: "kemendes",
      ownerPerson: "wulan",
      dueDate: "2026-03-31",
      status: "OPEN",
      output: "OP2",
      remark: 7,
    },
    {
      title: "Add a disability marker to the beneficiary list of the anticipatory cash transfer pilot",
      ownerOrganisation: "wfp",
      ownerPerson: "novita",
      dueDate: "2025-12-15",
      status: "DONE",
      closedAt: "2025-12-05T07:00:00Z",
      output: "OP2",
      remark: 9,
      updates: [
        {
          date: "2025-12-05",
          body: "Marker added using the Washington Group short set; 7.4% of recipients reported a disability.",
          statusAfter: "DONE",
        },
      ],
    },
    {
      title: "Report sex- and age-disaggregated data on recipients of anticipatory cash transfers to the PSC",
      ownerOrganisation: "kemenpppa",
      ownerPerson: "retno",
      dueDate: "2026-12-31",
      status: "OPEN",
      output: "OP2",
    },
    {
      title:
        "Present the first results of heat-health early warnings in the pilot districts at the 3rd PSC meeting",
      ownerOrganisation: "kemenkes",
      ownerPerson: "dewi",
      dueDate: "2026-12-10",
      status: "OPEN",
      output: "OP3",
    },
  ],
};

/** Review comments on the draft minutes of the 2nd meeting (anchors point into the draft). */
export const MEETING_2_REVIEW_COMMENTS = [
  {
    authorPerson: "budi",
    anchor: "decision-4",
    body: "Please record that the transition plan is prepared with Kemensos and Kemendes PDTT, not only with the UN organisations.",
    status: "OPEN",
  },
  {
    authorPerson: "dewi",
    anchor: "action-6",
    body: "Please state that the heat-health results will cover both pilot districts, Sumba Timur and Grobogan.",
    status: "ACCEPTED",
    response: "Agreed; will be reflected in the next version.",
  },
  {
    authorPerson: "diah",
    anchor: "remark-4",
    body: "BNPB's position should read 'supports, subject to a data protection annex' rather than 'supports in principle'.",
    status: "OPEN",
  },
] as const;
