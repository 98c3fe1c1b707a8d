// The one source of the product's version: `sign version` prints it and every Notary Project
// envelope this suite signs names it in its signing agent.
export { PRODUCT_NAME, PRODUCT_VERSION, SIGNING_AGENT } from './version.ts'
