// A real SMTP server on 127.0.0.1 for integration tests: it accepts every message and keeps the
// raw text, so tests check what a mail client would receive, not what we meant to send.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type TReceivedMail = { from: string; to: string[]; raw: string; subject: string };

/** The decoded body parts (quoted-printable / base64) with their Content-Type, minimally parsed. */
export function mailParts(raw: string): { contentType: string; body: string }[] {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => m[1]);
  const chunks = boundaries.length
    ? raw.split(
        new RegExp(`--(?:${boundaries.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`),
      )
    : [raw];
  return chunks.flatMap((chunk) => {
    const split = chunk.search(/\r?\n\r?\n/);
    if (split < 0) return [];
    const head = chunk.slice(0, split);
    const type = /^content-type:\s*([^\r\n]+(?:\r?\n[ \t][^\r\n]+)*)/im.exec(head)?.[1].replace(/\s+/g, " ");
    if (!type || type.startsWith("multipart/")) return [];
    const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1].toLowerCase();
    let body = chunk.slice(split).trim();
    if (encoding === "base64") body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    if (encoding === "quoted-printable")
      body = Buffer.from(
        body
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        "latin1",
      ).toString("utf8");
    return [{ contentType: type, body }];
  });
}

/** `refuse`: recipients the server rejects (550), to test per-recipient failures. */
export async function startSmtpServer(options: { refuse?: (address: string) => boolean } = {}) {
  const received: TReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: /^subject:\s*(.*)$/im.exec(raw)?.[1] ?? "",
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages delivered to one address. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
