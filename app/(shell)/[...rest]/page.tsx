// Any unknown path inside the application gets the application's "not found" page.
import { notFound } from "next/navigation";

export default function UnknownPage() {
  notFound();
}
