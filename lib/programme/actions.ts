// Server action behind the programme form; the service checks programme:manage (global for
// create, per programme for edit) and validates with the shared schema.
"use server";
import { runAction } from "@/lib/action/run-action";
import { programmeFormValues, ZSaveProgramme } from "./schema";
import { createProgramme, updateProgramme } from "./service";

export const saveProgrammeAction = runAction(
  "saving a programme",
  ZSaveProgramme,
  ({ programmeId, version, ...values }, { user, actor }) =>
    programmeId
      ? updateProgramme(user.access, programmeId, { ...values, version }, actor)
      : createProgramme(user.access, values, actor),
  {
    revalidate: (_, programme) => ["/programmes", `/programmes/${programme.id}`],
    fromForm: programmeFormValues,
  },
);
