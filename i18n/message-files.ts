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
] as const;
