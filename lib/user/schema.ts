// Zod schemas for users: shared by the login form, the server and the operator CLI.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";

export const ZLogin = z.object({
  email: z.string().trim().toLowerCase().email({ message: "login.emailInvalid" }),
  password: z.string().min(1, { message: "login.passwordRequired" }),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZCreateUser = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH),
  role: z.enum(ROLES),
  /** Without a programme the role is global (held in every programme). */
  programmeId: z.string().min(1).optional(),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

/** Whose sessions to end: one's own ("log out everywhere"), or, for an administrator, anyone's. */
export const ZEndUserSessions = z.object({ userId: z.string().trim().min(1).max(64) });

/**
 * Link an account to its entry in the directory (by the person's e-mail), so the account acts as
 * that person: their organisation's action items, their calendar feed. Blank unlinks.
 */
export const ZLinkUserPerson = z.object({
  userId: z.string().trim().min(1).max(64),
  personEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .pipe(z.union([z.literal(""), z.email("admin.person.errors.email")])),
});
export type TLinkUserPerson = z.infer<typeof ZLinkUserPerson>;
