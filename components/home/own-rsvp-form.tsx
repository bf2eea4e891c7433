// A member's answer to one invitation on their home: "I will attend" or "I cannot attend", the
// current answer marked as pressed. Checked in the browser with the shared schema, then posted to
// the session action, which finds the invitation only among the member's own; the page then shows
// the new answer. Sending a colleague instead needs the colleague's details and stays with the
// personal link in the invitation e-mail, as the note under the buttons says.
"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { RsvpStatus } from "@/lib/generated/prisma/enums";
import { answerOwnInvitationFormAction } from "@/lib/invitation/actions";
import { ZOwnRsvp } from "@/lib/invitation/schema";
import { checkInput } from "@/lib/validation";

type TOutcome = Awaited<ReturnType<typeof answerOwnInvitationFormAction>>;

const CHOICES = [
  { value: "ACCEPTED", label: "accept" },
  { value: "DECLINED", label: "decline" },
] as const;

type TProps = {
  invitationId: string;
  current: RsvpStatus;
  /** "3rd PSC — Annual review": names the question for screen readers among several meetings. */
  meetingName: string;
};

export function OwnRsvpForm({ invitationId, current, meetingName }: TProps) {
  const t = useTranslations("home.answer");
  const tRsvp = useTranslations("invitation.rsvp");
  const issueText = useIssueText();
  const [outcome, formAction, isPending] = useActionState<TOutcome | null, FormData>(
    answerOwnInvitationFormAction,
    null,
  );
  const [checked, setChecked] = useState<string | null>(null);
  const questionId = `rsvp-question-${invitationId}`;

  // The server's rules, so a tampered answer is refused before anything is sent.
  const check = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const values = Object.fromEntries(new FormData(event.currentTarget, submitter));
    const issues = checkInput(ZOwnRsvp, values);
    if (issues) event.preventDefault();
    setChecked(issues ? Object.values(issueText(issues)).flat().join(" ") : null);
  };

  const failure = outcome && !outcome.ok ? outcome.message : null;
  return (
    <form action={formAction} onSubmit={check} noValidate className="space-y-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <div role="group" aria-labelledby={questionId} className="space-y-2">
        <p id={questionId} className="text-sm font-medium text-slate-800">
          {tRsvp("question")}
          <span className="sr-only"> {meetingName}</span>
        </p>
        <div className="flex flex-wrap gap-2">
          {CHOICES.map(({ value, label }) => (
            <Button
              key={value}
              type="submit"
              name="response"
              value={value}
              variant={current === value ? "default" : "secondary"}
              aria-pressed={current === value}
              disabled={isPending}
            >
              {tRsvp(label)}
            </Button>
          ))}
        </div>
      </div>
      <p className="text-xs text-slate-600">{t("delegateByLink")}</p>
      <p aria-live="polite" className="text-sm text-slate-700">
        {isPending ? t("saving") : outcome?.ok ? t("saved") : null}
      </p>
      <ErrorText>{checked ?? failure}</ErrorText>
    </form>
  );
}
