// GET /api/v1/verify?sha256=<hex> — public: is this a fingerprint of adopted minutes, or the SHA-256
// of one of their official files? Answers only what the minutes' cover says.
import { parseQuery, publicApiRoute } from "@/lib/api/handler";
import { ZVerifyQuery } from "@/lib/minutes/adoption-schema";
import { verifyMinutes } from "@/lib/minutes/service/verify";

export const GET = publicApiRoute("GET /api/v1/verify", async ({ request }) =>
  verifyMinutes(parseQuery(request, ZVerifyQuery)),
);
