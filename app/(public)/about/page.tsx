// What Notulen is, in both languages. Static: also the benchmark's baseline page.
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "About Notulen" };

export default function AboutPage() {
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-16">
      <h1 className="text-3xl font-semibold text-blue-900">Notulen</h1>
      <section className="space-y-2">
        <p>
          Notulen runs the meeting cycle of a Programme Steering Committee: scheduling and invitations, the
          attendance register, remarks, decisions and action items, minutes reviewed by the ministries and
          adopted by the committee, and follow-up from one meeting to the next.
        </p>
      </section>
      <section lang="id" className="space-y-2">
        <p>
          Notulen mengelola siklus rapat Komite Pengarah Program: penjadwalan dan undangan, daftar hadir,
          tanggapan, keputusan dan tindak lanjut, notulen yang ditelaah kementerian dan disahkan komite, serta
          pemantauan tindak lanjut dari rapat ke rapat.
        </p>
      </section>
      <Link href="/login" className="inline-block text-blue-800 underline">
        Log in / Masuk
      </Link>
    </main>
  );
}
