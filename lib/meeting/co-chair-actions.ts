// Server actions of the co-chair editor; each checks the session, the service checks meeting:manage.
"use server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { TActionResult } from "@/lib/agenda/action-result";
import { runMeetingAction } from "@/lib/agenda/run-action";
import type { TAddCoChair } from "./co-chair-schema";
import { addCoChair, removeCoChair } from "./co-chairs";

function personIdOf(value: unknown): string {
  const parsed = z.string().min(1).safeParse(value);
  if (!parsed.success) throw AppError.notFound("Co-chair");
  return parsed.data;
}

export async function addCoChairAction(meetingId: string, input: TAddCoChair): Promise<TActionResult> {
  return runMeetingAction(meetingId, "adding a co-chair", (user, id) =>
    addCoChair(user.access, id, input, { userId: user.id }),
  );
}

export async function removeCoChairAction(meetingId: string, personId: string): Promise<TActionResult> {
  return runMeetingAction(meetingId, "removing a co-chair", (user, id) =>
    removeCoChair(user.access, id, personIdOf(personId), { userId: user.id }),
  );
}
