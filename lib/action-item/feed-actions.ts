// The server actions of the "Subscribe in your calendar" block on /actions: get one's calendar
// address (issued on first asking) and reset it (the old one stops working). Both audited.
"use server";
import { z } from "zod";
import { runAction } from "@/lib/action/run-action";
import { createCalendarFeed, resetCalendarFeed } from "./service/feed";

const ZNoInput = z.object({});

export const createCalendarFeedAction = runAction(
  "getting a calendar feed address",
  ZNoInput,
  (_input, { user, actor }) => createCalendarFeed(user.access, actor),
  { revalidate: () => ["/actions"] },
);

export const resetCalendarFeedAction = runAction(
  "resetting a calendar feed address",
  ZNoInput,
  (_input, { user, actor }) => resetCalendarFeed(user.access, actor),
  { revalidate: () => ["/actions"] },
);
