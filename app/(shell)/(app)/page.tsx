// The home of a signed-in user. A member — who reads only the meetings they are invited to — finds
// their own meetings here, with their answer; everyone who reads all of a programme's meetings goes
// to the meetings list, as before (and someone with no role there gets its "not found").
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MemberHome } from "@/components/home/member-home";
import { ClientMessages } from "@/components/i18n/client-messages";
import { toLocale } from "@/i18n/locales";
import { canAnywhere, type TAccess } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { memberHome } from "@/lib/home/service";

const hasMemberHome = (access: TAccess) =>
  canAnywhere(access, "meeting:read-invited") && !canAnywhere(access, "meeting:read");

export async function generateMetadata(): Promise<Metadata> {
  const user = await getCurrentUser();
  if (!user || !hasMemberHome(user.access)) return {};
  return { title: (await getTranslations("home"))("title") };
}

export default async function Home() {
  const user = await requireUser();
  if (!hasMemberHome(user.access)) redirect("/meetings");
  const [home, locale] = await Promise.all([memberHome(user.access), getLocale().then(toLocale)]);
  return (
    <ClientMessages namespaces={["errors", "home", "invitation"]}>
      <MemberHome home={home} locale={locale} />
    </ClientMessages>
  );
}
