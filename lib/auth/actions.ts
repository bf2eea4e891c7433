// Server actions that end sessions on the server: a user's own "log out everywhere", and an
// administrator ending a user's sessions from the admin screen.
"use server";
import { z } from "zod";
import { runAction } from "@/lib/action/run-action";
import { ZEndUserSessions } from "@/lib/user/schema";
import { endAllSessions } from "./service/session";

export const logOutEverywhereAction = runAction(
  "logging out everywhere",
  z.object({}),
  (_, { user, actor }) => endAllSessions(user.access, user.id, actor),
);

export const endUserSessionsAction = runAction(
  "ending a user's sessions",
  ZEndUserSessions,
  ({ userId }, { user, actor }) => endAllSessions(user.access, userId, actor),
);
