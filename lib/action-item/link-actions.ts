// Server actions behind the personal links of the follow-up register (public: no session, the token
// in the form is the credential, opened again by the service): a progress update through an action
// item's update link (/act/<token>), and stopping the weekly digests (/unsubscribe/<token>).
"use server";
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { runPublicAction } from "@/lib/action/run-action";
import { updateByLink } from "./service/act-link";
import { unsubscribeFromDigests } from "./service/unsubscribe";
import { actionLinkFormValues, ZActionLinkForm } from "./update-schema";

export const updateByLinkAction = runPublicAction(
  "recording progress on an action item by link",
  ZActionLinkForm,
  ({ token, body, statusAfter, evidenceUrl, version }) =>
    updateByLink(token, { body, statusAfter, evidenceUrl, version }),
  {
    revalidate: ({ token }) => [`/act/${token}`],
    fromForm: actionLinkFormValues,
    locale: (form) => form.locale,
  },
);

const ZUnsubscribeForm = z.object({
  token: z.string().trim().min(1).max(200),
  locale: z.enum(LOCALES).optional(),
});

export const unsubscribeAction = runPublicAction(
  "stopping the weekly digests",
  ZUnsubscribeForm,
  ({ token }) => unsubscribeFromDigests(token),
  { revalidate: ({ token }) => [`/unsubscribe/${token}`], locale: (form) => form.locale },
);

/** The confirm button through useActionState (it posts before JavaScript has loaded too). */
export async function unsubscribeFormAction(_previous: unknown, form: FormData) {
  return unsubscribeAction(form);
}
