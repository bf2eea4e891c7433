// The link endpoints in the API description: listing an invitation's RSVP links and revoking a
// link. Joined to the invitation fragment (lib/invitation/openapi.ts), whose links these are today.
import { schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import { ZLink, ZLinkList } from "./schema";

const ABOUT_LINKS =
  "A password-less link is for one person and one purpose (RSVP: answering one invitation). Its token, `<id>.<signature>`, is only in the e-mail to that person; it opens only exactly as issued, until it expires (RSVP: a day after the meeting ends) or is revoked. Every use — page view, answer, refused answer — is counted on the link and written to the audit trail.";

export const linkOpenApi: TOpenApiFragment = {
  schemas: { Link: schema(ZLink), LinkList: schema(ZLinkList) },
  paths: {
    "/meetings/{id}/invitations/{invitationId}/links": {
      get: jsonOperation({
        summary: "The RSVP links issued for one invitation",
        description: `${ABOUT_LINKS} E-mails about an invitation (the invitation, reminders) reuse its live link; after a revocation the next e-mail carries a new one. Needs meeting:manage in the meeting's programme.`,
        operationId: "listInvitationLinks",
        parameters: [pathParameter("id"), pathParameter("invitationId")],
        answers: { "200": ["The links, newest first", "LinkList"] },
        errors: errorAnswer("404", "No such invitation in this meeting, or not one you may manage"),
      }),
    },
    "/links/{id}/revoke": {
      post: jsonOperation({
        summary: "Revoke a password-less link",
        description: `${ABOUT_LINKS} A revoked link answers exactly as a forged one (404 on its page). Revoking a revoked link changes nothing. Needs meeting:manage in the link's programme.`,
        operationId: "revokeLink",
        parameters: [pathParameter("id")],
        answers: { "200": ["The link, revoked", "Link"] },
        errors: errorAnswer("404", "No such link, or not one you may manage"),
      }),
    },
  },
};
