// What every entry of the document under review shares, given once for the whole document rather
// than to each of its (often 100+) entries: whom the comment forms speak for (null while the
// version takes no comments) and the "Comment" icon, drawn once and referenced by each button.
"use client";
import { MessageSquarePlus } from "lucide-react";
import { createContext, useContext, type ReactNode } from "react";
import type { TReviewTarget } from "./review-target";

const ReviewTargetContext = createContext<TReviewTarget | null>(null);

const COMMENT_ICON = "review-comment-icon";

export function ReviewEntries({ target, children }: { target: TReviewTarget | null; children: ReactNode }) {
  return (
    <ReviewTargetContext.Provider value={target}>
      {target ? (
        <svg aria-hidden="true" width="0" height="0" className="absolute">
          <symbol id={COMMENT_ICON} viewBox="0 0 24 24">
            <MessageSquarePlus />
          </symbol>
        </svg>
      ) : null}
      {children}
    </ReviewTargetContext.Provider>
  );
}

/** Whom an entry's comment form speaks for; null when the version takes no comments. */
export function useReviewTarget(): TReviewTarget | null {
  return useContext(ReviewTargetContext);
}

/** The "Comment" icon (the symbol ReviewEntries draws once). */
export function CommentIcon() {
  return (
    <svg aria-hidden="true" className="size-4">
      <use href={`#${COMMENT_ICON}`} />
    </svg>
  );
}
