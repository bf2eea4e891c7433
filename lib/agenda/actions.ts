// Server actions of the agenda builder; each checks the session, the services check meeting:manage.
"use server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { TActionResult } from "./action-result";
import { runMeetingAction } from "./run-action";
import type { TCreateAgendaItem, TUpdateAgendaItem } from "./schema";
import {
  addGeneratedItems,
  createAgendaItem,
  deleteAgendaItem,
  reorderAgenda,
  updateAgendaItem,
} from "./service";

/** A malformed id from the browser is an item that does not exist, not a crash. */
function itemIdOf(value: unknown): string {
  const parsed = z.string().min(1).safeParse(value);
  if (!parsed.success) throw AppError.notFound("Agenda item");
  return parsed.data;
}

export async function createAgendaItemAction(
  meetingId: string,
  input: TCreateAgendaItem,
): Promise<TActionResult> {
  return runMeetingAction(meetingId, "adding an agenda item", (user, id) =>
    createAgendaItem(user.access, id, input, { userId: user.id }),
  );
}

export async function updateAgendaItemAction(
  meetingId: string,
  itemId: string,
  input: TUpdateAgendaItem,
): Promise<TActionResult> {
  return runMeetingAction(meetingId, "editing an agenda item", (user, id) =>
    updateAgendaItem(user.access, id, itemIdOf(itemId), input, { userId: user.id }),
  );
}

export async function deleteAgendaItemAction(meetingId: string, itemId: string): Promise<TActionResult> {
  return runMeetingAction(meetingId, "removing an agenda item", (user, id) =>
    deleteAgendaItem(user.access, id, itemIdOf(itemId), { userId: user.id }),
  );
}

export async function reorderAgendaAction(meetingId: string, itemIds: string[]): Promise<TActionResult> {
  return runMeetingAction(meetingId, "reordering the agenda", (user, id) =>
    reorderAgenda(user.access, id, { itemIds }, { userId: user.id }),
  );
}

export async function addGeneratedItemsAction(meetingId: string): Promise<TActionResult> {
  const t = await getTranslations("meeting.agendaBuilder.generatedTitles");
  return runMeetingAction(meetingId, "adding generated agenda items", (user, id) =>
    addGeneratedItems(
      user.access,
      id,
      { userId: user.id },
      { adoption: t("adoption"), mattersArising: t("mattersArising") },
    ),
  );
}
