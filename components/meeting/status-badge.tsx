// A meeting's status as a coloured label, the same on the list and the meeting page.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

const STATUS_TONE = {
  DRAFT: "neutral",
  SCHEDULED: "info",
  HELD: "info",
  MINUTES_DRAFT: "warning",
  MINUTES_IN_REVIEW: "warning",
  MINUTES_ADOPTED: "success",
  CANCELLED: "danger",
} as const satisfies Record<MeetingStatus, string>;

export async function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = await getTranslations("meetings");
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}
