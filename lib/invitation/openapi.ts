// The invitation endpoints in the API description, with those of the RSVP links they are mailed.
import { errorResponses, jsonRef, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { linkOpenApi } from "@/lib/link/openapi";
import { ZInviteResult, ZInviteToMeeting } from "./schema";

export const invitationOpenApi: TOpenApiFragment = {
  schemas: {
    InviteToMeeting: schema(ZInviteToMeeting),
    InviteResult: schema(ZInviteResult),
    ...linkOpenApi.schemas,
  },
  paths: {
    ...linkOpenApi.paths,
    "/meetings/{id}/invitations": {
      post: {
        summary: "Invite people and organisations to a meeting and e-mail them their RSVP links",
        description:
          "Members of an organisation include those of the directorates under it. People already invited are skipped (a colleague sent through someone's RSVP link is thereby confirmed by the secretariat: from then on a member reads the meeting). Each new invitee with an e-mail address receives, in their own language (the person's `language`), a personal RSVP link and a calendar invitation (METHOD:REQUEST); an e-mail that cannot be sent is listed in `failed` and the invitation stands. Needs meeting:manage in the meeting's programme.",
        operationId: "inviteToMeeting",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: jsonRef("InviteToMeeting") },
        responses: {
          "201": { description: "At least one invitation was created", content: jsonRef("InviteResult") },
          "200": { description: "Everyone was already invited", content: jsonRef("InviteResult") },
          "404": { description: "No such meeting, or not one you may manage", content: jsonRef("Error") },
          "409": {
            description:
              "The meeting takes no invitations: only a SCHEDULED one does (a draft, held or cancelled meeting is refused)",
            content: jsonRef("Error"),
          },
          ...errorResponses,
        },
      },
    },
  },
};
