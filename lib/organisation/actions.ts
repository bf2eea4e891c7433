// Server actions behind the organisation form and the merge dialog; the service checks
// directory:manage, validates with the shared schemas and refuses an edit or merge made against an
// older version of the organisation.
"use server";
import { runAction } from "@/lib/action/run-action";
import { organisationFormValues, ZMergeOrganisationForm, ZSaveOrganisation } from "./schema";
import { createOrganisation, mergeOrganisation, updateOrganisation } from "./service";

const directoryPages = () => ["/directory"];

export const saveOrganisationAction = runAction(
  "saving an organisation",
  ZSaveOrganisation,
  ({ organisationId, version, ...values }, { user, actor }) =>
    organisationId
      ? updateOrganisation(user.access, organisationId, { ...values, version }, actor)
      : createOrganisation(user.access, values, actor),
  { revalidate: directoryPages, fromForm: organisationFormValues },
);

export const mergeOrganisationAction = runAction(
  "merging organisations",
  ZMergeOrganisationForm,
  ({ organisationId, into, version }, { user, actor }) =>
    mergeOrganisation(user.access, organisationId, { into, version }, actor),
  { revalidate: directoryPages },
);
