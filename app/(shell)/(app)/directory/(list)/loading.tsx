// Shown while the list loads. It sits beside the list only (in its route group): the section's
// other pages answer "not found" themselves (a programme or organisation that is not there or not
// yours, a form the user may not use), which must happen before anything streams — under a loading
// boundary the 404 screen would go out with status 200.
export { PageLoading as default } from "@/components/ui/page-loading";
