// The message files of each language (messages/<locale>/<file>.json), merged into one
// catalogue. A feature adds its own file here instead of editing a shared one.
export const MESSAGE_FILES = [
  "shell",
  "attendance",
  "people",
  "meeting",
  "invitation",
  "register",
  "programme",
  "organisation",
  "outputs",
  "bundle",
  "capture",
] as const;

/**
 * Wording of generated documents (formal minutes, news-style summary): read by the renderers
 * directly in the document's language, never sent to the browser with the screens' catalogue.
 */
export const DOCUMENT_MESSAGE_FILES = ["minutes", "summary"] as const;
