// Server actions behind the organisation form and the merge dialog; the service checks
// directory:manage and validates with the shared schemas.
"use server";
import { runAction } from "@/lib/action/run-action";
import { organisationFormValues, ZMergeOrganisationForm, ZSaveOrganisation } from "./schema";
import { createOrganisation, mergeOrganisation, updateOrganisation } from "./service";

const directoryPages = () => ["/directory"];

export const saveOrganisationAction = runAction(
  "saving an organisation",
  ZSaveOrganisation,
  ({ organisationId, ...values }, { user, actor }) =>
    organisationId
      ? updateOrganisation(user.access, organisationId, values, actor)
      : createOrganisation(user.access, values, actor),
  { revalidate: directoryPages, fromForm: organisationFormValues },
);

export const mergeOrganisationAction = runAction(
  "merging organisations",
  ZMergeOrganisationForm,
  ({ organisationId, into }, { user, actor }) =>
    mergeOrganisation(user.access, organisationId, { into }, actor),
  { revalidate: directoryPages },
);
