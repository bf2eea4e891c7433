// Session route behind the import screen: same service and answers as POST /api/v1/meetings/import.
import { sessionRoute } from "@/lib/api/handler";
import { bundleImport } from "@/lib/bundle/http";

export const POST = sessionRoute("POST /api/bundle/import", async ({ user, request }) =>
  bundleImport(user, request),
);
