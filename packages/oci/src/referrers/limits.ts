// How much of a subject's referrers list is ever read.

/** The most referrers read for one subject; more is TOO_LARGE, never unbounded growth. */
export const MAX_REFERRERS = 10_000

/** The most pages of the referrers API followed through `Link` for one subject. */
export const MAX_REFERRER_PAGES = 100
