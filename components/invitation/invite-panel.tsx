// The invite panel: choose organisations and/or people, send the invitations through the server
// action, and read back how many were invited, skipped, mailed, and whose e-mail failed — or why
// nothing was sent, in the reader's language.
"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { useIssueText } from "@/components/ui/use-issue-text";
import { inviteAction } from "@/lib/invitation/actions";
import { ZInviteAction } from "@/lib/invitation/schema";
import { checkInput } from "@/lib/validation";
import { OrganisationChecklist, type TOrganisationChoice } from "./organisation-checklist";
import { PersonTypeahead, type TPersonChoice } from "./person-typeahead";

type TOutcome = Awaited<ReturnType<typeof inviteAction>>;
type TSent = Extract<TOutcome, { ok: true }>["data"];
/** What the panel shows: what was sent, or the messages saying why nothing was. */
type TResult = { ok: true; data: TSent } | { ok: false; messages: string[] };

/** The messages of a failure: those under each field (the panel has none of its own), else the general one. */
const failureMessages = (fieldErrors: Record<string, string[]> | undefined, message: string) => {
  const messages = Object.values(fieldErrors ?? {}).flat();
  return messages.length > 0 ? messages : [message];
};

export function InvitePanel({
  meetingId,
  organisations,
}: {
  meetingId: string;
  organisations: TOrganisationChoice[];
}) {
  const t = useTranslations("invitation.invite");
  const [orgIds, setOrgIds] = useState<ReadonlySet<string>>(new Set());
  const [people, setPeople] = useState<TPersonChoice[]>([]);
  const issueText = useIssueText();
  const [result, setResult] = useState<TResult | null>(null);
  const [isPending, startTransition] = useTransition();

  function toggle(id: string) {
    const next = new Set(orgIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOrgIds(next);
  }

  function send() {
    const input = { meetingId, personIds: people.map((p) => p.id), organisationIds: [...orgIds] };
    const issues = checkInput(ZInviteAction, input);
    if (issues) {
      setResult({ ok: false, messages: Object.values(issueText(issues)).flat() });
      return;
    }
    startTransition(async () => {
      const outcome = await inviteAction(input);
      setResult(
        outcome.ok ? outcome : { ok: false, messages: failureMessages(outcome.fieldErrors, outcome.message) },
      );
      if (outcome.ok) {
        setOrgIds(new Set());
        setPeople([]);
      }
    });
  }

  return (
    <form
      className="space-y-6"
      aria-describedby="invite-result"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Section id="invite-people" title={t("people")}>
        <PersonTypeahead
          chosen={people}
          onAdd={(p) => setPeople((list) => [...list, p])}
          onRemove={(id) => setPeople((list) => list.filter((p) => p.id !== id))}
        />
      </Section>
      <Section id="invite-organisations" title={t("organisations")} intro={t("organisationsHint")}>
        <OrganisationChecklist organisations={organisations} selected={orgIds} onToggle={toggle} />
      </Section>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("sending") : t("send")}
      </Button>
      <div id="invite-result" aria-live="polite">
        {result ? <InviteOutcome result={result} /> : null}
      </div>
    </form>
  );
}

function InviteOutcome({ result }: { result: TResult }) {
  const t = useTranslations("invitation.invite");
  if (!result.ok) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        {result.messages.join(" ")}
      </p>
    );
  }
  const sent = result.data;
  return (
    <div
      role="status"
      className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
    >
      <p>{t("result", { invited: sent.invited, skipped: sent.skipped, mailed: sent.mailed })}</p>
      {sent.failed.length > 0 ? (
        <div>
          <p className="font-medium text-red-900">{t("failed", { count: sent.failed.length })}</p>
          <ul className="list-disc pl-5 text-red-900">
            {sent.failed.map((f) => (
              <li key={f.personId}>
                {f.name} ({f.email})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
