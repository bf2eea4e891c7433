// Preloaded into `next start` by `npm start` (node --import):
// 1. If `npm start` dies without cleaning up (kill -9), Next.js would live on, orphaned, holding the
//    port with no database behind it: it stops itself (SIGTERM, so gracefully) once its parent is gone.
// 2. The client address the login throttle counts (lib/auth/client-address.ts) is the last entry of
//    X-Forwarded-For. Reached directly, a client could write that header itself and dodge the
//    per-address throttle, so unless TRUST_PROXY=1 (Notulen runs behind a reverse proxy that appends
//    the address it saw) the header is replaced with the connection's own address.
import http from "node:http";

const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
}, 1000).unref();

if (process.env.TRUST_PROXY !== "1") {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, ...rest) {
    if (event === "request" && request?.socket) {
      request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
    }
    return emit.call(this, event, request, ...rest);
  };
}
