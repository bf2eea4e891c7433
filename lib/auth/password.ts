// Password hashing with Argon2id (prebuilt binaries from the npm registry, no build step).
import { hash, verify } from "@node-rs/argon2";

export { MIN_PASSWORD_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
