// Login form: validates with the same zod schema as the server, shows each error under its
// field, and one clear message for a wrong e-mail or password.
"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ZLogin } from "@/lib/user/schema";

type TFieldErrors = { email?: string[]; password?: string[] };

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const form = new FormData(event.currentTarget);
    const parsed = ZLogin.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const errors = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors({
        email: errors.email?.map((key) => t(key as "emailInvalid")),
        password: errors.password?.map((key) => t(key as "passwordRequired")),
      });
      return;
    }
    setFieldErrors({});
    setIsSubmitting(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok) {
        window.location.assign(callbackUrl);
        return;
      }
      setFormError(result?.error === "CredentialsSignin" ? t("invalidCredentials") : t("failed"));
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
      <div className="space-y-1">
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
        />
        <FieldError id="email-error" messages={fieldErrors.email} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
        />
        <FieldError id="password-error" messages={fieldErrors.password} />
      </div>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
