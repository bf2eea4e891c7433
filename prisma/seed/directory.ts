// The demo directory: the ministries, agencies, UN entities, civil society and donor of the joint
// programme, and the (fictional) people who sit on its steering committee. The rows are data, kept
// in directory.json; government and civil-society people read their e-mails in Bahasa Indonesia.
import type { TOrganisationSeed, TPersonSeed } from "./types";
import data from "./directory.json";

export const ORGANISATIONS = data.organisations as TOrganisationSeed[];
export const PEOPLE = data.people as TPersonSeed[];
