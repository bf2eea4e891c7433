// The server action of the action item's page: record progress (the service checks who may).
"use server";
import { runAction } from "@/lib/action/run-action";
import { actionUpdateFormValues, ZActionUpdateForm } from "./update-schema";
import { postActionUpdate } from "./service/updates";

export const postActionUpdateAction = runAction(
  "recording progress on an action item",
  ZActionUpdateForm,
  ({ actionItemId, ...input }, { user, actor }) => postActionUpdate(user.access, actionItemId, input, actor),
  {
    revalidate: ({ actionItemId }) => [`/actions/${actionItemId}`, "/actions"],
    fromForm: actionUpdateFormValues,
  },
);
