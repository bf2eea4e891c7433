// Password rules, importable from client components (no hashing library here).
export const MIN_PASSWORD_LENGTH = 10;
