// Importing a meeting bundle: validate the whole document first (every problem listed), then write
// it in one transaction, so a refused or failed import saves nothing.
import "server-only";
import { db, Prisma, type PrismaClient } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { AppError } from "@/lib/errors";
import type { TBundleImportResult } from "../result";
import { parseMeetingBundle } from "../schema";
import { writeMeetingBundle } from "./write";

/** The import against a given database client (the app's, or a second database in tests). */
export async function importMeetingBundleWith(
  client: PrismaClient,
  access: TAccess,
  input: unknown,
  actor: TActor,
): Promise<TBundleImportResult> {
  const bundle = parseMeetingBundle(input);
  try {
    return await client.$transaction((tx) => writeMeetingBundle(tx, access, bundle, actor), {
      timeout: 60_000,
      maxWait: 10_000,
    });
  } catch (error) {
    // Someone added the same organisation, e-mail or meeting number while we were importing.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw AppError.conflict("bundle.errors.changedWhileImporting");
    }
    throw error;
  }
}

export function importMeetingBundle(
  access: TAccess,
  input: unknown,
  actor: TActor,
): Promise<TBundleImportResult> {
  return importMeetingBundleWith(db(), access, input, actor);
}
