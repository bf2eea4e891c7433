// File names of downloads (calendar entries, minutes, bundles, sign-in sheets) from a meeting's
// name: ASCII only, so they are safe in a Content-Disposition header on every platform.

/** An ASCII file name stem ("3rd-psc-annual-review"). */
export function fileSlug(text: string, fallback = "calendar"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}
