// What an invitation needs of a person — name, address, organisation, language — read with one
// select by inviting, answering and delegating alike.
export const PERSON_SELECT = {
  id: true,
  name: true,
  email: true,
  organisationId: true,
  language: true,
} as const;
