// Zod schema of the admin screen's token revocation.
import { z } from "zod";

export const ZRevokeApiToken = z.object({ tokenId: z.string().trim().min(1).max(64) });
