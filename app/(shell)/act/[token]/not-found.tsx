// What an action-update link that does not open shows (404): components/shell/invalid-link.tsx.
import { InvalidLink } from "@/components/shell/invalid-link";

export default function InvalidActionLink() {
  return <InvalidLink namespace="actionLink.invalid" />;
}
