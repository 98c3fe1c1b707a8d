// How much of a layout's own indexes the referrers scan reads.

/**
 * One manifest index.json lists, and the referrers tag index, as the referrers scan reads them:
 * more than the 4 MiB manifest limit, so that a referrer over it (or a tag index listing one with
 * large annotations) is still found and its reader can say it is too large rather than not see
 * it; over this the scan fails (TOO_LARGE) instead of growing without bound.
 */
export const MAX_SCANNED_MANIFEST_BYTES = 16 * 1024 * 1024
