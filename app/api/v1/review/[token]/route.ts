// GET /api/v1/review/{token} — public: the review a personal review link opens (the version as a
// document with its anchors, the comments the reviewer may see, their organisation's answer).
// A link that does not open — forged, expired, revoked, another person's — is 404.
import { publicApiRoute } from "@/lib/api/handler";
import { reviewPage } from "@/lib/minutes/service/review-page";
import { reviewByToken } from "@/lib/minutes/service/review-link";

export const GET = publicApiRoute("GET /api/v1/review/{token}", async ({ request }) =>
  reviewByToken(request, (access) => reviewPage(access)),
);
