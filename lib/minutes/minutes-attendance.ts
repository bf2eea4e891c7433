// The minutes' sections about who was there: the co-chairs, the attendance figures (from the same
// statistics the app shows) and the annex listing every participant by organisation.
import { orgLabel, type TMeetingRecord } from "@/lib/minutes/record-schema";
import { paragraph, type TBlock, type TSection } from "@/lib/minutes/minutes-outline-types";
import { personLine, type TMentions } from "@/lib/minutes/minutes-naming";
import type { TMinutesTranslator } from "@/lib/minutes/minutes-translator";

export function coChairsSection(
  record: TMeetingRecord,
  t: TMinutesTranslator,
  mentions: TMentions,
): TSection {
  const items = record.coChairs.map((c, i) => ({
    marker: `${i + 1}.`,
    runs: personLine(t, mentions, c, c.capacity),
  }));
  return {
    key: "coChairs",
    heading: t("coChairs.heading"),
    blocks: items.length > 0 ? [{ kind: "list", items }] : [paragraph(t("coChairs.none"))],
  };
}

/** Counts by kind of organisation and by sex; rows with no participant are left out. */
export function attendanceSection(record: TMeetingRecord, t: TMinutesTranslator): TSection {
  const { stats } = record.attendance;
  const heading = t("attendance.heading");
  if (stats.participants === 0) {
    return { key: "attendance", heading, blocks: [paragraph(t("attendance.none"))] };
  }
  const sentences = [
    t("attendance.summary", {
      participants: stats.participants,
      organisations: stats.organisations,
      ministries: stats.ministries,
    }),
  ];
  if (stats.walkIns > 0) sentences.push(t("attendance.walkIns", { count: stats.walkIns }));
  if (stats.delegates > 0) sentences.push(t("attendance.delegates", { count: stats.delegates }));
  const countColumn = { header: t("attendance.participantsColumn"), width: 0.3 };
  const blocks: TBlock[] = [
    paragraph(sentences.join(" ")),
    { kind: "subheading", text: t("attendance.byKind") },
    {
      kind: "table",
      columns: [{ header: t("attendance.kindColumn"), width: 0.7 }, countColumn],
      rows: stats.byOrganisationKind
        .filter((row) => row.participants > 0)
        .map((row) => [t(`attendance.kind.${row.kind}`), String(row.participants)]),
    },
    { kind: "subheading", text: t("attendance.bySex") },
    {
      kind: "table",
      columns: [{ header: t("attendance.sexColumn"), width: 0.7 }, countColumn],
      rows: stats.bySex
        .filter((row) => row.participants > 0)
        .map((row) => [t(`attendance.sex.${row.sex}`), String(row.participants)]),
    },
  ];
  return { key: "attendance", heading, blocks };
}

/**
 * One table per organisation, numbered through, in the record's order (organisation, then name). The
 * annex is the list of organisations: each heading gives the full name with its acronym, wherever
 * the organisation was mentioned before.
 */
export function annexSection(record: TMeetingRecord, t: TMinutesTranslator): TSection {
  const heading = t("annex.heading");
  const { participants } = record.attendance;
  if (participants.length === 0) {
    return { key: "annex", heading, pageBreakBefore: true, blocks: [paragraph(t("annex.none"))] };
  }

  const groups = new Map<string, typeof participants>();
  for (const p of participants) {
    const label = orgLabel(p.organisation) ?? t("annex.noOrganisation");
    groups.set(label, [...(groups.get(label) ?? []), p]);
  }
  const columns = [
    { header: t("annex.number"), width: 0.08 },
    { header: t("annex.name"), width: 0.34 },
    { header: t("annex.position"), width: 0.33 },
    { header: t("annex.note"), width: 0.25 },
  ];
  let number = 0;
  const blocks: TBlock[] = [];
  for (const [label, members] of groups) {
    blocks.push({ kind: "subheading", text: label });
    blocks.push({
      kind: "table",
      columns,
      rows: members.map((p) => {
        number += 1;
        const notes = [
          p.delegateOf?.trim() ? t("annex.delegateOf", { name: p.delegateOf.trim() }) : null,
          p.isWalkIn ? t("annex.walkIn") : null,
        ];
        return [`${number}.`, p.name, p.position?.trim() ?? "", notes.filter(Boolean).join("\n")];
      }),
    });
  }
  return { key: "annex", heading, pageBreakBefore: true, blocks };
}
