// The link back to the page a sub-page belongs to ("← Back to the meeting").
import Link from "next/link";

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-sm text-blue-800 underline-offset-4 hover:underline">
      ← {children}
    </Link>
  );
}
