// How much of a registry response is ever held in memory.

/** A manifest (and so a referrers response or tag-schema index): the distribution spec's 4 MiB. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

/** A registry error body: enough for its `{errors:[…]}`, never more. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024

/** A token service's answer: a token (a JWT can carry many scopes) and its lifetime. */
export const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024

/** A page of a tags list. */
export const MAX_TAGS_PAGE_BYTES = 4 * 1024 * 1024

/** `4 MiB`, `64 KiB`, or bytes. */
export function describeLimit(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
