// The review screen of a signed-in member with minutes:review to whom the meeting's minutes were
// circulated: the same screen as their personal link opens, in the app's language. 404 for anyone
// else, alike for a missing meeting, one that is not theirs, and minutes not circulated to them.
import { getLocale, getTranslations } from "next-intl/server";
import { ReviewScreen } from "@/components/review/review-screen";
import { appReviewAccess } from "@/lib/minutes/service/review-access";
import { reviewPage } from "@/lib/minutes/service/review-page";
import { meetingPageLoader, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { ClientMessages } from "@/components/i18n/client-messages";

const loadReview = meetingPageLoader("minutes:review", async (access, meetingId) =>
  reviewPage(await appReviewAccess(access, meetingId), await getLocale()),
);

export async function generateMetadata() {
  return { title: (await getTranslations("reviewScreen"))("title") };
}

export default async function MinutesReviewPage({ params }: TMeetingPageProps) {
  const { id } = await params;
  const { data: page } = await loadReview(id);
  const t = await getTranslations({ locale: page.locale, namespace: "reviewScreen" });
  return (
    <ClientMessages namespaces={["errors", "minutesAdoption", "minutesReview", "reviewScreen"]}>
      <ReviewScreen
        page={page}
        target={{ via: "app", meetingId: page.meeting.id }}
        back={{ href: `/meetings/${page.meeting.id}`, label: t("back") }}
      />
    </ClientMessages>
  );
}
