// next-auth configuration: e-mail + password, JWT cookies that name a server-side session. The
// token carries only the user's id and the session's (sid); whether the session still counts and
// what the user may do are read from the database on each request (lib/auth/session.ts).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginClient } from "@/lib/auth/client-address";
import { logIn, type TLoggedIn } from "@/lib/auth/login";
import { SESSION_LIFETIME_SECONDS } from "@/lib/auth/policy";
import { endSession } from "@/lib/auth/service/session";
import { env } from "@/lib/env";
import { ZLogin } from "@/lib/user/schema";
import { checkInput } from "@/lib/validation";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // next-auth renews the cookie's expiry whenever /api/auth/session is read; the session row's
    // expiresAt, fixed at login, is what ends the session.
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          // Whatever arrives (NUL, broken Unicode): a refusal like a wrong password, never a 500.
          if (checkInput(ZLogin, credentials)) return null;
          return logIn(ZLogin.parse(credentials), loginClient(request?.headers));
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (!user) return token;
        return { sub: user.id, sid: (user as TLoggedIn).sessionId };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
