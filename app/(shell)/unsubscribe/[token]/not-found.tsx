// What an unsubscribe link that does not open shows (404): components/shell/invalid-link.tsx.
import { InvalidLink } from "@/components/shell/invalid-link";

export default function InvalidUnsubscribeLink() {
  return <InvalidLink namespace="digestUnsubscribe.invalid" />;
}
