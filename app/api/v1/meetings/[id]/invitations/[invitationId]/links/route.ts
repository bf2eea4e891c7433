// GET /api/v1/meetings/{id}/invitations/{invitationId}/links — the RSVP links issued for one
// invitation, with their expiry, revocation and use count (never the token).
import { apiRoute } from "@/lib/api/handler";
import { invitationLinks } from "@/lib/invitation/service/links";

type TParams = { id: string; invitationId: string };

export const GET = apiRoute<TParams>(
  "GET /api/v1/meetings/{id}/invitations/{invitationId}/links",
  async ({ user, params }) => ({ data: await invitationLinks(user.access, params.id, params.invitationId) }),
);
