// Unknown API paths answer in JSON, like the rest of the API, not with an HTML page.
import { errorResponse } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

function notFound(request: Request) {
  return errorResponse(new AppError("NOT_FOUND", "errors.noEndpoint"), "unknown API path", request);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
