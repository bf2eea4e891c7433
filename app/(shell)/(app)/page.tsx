// The home of a signed-in user is the meetings list.
import { redirect } from "next/navigation";

export default function Home() {
  redirect("/meetings");
}
