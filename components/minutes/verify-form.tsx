// The /verify form: paste a fingerprint (a plain GET form, so it works before JavaScript loads), or
// choose a file, which is hashed here in the browser with SubtleCrypto — only its SHA-256 goes to
// the server, as /verify?fingerprint=<hex>, never the file.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type TProps = { fingerprint: string; errors?: string[] };

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");

export function VerifyForm({ fingerprint, errors }: TProps) {
  const t = useTranslations("minutesAdoption.verify");
  const router = useRouter();
  const [file, setFile] = useState<{ state: "hashing" | "done" | "noCrypto"; name: string; hash?: string }>();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    // SubtleCrypto exists only on https (and localhost): say how to do it by hand elsewhere.
    if (!globalThis.crypto?.subtle) {
      setFile({ state: "noCrypto", name: chosen.name });
      return;
    }
    setFile({ state: "hashing", name: chosen.name });
    const hash = hex(await crypto.subtle.digest("SHA-256", await chosen.arrayBuffer()));
    setFile({ state: "done", name: chosen.name, hash });
    router.push(`/verify?fingerprint=${hash}`);
  }

  return (
    <div className="space-y-6">
      <form method="get" action="/verify" className="space-y-3">
        <FormField id="fingerprint" label={t("fingerprintLabel")} hint={t("fingerprintHint")} errors={errors}>
          <Input
            defaultValue={fingerprint}
            autoComplete="off"
            spellCheck={false}
            inputMode="text"
            className="font-mono"
          />
        </FormField>
        <Button type="submit">{t("check")}</Button>
      </form>
      <p className="text-sm text-slate-600">{t("or")}</p>
      <FormField id="verify-file" name={null} label={t("fileLabel")} hint={t("fileHint")}>
        <input
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={onFile}
          className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm focus-visible:outline-2 focus-visible:outline-blue-700"
        />
      </FormField>
      <div role="status" aria-live="polite" className="break-all text-sm text-slate-700">
        {file?.state === "hashing" ? t("hashing") : null}
        {file?.state === "done" && file.hash ? t("fileHash", { name: file.name, hash: file.hash }) : null}
        {file?.state === "noCrypto" ? t("noCrypto") : null}
      </div>
    </div>
  );
}
