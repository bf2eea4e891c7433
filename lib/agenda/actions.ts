// Server actions of the agenda builder; the services check meeting:manage.
"use server";
import { z } from "zod";
import { runAction } from "@/lib/action/run-action";
import { ZId } from "@/lib/meeting/schema";
import { ZCreateAgendaItem, ZDeleteAgendaItem, ZReorderAgenda, ZUpdateAgendaItem } from "./schema";
import {
  addGeneratedItems,
  createAgendaItem,
  deleteAgendaItem,
  reorderAgenda,
  updateAgendaItem,
} from "./service";

// The agenda shows on the meeting page and in the builder.
const pagesOf = ({ meetingId }: { meetingId: string }) => [
  `/meetings/${meetingId}`,
  `/meetings/${meetingId}/agenda`,
];
const ZMeeting = z.object({ meetingId: ZId });
const ZItem = z.object({ meetingId: ZId, itemId: ZId });

export const createAgendaItemAction = runAction(
  "adding an agenda item",
  ZCreateAgendaItem.extend(ZMeeting.shape),
  ({ meetingId, ...item }, { user, actor }) => createAgendaItem(user.access, meetingId, item, actor),
  { revalidate: pagesOf },
);

export const updateAgendaItemAction = runAction(
  "editing an agenda item",
  ZUpdateAgendaItem.extend(ZItem.shape),
  ({ meetingId, itemId, ...changes }, { user, actor }) =>
    updateAgendaItem(user.access, meetingId, itemId, changes, actor),
  { revalidate: pagesOf },
);

export const deleteAgendaItemAction = runAction(
  "removing an agenda item",
  ZDeleteAgendaItem.extend(ZItem.shape),
  async ({ meetingId, itemId, version }, { user, actor }) => {
    await deleteAgendaItem(user.access, meetingId, itemId, { version }, actor);
    return null;
  },
  { revalidate: pagesOf },
);

export const reorderAgendaAction = runAction(
  "reordering the agenda",
  ZReorderAgenda.extend(ZMeeting.shape),
  ({ meetingId, itemIds }, { user, actor }) => reorderAgenda(user.access, meetingId, { itemIds }, actor),
  { revalidate: pagesOf },
);

/** The generated items are titled in the language of whoever adds them. */
export const addGeneratedItemsAction = runAction(
  "adding generated agenda items",
  ZMeeting,
  ({ meetingId }, { user, actor, locale }) => addGeneratedItems(user.access, meetingId, actor, locale),
  { revalidate: pagesOf },
);
