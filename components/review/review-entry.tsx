// One paragraph of the minutes under review (a purpose, attendance row, agenda item, remark,
// decision or action item): its stable anchor as the element's id, so "#decision-<id>" opens it;
// the comments made on it; and, while the version is open, a "Comment" button beside it that opens
// the comment form underneath. After a comment is sent the form closes, focus returns to the
// button and the page says so.
"use client";
import { MessageSquarePlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CommentForm } from "./comment-form";
import type { TReviewTarget } from "./review-target";

type TProps = {
  anchor: string;
  /** What the entry is called in the buttons and the form ("Decision 3", a speaker's name). */
  label: string;
  /** The text a proposed replacement replaces: the form starts from it. */
  text: string;
  /** Null while the version takes no comments. */
  target: TReviewTarget | null;
  /** The comments on this entry, rendered on the server. */
  comments?: ReactNode;
  children: ReactNode;
};

export function ReviewEntry({ anchor, label, text, target, comments, children }: TProps) {
  const t = useTranslations("reviewScreen.comment");
  const [isOpen, setIsOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const formId = `comment-${anchor}`;

  const close = (isSent: boolean) => {
    setIsOpen(false);
    setSaved(isSent);
    button.current?.focus();
  };

  return (
    <div
      id={anchor}
      className="scroll-mt-24 rounded-md px-2 py-2 -mx-2 target:bg-amber-50 target:ring-2 target:ring-amber-300"
    >
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1 break-words">{children}</div>
        {target ? (
          <Button
            ref={button}
            type="button"
            variant="ghost"
            size="sm"
            className="-mt-1 shrink-0 text-blue-800"
            aria-expanded={isOpen}
            aria-controls={isOpen ? formId : undefined}
            onClick={() => {
              setSaved(false);
              setIsOpen((open) => !open);
            }}
          >
            <MessageSquarePlus aria-hidden="true" className="size-4" />
            {/* On a phone the icon alone, so the text keeps the width; the name stays whole. */}
            <span className="sr-only sm:not-sr-only">{t("open")}</span>
            <span className="sr-only"> {t("openOn", { label })}</span>
          </Button>
        ) : null}
      </div>
      {comments}
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {saved ? t("saved") : null}
      </p>
      {target && isOpen ? (
        <CommentForm
          id={formId}
          anchor={anchor}
          label={label}
          text={text}
          target={target}
          onCancel={() => close(false)}
          onSent={() => close(true)}
        />
      ) : null}
    </div>
  );
}
