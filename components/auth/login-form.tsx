// Login form: validates with the same zod schema as the server, shows each error under its
// field, one clear message for a wrong e-mail or password, and how long to wait when logins to
// the account (or from this network) are throttled.
"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useIssueText } from "@/components/ui/use-issue-text";
import { parseThrottledLogin } from "@/lib/auth/login-error";
import type { TFieldErrors } from "@/lib/errors";
import { ZLogin } from "@/lib/user/schema";
import { checkInput } from "@/lib/validation";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");

  /** The sentence for a refused login: the wait in seconds or whole minutes, or a wrong password. */
  function refusal(error: string | null | undefined): string {
    const wait = parseThrottledLogin(error);
    if (wait !== null) {
      return wait < 120
        ? t("throttledSeconds", { seconds: wait })
        : t("throttledMinutes", { minutes: Math.ceil(wait / 60) });
    }
    return error === "CredentialsSignin" ? t("invalidCredentials") : t("failed");
  }
  const issueText = useIssueText();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const form = new FormData(event.currentTarget);
    const input = { email: form.get("email"), password: form.get("password") };
    const issues = checkInput(ZLogin, input);
    if (issues) {
      setFieldErrors(issueText(issues));
      return;
    }
    setFieldErrors({});
    setIsSubmitting(true);
    try {
      const result = await signIn("credentials", { ...ZLogin.parse(input), redirect: false });
      if (result?.ok) {
        window.location.assign(callbackUrl);
        return;
      }
      setFormError(refusal(result?.error));
    } catch {
      setFormError(t("failed"));
    }
    setIsSubmitting(false);
  }

  return (
    <form
      onSubmit={onSubmit}
      method="post"
      noValidate
      className="space-y-4"
      aria-describedby={formError ? "login-error" : undefined}
    >
      {formError ? (
        <p
          id="login-error"
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {formError}
        </p>
      ) : null}
      <FormField id="email" label={t("email")} errors={fieldErrors.email}>
        <Input type="email" autoComplete="username" required autoFocus />
      </FormField>
      <FormField id="password" label={t("password")} errors={fieldErrors.password}>
        <Input type="password" autoComplete="current-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
