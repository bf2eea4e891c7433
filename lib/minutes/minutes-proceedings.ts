// The minutes' sections about what was said and agreed: the proceedings per agenda item (remarks,
// then the decisions taken under it, "Other matters" last), the decisions, the follow-up of earlier
// meetings' action items (recorded at this one) and the action items.
import { formatDayInFull } from "@/lib/format/date";
import type { TLocale } from "@/i18n/locales";
import { followUpsOf, type TMeetingRecord, type TOrgRef } from "@/lib/minutes/record-schema";
import { paragraph, type TBlock, type TSection } from "@/lib/minutes/minutes-outline-types";
import { orgMention, personLine, type TMentions } from "@/lib/minutes/minutes-naming";
import type { TMinutesTranslator } from "@/lib/minutes/minutes-translator";

type TRemark = TMeetingRecord["remarks"][number];
type TDecision = TMeetingRecord["decisions"][number];

/**
 * An action item's owner in the register's tables: the person, then the organisation as recorded
 * (the unit that owes it, not its ministry), by the first-mention rule.
 */
function ownerCell(t: TMinutesTranslator, mentions: TMentions, person: string | null, org: TOrgRef | null) {
  return [person?.trim(), orgMention(t, mentions, org)].filter(Boolean).join("\n");
}

function remarkBlocks(remark: TRemark, t: TMinutesTranslator, mentions: TMentions): TBlock[] {
  const blocks: TBlock[] = [
    {
      kind: "paragraph",
      keepWithNext: true,
      runs: [
        ...personLine(t, mentions, remark.speaker),
        { text: ` (${t(`proceedings.remarkKind.${remark.kind}`)})`, italic: true },
      ],
    },
  ];
  if (remark.summary.trim()) blocks.push(paragraph(remark.summary.trim(), { indent: true }));
  if (remark.quote?.trim()) {
    blocks.push(
      paragraph(t("proceedings.quote", { quote: remark.quote.trim() }), { indent: true, italic: true }),
    );
  }
  return blocks;
}

function decisionBlock(decision: TDecision, t: TMinutesTranslator): TBlock {
  return {
    kind: "paragraph",
    runs: [
      { text: `${t("decisions.label", { number: decision.number })}. `, bold: true },
      { text: decision.text.trim() },
    ],
  };
}

/** Remarks in the order spoken, then the decisions, of each agenda item; unplaced ones last. */
export function proceedingsSection(
  record: TMeetingRecord,
  t: TMinutesTranslator,
  mentions: TMentions,
): TSection {
  const heading = t("proceedings.heading");
  const agendaIds = new Set(record.agenda.map((a) => a.id));
  const placed = (id: string | null) => (id !== null && agendaIds.has(id) ? id : null);
  const remarksOf = (id: string | null) =>
    record.remarks.filter((r) => placed(r.agendaItemId) === id).sort((a, b) => a.order - b.order);
  const decisionsOf = (id: string | null) =>
    record.decisions.filter((d) => placed(d.agendaItemId) === id).sort((a, b) => a.number - b.number);
  const itemBlocks = (id: string | null) => [
    ...remarksOf(id).flatMap((r) => remarkBlocks(r, t, mentions)),
    ...decisionsOf(id).map((d) => decisionBlock(d, t)),
  ];

  const blocks: TBlock[] = [];
  for (const [index, item] of [...record.agenda].sort((a, b) => a.order - b.order).entries()) {
    const content = itemBlocks(item.id);
    blocks.push({ kind: "subheading", text: `${index + 1}. ${item.title}` });
    blocks.push(...(content.length > 0 ? content : [paragraph(t("proceedings.itemEmpty"))]));
  }
  const other = itemBlocks(null);
  if (other.length > 0) blocks.push({ kind: "subheading", text: t("proceedings.otherMatters") }, ...other);
  if (blocks.length === 0) blocks.push(paragraph(t("proceedings.none")));
  return { key: "proceedings", heading, blocks };
}

export function decisionsSection(record: TMeetingRecord, t: TMinutesTranslator): TSection {
  const decisions = [...record.decisions].sort((a, b) => a.number - b.number);
  return {
    key: "decisions",
    heading: t("decisions.heading"),
    blocks:
      decisions.length > 0 ? decisions.map((d) => decisionBlock(d, t)) : [paragraph(t("decisions.none"))],
  };
}

export function actionItemsSection(
  record: TMeetingRecord,
  t: TMinutesTranslator,
  locale: TLocale,
  mentions: TMentions,
): TSection {
  const heading = t("actions.heading");
  if (record.actionItems.length === 0) {
    return { key: "actions", heading, blocks: [paragraph(t("actions.none"))] };
  }
  const columns = [
    { header: t("actions.number"), width: 0.07 },
    { header: t("actions.action"), width: 0.4 },
    { header: t("actions.owner"), width: 0.27 },
    { header: t("actions.dueDate"), width: 0.13 },
    { header: t("actions.status"), width: 0.13 },
  ];
  const rows = record.actionItems.map((a, i) => [
    `${i + 1}.`,
    [a.title.trim(), a.description?.trim()].filter(Boolean).join("\n"),
    ownerCell(t, mentions, a.ownerPerson, a.ownerOrganisation),
    a.dueDate ? formatDayInFull(a.dueDate, locale) : "",
    t(`actions.statusLabel.${a.status}`),
  ]);
  return { key: "actions", heading, blocks: [{ kind: "table", columns, rows }] };
}

/**
 * "Follow-up of earlier actions": what was recorded at this meeting on action items of earlier
 * meetings. None recorded (or a snapshot from before the section existed): no section, so such
 * minutes print exactly as they did.
 */
export function followUpsSection(
  record: TMeetingRecord,
  t: TMinutesTranslator,
  mentions: TMentions,
): TSection | null {
  const followUps = followUpsOf(record);
  if (followUps.length === 0) return null;
  const columns = [
    { header: t("earlierActions.reference"), width: 0.13 },
    { header: t("earlierActions.action"), width: 0.27 },
    { header: t("earlierActions.owner"), width: 0.2 },
    { header: t("earlierActions.status"), width: 0.13 },
    { header: t("earlierActions.note"), width: 0.27 },
  ];
  const rows = followUps.map((f) => [
    f.reference,
    f.title.trim(),
    ownerCell(t, mentions, f.ownerPerson, f.ownerOrganisation),
    t(`actions.statusLabel.${f.statusAfter}`),
    f.note.trim(),
  ]);
  return {
    key: "earlierActions",
    heading: t("earlierActions.heading"),
    blocks: [{ kind: "table", columns, rows }],
  };
}
