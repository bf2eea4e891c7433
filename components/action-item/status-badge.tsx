// An action item's status as a coloured label, the same in the register and on the meeting page.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TActionStatus } from "@/lib/action-item/schema";

export const ACTION_STATUS_TONE = {
  OPEN: "info",
  IN_PROGRESS: "warning",
  REPORTED_DONE: "warning",
  DONE: "success",
  DROPPED: "neutral",
} as const satisfies Record<TActionStatus, string>;

export async function ActionStatusBadge({ status }: { status: TActionStatus }) {
  const t = await getTranslations("actionRegister.status");
  return <Badge tone={ACTION_STATUS_TONE[status]}>{t(status)}</Badge>;
}
