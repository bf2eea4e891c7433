// Server actions behind the admin screen's holiday form and delete button; the service checks
// holiday:manage, validates with the shared schemas and refuses a change made against an older
// version of the holiday.
"use server";
import { runAction } from "@/lib/action/run-action";
import { holidayFormValues, ZDeleteHolidayForm, ZSaveHoliday } from "./schema";
import { createHoliday, deleteHoliday, updateHoliday } from "./service";

const holidayPages = () => ["/admin/holidays"];

export const saveHolidayAction = runAction(
  "saving a holiday",
  ZSaveHoliday,
  ({ holidayId, version, ...values }, { user, actor }) =>
    holidayId
      ? updateHoliday(user.access, holidayId, { ...values, version }, actor)
      : createHoliday(user.access, values, actor),
  { revalidate: holidayPages, fromForm: holidayFormValues },
);

export const deleteHolidayAction = runAction(
  "deleting a holiday",
  ZDeleteHolidayForm,
  ({ holidayId, version }, { user, actor }) => deleteHoliday(user.access, holidayId, { version }, actor),
  { revalidate: holidayPages },
);
