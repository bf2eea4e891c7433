// People and organisations as the formal minutes name them, by the rules of lib/format/naming.ts
// (docs/naming.md): a person by the top-level organisation their position does not already name,
// each organisation in full with its acronym at first mention and by the acronym after.
import {
  createMentions,
  namesOrganisation,
  positionAndCapacity,
  topLevelOrganisation,
  type TMentions,
} from "@/lib/format/naming";
import { personRuns, type TRun } from "@/lib/minutes/minutes-outline-types";
import type { TMinutesTranslator } from "@/lib/minutes/minutes-translator";
import type { TOrgRef, TRecordPerson } from "@/lib/minutes/record-schema";

export { createMentions, type TMentions };

/**
 * One mention of an organisation: "Ministry of Health (Kemenkes)" the first time, "Kemenkes" after.
 * `article` for a sentence ("coordinated by the Ministry of …"); lists and tables have none.
 */
export function orgMention(
  t: TMinutesTranslator,
  mentions: TMentions,
  org: TOrgRef | null,
  { article = false }: { article?: boolean } = {},
): string | null {
  const mention = org ? mentions.mention(org) : null;
  if (!mention) return null;
  return article && mention.takesArticle ? t("naming.article", { name: mention.text }) : mention.text;
}

/**
 * "Name, Position, Organisation" (those recorded): the top-level organisation, left out when the
 * position or the co-chair's capacity names it; for a co-chair "— as capacity", unless it repeats
 * the position.
 */
export function personLine(
  t: TMinutesTranslator,
  mentions: TMentions,
  person: TRecordPerson,
  coChairCapacity?: string | null,
): TRun[] {
  const { position, capacity } =
    coChairCapacity === undefined
      ? { position: person.position?.trim() || null, capacity: null }
      : positionAndCapacity(person.position, coChairCapacity);
  const top = person.organisation ? topLevelOrganisation(person.organisation).org : null;
  const isNamed = top && [position, capacity].some((text) => namesOrganisation(text, top));
  const org = top && !isNamed ? orgMention(t, mentions, top) : null;
  return [
    ...personRuns(person.name, position, org),
    ...(capacity ? [{ text: ` — ${t("coChairs.capacity", { capacity })}` }] : []),
  ];
}
