// A file as an HTTP answer (minutes, summaries, calendar entries, sign-in sheets, bundles, CSV):
// its media type, a file name, and never a shared cache — every download is per user.
export type TDownload = {
  body: string | Uint8Array | Buffer;
  type: string;
  /** Shown to the browser for "attachment"; also the name a feed is saved under. */
  filename?: string;
  /** `attachment` for a download, `inline` for a feed or a page a client reads. */
  disposition?: "attachment" | "inline";
  language?: string;
};

export function downloadResponse(file: TDownload): Response {
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Cache-Control": "private, no-store",
  };
  if (file.filename) {
    headers["Content-Disposition"] = `${file.disposition ?? "attachment"}; filename="${file.filename}"`;
  }
  if (file.language) headers["Content-Language"] = file.language;
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, { status: 200, headers });
}
