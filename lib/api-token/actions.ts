// Server action behind the admin screen's "Revoke" button of a user's API token.
"use server";
import { runAction } from "@/lib/action/run-action";
import { ZRevokeApiToken } from "./schema";
import { revokeUserApiToken } from "./service";

export const revokeApiTokenAction = runAction(
  "revoking an API token",
  ZRevokeApiToken,
  async ({ tokenId }, { user, actor }) => {
    await revokeUserApiToken(user.access, tokenId, actor);
    return null;
  },
);
