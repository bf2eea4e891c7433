// Server actions for invitations: the RSVP form (a link action — no login, the token in the form
// is the credential, opened again by the service), a member's answer to their own invitation from
// their home (session; the service finds the invitation only among their own) and the
// secretariat's invite panel (session; the service finds the meeting only among those the user
// may manage).
"use server";
import { runAction, runPublicAction } from "@/lib/action/run-action";
import { ZInviteAction, ZOwnRsvp, ZRsvpForm, type TRsvpResponse } from "./schema";
import { answerOwnInvitation } from "./service/own-invitation";
import { respond } from "./service/rsvp";
import { inviteToMeeting, personNames } from "./service/invite";

export const respondAction = runPublicAction(
  "answering an invitation",
  ZRsvpForm,
  async ({ token, locale, ...form }) => {
    const answer: TRsvpResponse =
      form.response === "DELEGATED"
        ? {
            response: "DELEGATED",
            delegate: { name: form.name, email: form.email, position: form.position || undefined },
          }
        : { response: form.response };
    return respond(token, answer, { language: locale });
  },
  { revalidate: ({ token }) => [`/rsvp/${token}`], locale: (form) => form.locale },
);

export const inviteAction = runAction(
  "inviting to a meeting",
  ZInviteAction,
  async ({ meetingId, personIds, organisationIds }, { user, actor }) => {
    const result = await inviteToMeeting(user.access, meetingId, { personIds, organisationIds }, actor);
    const names = await personNames(result.failed.map((f) => f.personId));
    return {
      ...result,
      failed: result.failed.map((f) => ({ ...f, name: names.get(f.personId) ?? f.email })),
    };
  },
  { revalidate: ({ meetingId }) => [`/meetings/${meetingId}`] },
);

/**
 * The RSVP form's action for useActionState, which passes the previous answer first: the same
 * action, so the form also posts before JavaScript has loaded (invitees open it on their phones).
 */
export async function respondFormAction(_previous: unknown, form: FormData) {
  return respondAction(form);
}

/** A member attends or not, answered on their home: the same rules as the link, with the session. */
export const answerOwnInvitationAction = runAction(
  "answering one's own invitation",
  ZOwnRsvp,
  (input, { user, actor }) => answerOwnInvitation(user.access, input, actor),
  { revalidate: () => ["/"] },
);

/** The home's answer buttons through useActionState: they post before JavaScript has loaded too. */
export async function answerOwnInvitationFormAction(_previous: unknown, form: FormData) {
  return answerOwnInvitationAction(form);
}
