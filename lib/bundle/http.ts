// The HTTP answers of the bundle routes, shared by /api/v1 (bearer token) and the screens' session routes.
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import type { TCurrentUser } from "@/lib/user/service";
import { bundleFileName, exportMeetingBundle } from "./export";
import { importMeetingBundle } from "./import";

/** GET: the bundle as a JSON file download. */
export async function bundleDownload(user: TCurrentUser, meetingId: string): Promise<Response> {
  const bundle = await exportMeetingBundle(user.access, meetingId);
  return new NextResponse(`${JSON.stringify(bundle, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bundleFileName(bundle)}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** POST: the body is the bundle; 201 with what was created and matched. */
export async function bundleImport(user: TCurrentUser, request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  const result = await importMeetingBundle(user.access, body, { userId: user.id });
  return NextResponse.json(result, { status: 201 });
}
