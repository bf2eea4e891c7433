// POST /api/v1/links/{id}/revoke — withdraw a password-less link (the part of its token before the
// dot): from then on it answers as a forged one. meeting:manage in the link's programme.
import { apiRoute } from "@/lib/api/handler";
import { revokeLink } from "@/lib/link/service";

export const POST = apiRoute<{ id: string }>("POST /api/v1/links/{id}/revoke", async ({ user, params }) =>
  revokeLink(user.access, params.id, { userId: user.id }),
);
