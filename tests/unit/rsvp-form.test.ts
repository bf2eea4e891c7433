// The RSVP form's rules, shared by the browser and the link action: each message is a key and
// stands under the field it is about (the colleague's name and e-mail, the answer itself).
import { describe, expect, it } from "vitest";
import { ZRsvpForm } from "@/lib/invitation/schema";
import { checkInput } from "@/lib/validation";

const token = "inv1.signature";

describe("ZRsvpForm", () => {
  it("takes an answer without a colleague, ignoring empty colleague fields", () => {
    expect(checkInput(ZRsvpForm, { token, response: "ACCEPTED", name: "", email: "" })).toBeNull();
    expect(ZRsvpForm.parse({ token, response: "DECLINED", locale: "id" })).toEqual({
      token,
      response: "DECLINED",
      locale: "id",
    });
  });

  it("asks for one of the answers", () => {
    expect(checkInput(ZRsvpForm, { token })).toEqual({
      response: [{ key: "invitation.errors.responseRequired" }],
    });
  });

  it("puts the colleague's missing name and bad e-mail under their own fields", () => {
    expect(checkInput(ZRsvpForm, { token, response: "DELEGATED", name: " ", email: "dewi@" })).toEqual({
      name: [{ key: "invitation.errors.delegateNameRequired", params: { min: 2 } }],
      email: [{ key: "invitation.errors.delegateEmailInvalid" }],
    });
  });

  it("keeps a colleague's e-mail in lower case", () => {
    const parsed = ZRsvpForm.parse({ token, response: "DELEGATED", name: "Dewi", email: " Dewi@X.org " });
    expect(parsed).toMatchObject({ name: "Dewi", email: "dewi@x.org" });
  });
});
