// How long a session lives and how hard failed logins are slowed down: the numbers the README's
// security section promises, in one place.

/** A session ends this long after its login, however active it is (no sliding). */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

/** A session's lastSeenAt is refreshed at most this often, so busy pages do not write on every request. */
export const SESSION_SEEN_RESOLUTION_MS = 5 * 60_000;

export type TThrottleRule = {
  /** Failures allowed before each further attempt must wait. */
  threshold: number;
  /** The longest wait: the wait doubles with each failure past the threshold, up to this. */
  maxWaitSeconds: number;
};

export const LOGIN_THROTTLE = {
  /** Per e-mail address, whichever client address the attempts come from. */
  account: { threshold: 5, maxWaitSeconds: 15 * 60 },
  /** Per client address, whichever accounts it tries (an office behind one address logs in from it too). */
  address: { threshold: 30, maxWaitSeconds: 15 * 60 },
  /** Failures are forgotten once a key has had none for this long. */
  forgetAfterSeconds: 60 * 60,
  /** A user's own recent address (a login from it in this many days) is not held by the account's wait. */
  knownAddressDays: 30,
} as const;

/** Seconds an attempt must wait after `failures` failures under `rule` (0: no wait). */
export function throttleWaitSeconds(failures: number, rule: TThrottleRule): number {
  if (failures < rule.threshold) return 0;
  return Math.min(2 ** Math.min(failures - rule.threshold, 30), rule.maxWaitSeconds);
}
