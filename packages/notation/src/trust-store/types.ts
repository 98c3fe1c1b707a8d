import type { X509Certificate } from 'node:crypto'
import type { TrustStoreType } from '../trust-policy/types.ts'

/** Where the certificates of named trust stores come from (a directory tree, or memory). */
export interface TrustStoreSource {
  /**
   * The certificates of the store `type:name`; throws a NotationError (code TRUST_STORE) when
   * the store is missing, empty or holds something notation would refuse.
   */
  load(options: { type: TrustStoreType; name: string }): Promise<X509Certificate[]>
}
