// Unknown API paths answer in JSON, like the rest of the API, not with an HTML page.
import { NextResponse } from "next/server";

function notFound() {
  return NextResponse.json({ error: { code: "NOT_FOUND", message: "No such endpoint" } }, { status: 404 });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
