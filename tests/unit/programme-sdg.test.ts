// SDG goals from form checkboxes and API numbers become one sorted list of 1–17.
import { describe, expect, it } from "vitest";
import { ZCreateProgramme, programmeFormValues } from "@/lib/programme/schema";
import { parseSdgGoals } from "@/lib/programme/sdg";
import { checkInput } from "@/lib/validation";

describe("parseSdgGoals", () => {
  it("sorts, removes duplicates and accepts checkbox strings", () => {
    expect(parseSdgGoals(["13", 5, 13, " 1 "])).toEqual([1, 5, 13]);
    expect(parseSdgGoals([])).toEqual([]);
  });
  it("refuses anything that is not a goal number", () => {
    for (const bad of [[0], [18], ["3.5"], [""], ["abc"], [null]]) expect(parseSdgGoals(bad)).toBeNull();
  });
});

describe("programme form values", () => {
  it("read repeated checkboxes and blank optional fields as not recorded", () => {
    const form = new FormData();
    form.set("title", "Joint Programme");
    form.set("country", "Indonesia");
    form.set("durationMonths", "");
    form.set("startDate", "");
    form.append("sdgGoals", "13");
    form.append("sdgGoals", "5");
    // The form always has the adoption-method checkboxes; at least one is ticked.
    form.append("adoptionMethods", "AT_MEETING");
    const parsed = ZCreateProgramme.parse(programmeFormValues(form));
    expect(parsed).toMatchObject({
      sdgGoals: [5, 13],
      durationMonths: null,
      startDate: null,
      participatingOrganisationIds: [],
    });
  });
  it("name a bad duration under its field", () => {
    const result = ZCreateProgramme.safeParse({ title: "X", country: "Y", durationMonths: "abc" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["durationMonths"]);
  });
  it("name their problems as message keys, with the limit where one applies", () => {
    expect(
      checkInput(ZCreateProgramme, { title: " ", country: "Y", sdgGoals: [18], durationMonths: "300" }),
    ).toEqual({
      title: [expect.objectContaining({ key: "programme.errors.titleRequired" })],
      sdgGoals: [{ key: "programme.errors.sdgGoals" }],
      durationMonths: [{ key: "errors.field.tooLarge", params: { max: 240 } }],
    });
  });
});
