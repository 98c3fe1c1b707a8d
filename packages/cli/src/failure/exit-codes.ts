/**
 * The exit code of each outcome. 70 is EX_SOFTWARE of sysexits.h (an internal error); the others
 * are this CLI's own: 1 as diff and cosign use it for "checked, and it did not pass".
 */
export const EXIT_CODES = {
  /** Everything passed. */
  ok: 0,
  /** Verification failed: a subject did not pass the policy. */
  verification: 1,
  /** A usage or configuration error: a flag, a file it names, the policy. */
  configuration: 2,
  /** A remote service (registry, TUF repository) refused or failed. */
  remote: 3,
  /** A bug in sign. */
  internal: 70
} as const
