// Server action behind the person form; the service checks directory:manage and validates with
// the shared schema, and refuses an edit made against an older version of the person.
"use server";
import { runAction } from "@/lib/action/run-action";
import { personFormValues, ZSavePerson } from "./schema";
import { createPerson, updatePerson } from "./service";

export const savePersonAction = runAction(
  "saving a person",
  ZSavePerson,
  ({ personId, version, ...values }, { user, actor }) =>
    personId
      ? updatePerson(user.access, personId, { ...values, version }, actor)
      : createPerson(user.access, values, actor),
  { revalidate: () => ["/directory/people"], fromForm: personFormValues },
);
