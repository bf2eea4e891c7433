// Shown while the page loads; the permission check in layout.tsx runs first, so a refused
// visitor gets a real 404 status rather than a streamed page.
export { PageLoading as default } from "@/components/ui/page-loading";
