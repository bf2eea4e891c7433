// The public review routes' one door: the token from the path (/api/v1/review/{token}/…), the
// review link it opens, or 404 alike for forged, expired, revoked and other-person links.
import "server-only";
import { AppError } from "@/lib/errors";
import { openReviewLink, type TReviewAccess } from "./review-access";

export async function reviewByToken<T>(
  request: Request,
  act: (access: TReviewAccess) => Promise<T>,
): Promise<T> {
  const segment = new URL(request.url).pathname.split("/")[4] ?? "";
  let token = "";
  try {
    token = decodeURIComponent(segment);
  } catch {
    throw AppError.notFound("reviewLink");
  }
  const access = await openReviewLink(token);
  if (!access) throw AppError.notFound("reviewLink");
  return act(access);
}
