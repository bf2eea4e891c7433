// What a review link that does not open shows (404): components/shell/invalid-link.tsx.
import { InvalidLink } from "@/components/shell/invalid-link";

export default function InvalidReviewLink() {
  return <InvalidLink namespace="reviewScreen.invalid" />;
}
