/** The suite's version, reported by `sign version` and in signing agents (see @sign/product). */
export { PRODUCT_VERSION as VERSION } from '@sign/product'
