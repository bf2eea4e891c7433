// The HTTP side of the meeting record, written once for both doors: /api/v1 (bearer token) and
// /api/capture (the capture screen's session). Route files only pick the door and the ids.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { parseBody, parseQuery } from "@/lib/api/handler";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import {
  createActionItem,
  deleteActionItem,
  listMeetingActionItems,
  updateActionItem,
} from "@/lib/action-item/service";
import { ZCreateActionItem, ZUpdateActionItem } from "@/lib/action-item/schema";
import { createDecision, deleteDecision, listDecisions, updateDecision } from "@/lib/decision/service";
import { ZCreateDecision, ZUpdateDecision } from "@/lib/decision/schema";
import { createRemark, deleteRemark, listRemarks, updateRemark } from "@/lib/remark/service";
import { ZCreateRemark, ZUpdateRemark } from "@/lib/remark/schema";
import type { TCurrentUser } from "@/lib/user/service";
import { ZDeleteRecord, type TDeleteRecord } from "./record-fields";

type TService<C, U> = {
  list: (access: TAccess, meetingId: string) => Promise<unknown[]>;
  create: (access: TAccess, meetingId: string, input: C, actor: TActor) => Promise<unknown>;
  update: (access: TAccess, meetingId: string, id: string, input: U, actor: TActor) => Promise<unknown>;
  remove: (
    access: TAccess,
    meetingId: string,
    id: string,
    input: TDeleteRecord,
    actor: TActor,
  ) => Promise<void>;
};

type TCtx = { user: TCurrentUser; request: Request };

function endpoints<C, U>(
  service: TService<C, U>,
  create: z.ZodType<unknown, C>,
  update: z.ZodType<unknown, U>,
) {
  const actor = (user: TCurrentUser): TActor => ({ userId: user.id });
  return {
    list: async ({ user }: TCtx, meetingId: string) => ({ data: await service.list(user.access, meetingId) }),
    create: async ({ user, request }: TCtx, meetingId: string) =>
      NextResponse.json(
        await service.create(user.access, meetingId, (await parseBody(request, create)) as C, actor(user)),
        { status: 201 },
      ),
    update: async ({ user, request }: TCtx, meetingId: string, id: string) =>
      service.update(user.access, meetingId, id, (await parseBody(request, update)) as U, actor(user)),
    /** DELETE …?version=N: the version the caller last saw. */
    remove: async ({ user, request }: TCtx, meetingId: string, id: string) => {
      await service.remove(user.access, meetingId, id, parseQuery(request, ZDeleteRecord), actor(user));
      return new Response(null, { status: 204 });
    },
  };
}

export const remarkEndpoints = endpoints(
  { list: listRemarks, create: createRemark, update: updateRemark, remove: deleteRemark },
  ZCreateRemark,
  ZUpdateRemark,
);

export const decisionEndpoints = endpoints(
  { list: listDecisions, create: createDecision, update: updateDecision, remove: deleteDecision },
  ZCreateDecision,
  ZUpdateDecision,
);

export const actionItemEndpoints = endpoints(
  {
    list: listMeetingActionItems,
    create: createActionItem,
    update: updateActionItem,
    remove: deleteActionItem,
  },
  ZCreateActionItem,
  ZUpdateActionItem,
);
