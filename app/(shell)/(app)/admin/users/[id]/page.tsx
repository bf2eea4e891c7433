// One user for the administrator: the directory entry the account acts as, where they are logged
// in (with "End all sessions") and their API tokens (each with "Revoke").
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EndSessionsButton } from "@/components/auth/end-sessions-button";
import { LinkPersonForm } from "@/components/auth/link-person-form";
import { RevokeTokenButton } from "@/components/auth/revoke-token-button";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, TBody, Td, THeadRow } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { listUserApiTokens } from "@/lib/api-token/service";
import { SESSION_LIFETIME_SECONDS } from "@/lib/auth/policy";
import { listLiveSessions } from "@/lib/auth/service/session";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/date";
import { DEFAULT_TIME_ZONE } from "@/lib/meeting/zoned-time";
import { orNotFound } from "@/lib/page/or-not-found";
import { getUserForAdmin } from "@/lib/user/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requirePagePermission("instance:admin");
  const [user, sessions, tokens] = await orNotFound(
    Promise.all([getUserForAdmin(access, id), listLiveSessions(access, id), listUserApiTokens(access, id)]),
  );
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale().then(toLocale)]);
  // Sessions and tokens belong to no meeting: their times are in the programmes' zone.
  const when = (date: Date) => formatDateTime(date, locale, DEFAULT_TIME_ZONE);
  const now = new Date();
  const tokenStatus = (token: (typeof tokens)[number]) => {
    if (token.revokedAt) return <Badge tone="danger">{t("tokens.revoked")}</Badge>;
    if (token.expiresAt && token.expiresAt <= now) return <Badge>{t("tokens.expired")}</Badge>;
    return <Badge tone="success">{t("tokens.active")}</Badge>;
  };

  return (
    <ClientMessages namespaces={["admin", "errors", "login"]}>
      <>
        <BackLink href="/admin">{t("allUsers")}</BackLink>
        <PageHeader title={user.name}>
          {user.disabledAt ? <Badge tone="danger">{t("disabled")}</Badge> : null}
        </PageHeader>
        <p className="-mt-4 mb-6 text-sm text-slate-600">{user.email}</p>
        <div className="space-y-8">
          <Section id="person-title" title={t("person.title")} intro={t("person.intro")}>
            <p className="text-sm text-slate-800">
              {user.person
                ? t("person.linked", {
                    name: user.person.name,
                    organisation: user.person.organisation
                      ? (user.person.organisation.acronym ?? user.person.organisation.name)
                      : t("person.noOrganisation"),
                  })
                : t("person.notLinked")}
            </p>
            <LinkPersonForm userId={user.id} personEmail={user.person?.email ?? null} />
          </Section>
          <Section
            id="sessions-title"
            title={t("sessions.title")}
            intro={t("sessions.intro", { hours: SESSION_LIFETIME_SECONDS / 3600 })}
          >
            {sessions.length === 0 ? (
              <EmptyState title={t("sessions.empty")} />
            ) : (
              <>
                <Table>
                  <THeadRow
                    columns={[
                      t("sessions.started"),
                      t("sessions.lastSeen"),
                      t("sessions.address"),
                      t("sessions.browser"),
                    ]}
                  />
                  <TBody>
                    {sessions.map((s) => (
                      <tr key={s.id}>
                        <Td>{when(s.createdAt)}</Td>
                        <Td>{when(s.lastSeenAt)}</Td>
                        <Td>{s.address ?? t("sessions.unknown")}</Td>
                        <Td className="max-w-xs truncate" title={s.userAgent ?? undefined}>
                          {s.userAgent ?? t("sessions.unknown")}
                        </Td>
                      </tr>
                    ))}
                  </TBody>
                </Table>
                <EndSessionsButton userId={user.id} name={user.name} />
              </>
            )}
          </Section>
          <Section id="tokens-title" title={t("tokens.title")} intro={t("tokens.intro")}>
            {tokens.length === 0 ? (
              <EmptyState title={t("tokens.empty")} />
            ) : (
              <Table>
                <THeadRow
                  columns={[
                    t("tokens.name"),
                    t("tokens.prefix"),
                    t("tokens.created"),
                    t("tokens.lastUsed"),
                    t("tokens.status"),
                    t("tokens.actions"),
                  ]}
                />
                <TBody>
                  {tokens.map((token) => (
                    <tr key={token.id}>
                      <Td className="font-medium">{token.name}</Td>
                      <Td className="font-mono">{token.prefix}…</Td>
                      <Td>{when(token.createdAt)}</Td>
                      <Td>{token.lastUsedAt ? when(token.lastUsedAt) : t("tokens.never")}</Td>
                      <Td>{tokenStatus(token)}</Td>
                      <Td>
                        {token.revokedAt ? null : (
                          <RevokeTokenButton tokenId={token.id} name={token.name} prefix={token.prefix} />
                        )}
                      </Td>
                    </tr>
                  ))}
                </TBody>
              </Table>
            )}
          </Section>
        </div>
      </>
    </ClientMessages>
  );
}
