// How people write "sex" in a spreadsheet, in English and Bahasa Indonesia, mapped to the one
// stored value; and back to the word the export writes.
import type { TSex } from "./schema";

const SYNONYMS: Record<string, TSex> = {
  female: "FEMALE",
  f: "FEMALE",
  woman: "FEMALE",
  perempuan: "FEMALE",
  wanita: "FEMALE",
  p: "FEMALE",
  male: "MALE",
  m: "MALE",
  man: "MALE",
  "laki-laki": "MALE",
  "laki laki": "MALE",
  lakilaki: "MALE",
  pria: "MALE",
  l: "MALE",
  "prefer not to say": "PREFER_NOT_TO_SAY",
  prefer_not_to_say: "PREFER_NOT_TO_SAY",
  "prefer-not-to-say": "PREFER_NOT_TO_SAY",
  "not stated": "PREFER_NOT_TO_SAY",
  "tidak ingin menyebutkan": "PREFER_NOT_TO_SAY",
  "memilih tidak menyebutkan": "PREFER_NOT_TO_SAY",
  "tidak disebutkan": "PREFER_NOT_TO_SAY",
};

/** `null` for a blank cell (not recorded); `undefined` for a word we do not understand. */
export function parseSex(value: string | null | undefined): TSex | null | undefined {
  const key = (value ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (key === "") return null;
  return SYNONYMS[key];
}

const EXPORT_WORDS: Record<TSex, string> = {
  FEMALE: "female",
  MALE: "male",
  PREFER_NOT_TO_SAY: "prefer not to say",
};

export function sexToCsv(sex: TSex | null): string {
  return sex ? EXPORT_WORDS[sex] : "";
}
