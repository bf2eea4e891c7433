// A co-chair's approval of the version shown (adoption by the co-chairs' approval): one button
// while they may approve; the last co-chair's approval adopts the minutes. The announcement stays
// after the page is fetched again without the button.
"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ZApproveMinutes } from "@/lib/minutes/review-schema";
import { sendApproval, type TReviewTarget } from "./review-target";
import { useReviewWrite } from "./use-review-write";

type TProps = { target: TReviewTarget | null; number: number; canApprove: boolean };

export function ApproveButton({ target, number, canApprove }: TProps) {
  const t = useTranslations("reviewScreen.approval");
  const [done, setDone] = useState<"approved" | "adopted" | null>(null);
  const write = useReviewWrite({
    schema: ZApproveMinutes,
    send: (input: { number: number }) => sendApproval(target!, input.number),
    fixErrors: t("failed"),
  });

  return (
    <div className="space-y-2">
      {write.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {write.message}
        </p>
      ) : null}
      {target && canApprove ? (
        <Button
          type="button"
          disabled={write.isPending}
          onClick={() => write.submit({ number }, (data) => setDone(data.adopted ? "adopted" : "approved"))}
        >
          {write.isPending ? t("approving") : t("approve", { number })}
        </Button>
      ) : null}
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {done ? t(done) : null}
      </p>
    </div>
  );
}
