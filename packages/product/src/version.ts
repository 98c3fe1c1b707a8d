/** The product's name, as `sign version` prints it. */
export const PRODUCT_NAME = 'sign'

/** The suite's version: `sign version` reports it and signatures carry it. Bump it here only. */
export const PRODUCT_VERSION = '0.1.0'

/** The signing agent of the envelopes this suite signs (as notation writes `notation-go/1.3.2`). */
export const SIGNING_AGENT = `${PRODUCT_NAME}/${PRODUCT_VERSION}`
