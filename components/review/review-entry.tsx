// One paragraph of the minutes under review (a purpose, attendance row, agenda item, remark,
// decision or action item): its stable anchor as the element's id, so "#decision-<id>" opens it;
// the comments made on it; and, while the version is open (ReviewEntries gives whom the form speaks
// for), a "Comment" button beside it that opens the comment form underneath. After a comment is sent the form closes, focus returns to the
// button and the page says so.
"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CommentForm } from "./comment-form";
import { CommentIcon, useReviewTarget } from "./review-entries";

type TProps = {
  anchor: string;
  /** What the entry is called in the buttons and the form ("Decision 3", a speaker's name). */
  label: string;
  /** The text a proposed replacement replaces: the form starts from it. */
  text: string;
  /** The comments on this entry, rendered on the server. */
  comments?: ReactNode;
  children: ReactNode;
};

export function ReviewEntry({ anchor, label, text, comments, children }: TProps) {
  const t = useTranslations("reviewScreen.comment");
  const target = useReviewTarget();
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
    <div id={anchor} className="review-entry">
      <div className="review-entry-row">
        <div className="review-entry-body">{children}</div>
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
            <CommentIcon />
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
