// Server actions of the administrator's user page that change the account itself: linking it to
// its entry in the directory.
"use server";
import { runAction } from "@/lib/action/run-action";
import { ZLinkUserPerson } from "./schema";
import { linkUserPerson } from "./service";

export const linkUserPersonAction = runAction(
  "linking an account to the directory",
  ZLinkUserPerson,
  (input, { user, actor }) => linkUserPerson(user.access, input, actor),
);
