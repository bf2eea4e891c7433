// The administrator's "Directory entry" of an account: which person of the directory the account
// acts as (their organisation's action items, their calendar feed), linked by the person's e-mail;
// a blank e-mail unlinks. Checked with the server's schema first.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import { linkUserPersonAction } from "@/lib/user/actions";
import { ZLinkUserPerson } from "@/lib/user/schema";

export function LinkPersonForm({ userId, personEmail }: { userId: string; personEmail: string | null }) {
  const t = useTranslations("admin.person");
  const router = useRouter();
  const form = useSaveForm({
    schema: ZLinkUserPerson,
    valuesOf: (f: FormData) => ({ userId: f.get("userId"), personEmail: f.get("personEmail") ?? "" }),
    save: (data: FormData) => linkUserPersonAction(data),
    fixErrors: t("fixErrors"),
    onSaved: () => router.refresh(),
  });
  return (
    <SaveForm form={form} saveLabel={t("save")} savingLabel={t("saving")}>
      <input type="hidden" name="userId" value={userId} />
      <FormField id="personEmail" label={t("email")} hint={t("emailHint")} errors={form.errors.personEmail}>
        <Input type="email" autoComplete="off" defaultValue={personEmail ?? ""} />
      </FormField>
    </SaveForm>
  );
}
