// The HTTP side of the meeting record (/api/v1/meetings/{id}/remarks|decisions|action-items),
// written once for the three kinds of the one record writer. Route files only pick the kind and ids.
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { parseBody, parseQuery, type TApiContext } from "@/lib/api/handler";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { actionItemRecords } from "@/lib/action-item/service";
import { decisionRecords } from "@/lib/decision/service";
import { ZDeleteRecord, type TDeleteRecord } from "@/lib/record/fields";
import { remarkRecords } from "@/lib/remark/service";

/** What the endpoints need of a record writer; the writer parses the body with its own schema. */
type TRecords = {
  list: (access: TAccess, meetingId: string) => Promise<unknown[]>;
  create: (access: TAccess, meetingId: string, input: never, actor: TActor) => Promise<unknown>;
  update: (access: TAccess, meetingId: string, id: string, input: never, actor: TActor) => Promise<unknown>;
  remove: (
    access: TAccess,
    meetingId: string,
    id: string,
    input: TDeleteRecord,
    actor: TActor,
  ) => Promise<void>;
};

type TCtx = Pick<TApiContext<unknown>, "user" | "request">;

/** The JSON body as sent (malformed JSON is a 400); its fields are the writer's to check. */
const body = (request: Request) => parseBody(request, z.unknown()) as Promise<never>;

function endpoints(records: TRecords) {
  return {
    list: async ({ user }: TCtx, meetingId: string) => ({ data: await records.list(user.access, meetingId) }),
    create: async ({ user, request }: TCtx, meetingId: string) =>
      NextResponse.json(
        await records.create(user.access, meetingId, await body(request), { userId: user.id }),
        { status: 201 },
      ),
    update: async ({ user, request }: TCtx, meetingId: string, id: string) =>
      records.update(user.access, meetingId, id, await body(request), { userId: user.id }),
    /** DELETE …?version=N: the version the caller last saw. */
    remove: async ({ user, request }: TCtx, meetingId: string, id: string) => {
      await records.remove(user.access, meetingId, id, parseQuery(request, ZDeleteRecord), {
        userId: user.id,
      });
      return new Response(null, { status: 204 });
    },
  };
}

export const remarkEndpoints = endpoints(remarkRecords);
export const decisionEndpoints = endpoints(decisionRecords);
export const actionItemEndpoints = endpoints(actionItemRecords);
