// The message files of each language (messages/<locale>/<file>.json), merged into one
// catalogue (i18n/catalogue.ts imports them). A feature adds its own file instead of editing a
// shared one; the messages test checks the catalogue and this list agree.
export const MESSAGE_FILES = [
  "shell",
  "errors",
  "attendance",
  "people",
  "meeting",
  "meeting-page",
  "invitation",
  "register",
  "programme",
  "organisation",
  "outputs",
  "bundle",
  "capture",
  "holiday",
  "home",
  "minutes-versions",
  "minutes-adoption",
  "minutes-review",
  "minutes-review-screen",
  "minutes-consolidation",
  "action-item-page",
  "action-register",
  "action-link",
  "carry-over",
  "action-export",
  "action-feed",
  "action-accountability",
  "bilingual",
] as const;

/**
 * Wording of generated documents (formal minutes, news-style summary): read by the renderers
 * directly in the document's language, never sent to the browser with the screens' catalogue.
 */
export const DOCUMENT_MESSAGE_FILES = ["minutes", "summary"] as const;

/** Wording of e-mails and calendar entries, in the recipient's language; server-side only. */
export const MAIL_MESSAGE_FILES = ["mail"] as const;
