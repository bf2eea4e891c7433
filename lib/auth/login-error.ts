// How a throttled login reaches the login form: next-auth passes the message authorize throws as
// the sign-in result's `error`, so the wait travels in it ("throttled:120") and the form words it.
const THROTTLED = "throttled:";

/** The error message of a login refused because it came inside its wait. */
export function throttledLoginMessage(waitSeconds: number): string {
  return `${THROTTLED}${waitSeconds}`;
}

/** The wait in seconds named by a sign-in error, or null when it is another error. */
export function parseThrottledLogin(error: string | null | undefined): number | null {
  const match = error ? /^throttled:(\d{1,9})$/.exec(error) : null;
  return match ? Number(match[1]) : null;
}
