// The fuzz test's families of invitations and their password-less links: inviting people and
// organisations (which mails each invitee their RSVP link), revoking a link (as the secretariat),
// and the invitee's side — the RSVP page and answer (accept, decline, delegate), a server action
// without a login where the token in the form is the credential.
import fc from "fast-check";
import { POST as revokeLink } from "@/app/api/v1/links/[id]/revoke/route";
import { POST as postInvitations } from "@/app/api/v1/meetings/[id]/invitations/route";
import { respondAction } from "@/lib/invitation/actions";
import { rsvpPage } from "@/lib/invitation/service/rsvp";
import { actionStatus, callsOf, endpoint, formDataOf, httpFamily } from "./fuzz-http";
import { bodyOf, objectOf } from "./fuzz-bodies";
import { live, type TOutcome, type TResolvers } from "./fuzz-request";
import type { TFamily } from "./fuzz-run";
import { field, hostileId, hostileString, idOf, okText } from "./fuzz-values";
import { freshRsvpToken, type TFuzzWorld } from "./fuzz-world";

export function invitationFamilies(world: TFuzzWorld, resolvers: TResolvers): TFamily<unknown>[] {
  const { meetings, secretariat } = world;
  const person = fc.constantFrom(...world.personIds);
  const organisation = fc.constantFrom(...world.organisationIds);
  const meetingIdOf = (id: string) => idOf(fc.constant(id));

  // Too many ids are existing ones: a "$live:freshPerson" among 600 would add 600 people first.
  const ids = (good: fc.Arbitrary<string>, existing: fc.Arbitrary<string>) =>
    field(
      fc.array(good, { maxLength: 3 }),
      fc.oneof(fc.array(hostileId, { maxLength: 4 }), fc.array(existing, { minLength: 501, maxLength: 600 })),
    );
  const invitations = httpFamily(
    "invitations",
    secretariat,
    { invite: endpoint(postInvitations, "POST", "/api/v1/meetings/{id}/invitations") },
    [
      callsOf("invite", {
        params: { id: meetingIdOf(meetings.invite.id) },
        body: bodyOf(
          objectOf({
            personIds: ids(fc.oneof(fc.constant(live("freshPerson")), person), person),
            organisationIds: ids(organisation, organisation),
          }),
        ),
      }),
    ],
    resolvers,
  );

  const links = httpFamily(
    "links",
    secretariat,
    { revoke: endpoint(revokeLink, "POST", "/api/v1/links/{id}/revoke") },
    [
      callsOf("revoke", {
        params: { id: idOf(fc.oneof(fc.constant(live("freshLink")), fc.constant(live("newestLink")))) },
      }),
    ],
    resolvers,
  );

  return [invitations, links, rsvpFamily(world)] as TFamily<unknown>[];
}

// ---------------------------------------------------------------------------------------------
// The RSVP link: a server action without a login, the token in the form is the credential. Two
// answers are wrong without being server errors, and count as failures with a status of their own:
// 597, a link just issued did not open; 598, a link with a changed last character answered.

type TRsvpInput = {
  /** "fresh": a new invitation's token; "tampered": one with its last character changed; else the text sent. */
  token: { fresh: true; tamper?: number } | { text: string };
  fields: Record<string, unknown>;
  asForm: boolean;
  view: boolean;
};

function rsvpFamily(world: TFuzzWorld): TFamily<TRsvpInput> {
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ fresh: true as const }) },
    { weight: 1, arbitrary: fc.nat({ max: 63 }).map((tamper) => ({ fresh: true as const, tamper })) },
    { weight: 2, arbitrary: fc.oneof(hostileString, hostileId).map((text) => ({ text })) },
  );
  const fields = objectOf({
    response: field(fc.constantFrom("ACCEPTED", "DECLINED", "DELEGATED")),
    name: field(okText(2, 200)),
    email: field(fc.emailAddress(), fc.oneof(hostileString, fc.constantFrom(...world.personIds))),
    position: field(fc.option(okText(0, 200), { nil: undefined })),
    locale: field(fc.constantFrom("en", "id", undefined)),
  });
  const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  return {
    name: "rsvp link",
    arbitrary: fc.record({ token, fields, asForm: fc.boolean(), view: fc.boolean() }),
    send: async ({ token: chosen, fields: values, asForm, view }): Promise<TOutcome> => {
      let text: string;
      if ("text" in chosen) text = chosen.text;
      else {
        text = (await freshRsvpToken(world)).token;
        if (chosen.tamper !== undefined) {
          const last = text.at(-1)!;
          const other =
            BASE64URL[chosen.tamper] === last
              ? BASE64URL[(chosen.tamper + 1) % 64]
              : BASE64URL[chosen.tamper];
          text = text.slice(0, -1) + other;
        }
      }
      if (view) {
        const page = await rsvpPage(text);
        if (!page && "fresh" in chosen && chosen.tamper === undefined)
          return { status: 597, detail: "a fresh link did not open" };
      }
      const input = { ...values, token: text };
      const result = await respondAction((asForm ? formDataOf(input) : input) as never);
      const detail = result.ok ? undefined : `${result.code} ${result.messageKey}`;
      // Not a server error, but as wrong: only the exact token we issued may answer.
      if (result.ok && "fresh" in chosen && chosen.tamper !== undefined)
        return { status: 598, detail: "a tampered link answered" };
      return { status: actionStatus(result), detail };
    },
  };
}
