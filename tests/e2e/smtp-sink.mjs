// A real SMTP server for the end-to-end run (started by scripts/e2e.mjs): it accepts every message
// on 127.0.0.1 and writes it, raw, as one .eml file per message into a folder the specs read, so
// a journey follows the RSVP link a mail client would show.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

let counter = 0;

/** Starts the sink on a free port; `url` is what nodemailer needs (no TLS: plain localhost). */
export async function startSmtpSink(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (c) => chunks.push(c));
      stream.on("error", callback);
      stream.on("end", () => {
        counter += 1;
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        const name = `${Date.now()}-${String(counter).padStart(5, "0")}.eml`;
        // The envelope recipients first, so a spec can find a mail without parsing headers.
        fs.writeFileSync(
          path.join(dir, name),
          `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString("utf8")}`,
        );
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
