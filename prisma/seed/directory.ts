// The demo directory: the ministries, agencies, UN entities, civil society and donor of the joint
// programme, and the (fictional) people who sit on its steering committee.
import type { TOrganisationSeed, TPersonSeed } from "./types";

export const ORGANISATIONS: TOrganisationSeed[] = [
  {
    key: "bappenas",
    name: "Ministry of National Development Planning/Bappenas",
    acronym: "Bappenas",
    kind: "GOVERNMENT_MINISTRY",
  },
  { key: "kemenkes", name: "Ministry of Health", acronym: "Kemenkes", kind: "GOVERNMENT_MINISTRY" },
  { key: "kemensos", name: "Ministry of Social Affairs", acronym: "Kemensos", kind: "GOVERNMENT_MINISTRY" },
  {
    key: "linjamsos",
    name: "Directorate General of Social Protection and Security",
    acronym: "Ditjen Linjamsos",
    kind: "GOVERNMENT_MINISTRY",
    parent: "kemensos",
  },
  { key: "kemenkeu", name: "Ministry of Finance", acronym: "Kemenkeu", kind: "GOVERNMENT_MINISTRY" },
  {
    key: "djpk",
    name: "Directorate General of Fiscal Balance",
    acronym: "DJPK",
    kind: "GOVERNMENT_MINISTRY",
    parent: "kemenkeu",
  },
  { key: "kemendagri", name: "Ministry of Home Affairs", acronym: "Kemendagri", kind: "GOVERNMENT_MINISTRY" },
  { key: "klhk", name: "Ministry of Environment and Forestry", acronym: "KLHK", kind: "GOVERNMENT_MINISTRY" },
  {
    key: "kemendes",
    name: "Ministry of Villages, Development of Disadvantaged Regions and Transmigration",
    acronym: "Kemendes PDTT",
    kind: "GOVERNMENT_MINISTRY",
  },
  {
    key: "kemenpppa",
    name: "Ministry of Women's Empowerment and Child Protection",
    acronym: "KemenPPPA",
    kind: "GOVERNMENT_MINISTRY",
  },
  { key: "bnpb", name: "National Disaster Management Agency", acronym: "BNPB", kind: "GOVERNMENT_AGENCY" },
  {
    key: "rco",
    name: "United Nations Resident Coordinator Office in Indonesia",
    acronym: "UN RCO",
    kind: "UN_ENTITY",
  },
  { key: "undp", name: "United Nations Development Programme", acronym: "UNDP", kind: "UN_ENTITY" },
  { key: "unicef", name: "United Nations Children's Fund", acronym: "UNICEF", kind: "UN_ENTITY" },
  { key: "wfp", name: "World Food Programme", acronym: "WFP", kind: "UN_ENTITY" },
  { key: "kpki", name: "Koalisi Perempuan untuk Ketahanan Iklim", acronym: "KPKI", kind: "CIVIL_SOCIETY" },
  {
    key: "fipsi",
    name: "Forum Inklusi Perlindungan Sosial Indonesia",
    acronym: "FIPSI",
    kind: "CIVIL_SOCIETY",
  },
  { key: "jsdgf", name: "Joint SDG Fund Secretariat", acronym: "Joint SDG Fund", kind: "DONOR" },
];

// Compact rows: key, name, position, organisation key, sex; e-mail is derived from the name.
const P = (key: string, name: string, position: string, organisation: string, sex: TPersonSeed["sex"]) => ({
  key,
  name,
  position,
  organisation,
  sex,
});

const PEOPLE_ROWS = [
  P("ratna", "Dr. Ratna Kusumawati", "Deputy for Population and Manpower", "bappenas", "FEMALE"),
  P("budi", "Budi Santoso", "Director for Poverty Alleviation and Community Empowerment", "bappenas", "MALE"),
  P("nurul", "Nurul Hasanah", "Senior Planner, Directorate for Poverty Alleviation", "bappenas", "FEMALE"),
  P("agus", "Agus Setiawan", "Planner, Directorate for Social Protection and Welfare", "bappenas", "MALE"),
  P("yusuf", "Yusuf Pratama", "Junior Planner", "bappenas", null),
  P("dewi", "Dewi Lestari", "Director of Environmental Health", "kemenkes", "FEMALE"),
  P("andi", "Andi Wibowo", "Coordinator, Climate Change and Health Working Group", "kemenkes", "MALE"),
  P("siti", "Siti Rahmawati", "Public Health Officer", "kemenkes", "FEMALE"),
  P("rizky", "Rizky Ramadhan", "Data Analyst, Health Data and Information Centre", "kemenkes", "MALE"),
  P("endang", "Endang Susilowati", "Head of Planning Bureau", "kemensos", "FEMALE"),
  P("bambang", "Bambang Kurniawan", "Head of Social Welfare Data and Information Centre", "kemensos", "MALE"),
  P("lukman", "Lukman Hakim", "Director of Social Protection for Disaster Victims", "linjamsos", "MALE"),
  P("fitri", "Fitri Handayani", "Head of Subdirectorate for Disaster Preparedness", "linjamsos", "FEMALE"),
  P("taufik", "Taufik Hidayat", "Social Protection Analyst", "linjamsos", "PREFER_NOT_TO_SAY"),
  P(
    "wahyu",
    "Wahyu Nugroho",
    "Head of Centre for Climate Finance and Multilateral Policy",
    "kemenkeu",
    "MALE",
  ),
  P("indah", "Indah Permata Sari", "Policy Analyst, Fiscal Policy Agency", "kemenkeu", "FEMALE"),
  P("hendra", "Hendra Gunawan", "Director of Special Allocation Funds", "djpk", "MALE"),
  P("lina", "Lina Marlina", "Budget Analyst, Special Allocation Funds", "djpk", "FEMALE"),
  P("dedi", "Dedi Supriadi", "Director for Regional Development Synchronisation II", "kemendagri", "MALE"),
  P("rina", "Rina Wulandari", "Head of Subdirectorate for Social Affairs", "kemendagri", "FEMALE"),
  P("teguh", "Teguh Prasetyo", "Director of Climate Change Adaptation", "klhk", "MALE"),
  P("ayu", "Ayu Kartika", "Head of Subdirectorate for Adaptation Mainstreaming", "klhk", "FEMALE"),
  P("ikhsan", "Ikhsan Maulana", "Climate Resilience Analyst", "klhk", null),
  P("slamet", "Slamet Riyadi", "Director of Village Community Empowerment", "kemendes", "MALE"),
  P("wulan", "Wulan Sari", "Village Fund Policy Analyst", "kemendes", "FEMALE"),
  P(
    "retno",
    "Retno Palupi",
    "Assistant Deputy for Gender Mainstreaming in Economic Affairs",
    "kemenpppa",
    "FEMALE",
  ),
  P("ani", "Ani Suryani", "Gender Data Analyst", "kemenpppa", "FEMALE"),
  P("eko", "Eko Prasetyo", "Director of Disaster Risk Reduction", "bnpb", "MALE"),
  P("diah", "Diah Puspitasari", "Head of Subdirectorate for Early Warning", "bnpb", "FEMALE"),
  P("isabelle", "Isabelle Moreau", "UN Resident Coordinator in Indonesia", "rco", "FEMALE"),
  P("daniel", "Daniel Okafor", "Development Coordination Officer, Economist", "rco", "MALE"),
  P("anna", "Anna Kowalska", "Resident Representative", "undp", "FEMALE"),
  P("rudi", "Rudi Hartono", "Joint Programme Coordinator", "undp", "MALE"),
  P("mega", "Mega Safitri", "Programme Analyst, Climate and Social Protection", "undp", "FEMALE"),
  P("dimas", "Dimas Aditya", "Monitoring and Evaluation Officer", "undp", "PREFER_NOT_TO_SAY"),
  P("kenji", "Kenji Watanabe", "Representative", "unicef", "MALE"),
  P("emily", "Emily Carter", "Chief of Social Policy", "unicef", "FEMALE"),
  P("arif", "Arif Rahman", "Social Protection Specialist", "unicef", "MALE"),
  P("carlos", "Carlos Mendes", "Country Director", "wfp", "MALE"),
  P("novita", "Novita Sari", "Head of Programme", "wfp", "FEMALE"),
  P("samuel", "Samuel Osei", "Anticipatory Action Officer", "wfp", "MALE"),
  P("yohana", "Yohana Simanjuntak", "Executive Director", "kpki", "FEMALE"),
  P("fajar", "Fajar Nugraha", "Programme Manager", "kpki", null),
  P("kadek", "Kadek Ayu Pramesti", "Policy Advocacy Coordinator", "fipsi", "PREFER_NOT_TO_SAY"),
  P("oliver", "Oliver Bennett", "Portfolio Manager, Asia and the Pacific", "jsdgf", "MALE"),
] satisfies TPersonSeed[];

/** Mail domain per organisation (all under the reserved `.example` top-level domain). */
const MAIL_DOMAIN: Record<string, string> = {
  linjamsos: "kemensos.example",
  djpk: "kemenkeu.example",
  rco: "un.example",
  jsdgf: "jointsdgfund.example",
};

function emailOf(person: TPersonSeed): string {
  const local = person.name
    .replace(/^Dr\.\s+/, "")
    .toLowerCase()
    .split(/\s+/)
    .filter((_, i, parts) => i === 0 || i === parts.length - 1)
    .join(".");
  return `${local}@${MAIL_DOMAIN[person.organisation] ?? `${person.organisation}.example`}`;
}

/** The walk-in of the first meeting left a phone number only. */
const WITHOUT_EMAIL = new Set(["ikhsan"]);

export const PEOPLE: TPersonSeed[] = PEOPLE_ROWS.map((row) =>
  WITHOUT_EMAIL.has(row.key) ? { ...row, phone: "+62 812 0000 4417" } : { ...row, email: emailOf(row) },
);
