import type { X509Certificate } from 'node:crypto'
import type { TrustPolicyStatement, TrustStoreType } from '../trust-policy/types.ts'
import type { TrustStoreSource } from '../trust-store/types.ts'

/** Options of {@link loadStatementStores}. */
export interface LoadStatementStoresOptions {
  statement: TrustPolicyStatement
  trustStores: TrustStoreSource
  type: TrustStoreType
}

/** Every certificate of the statement's stores of `type` (throws what the source throws). */
export async function loadStatementStores(
  options: LoadStatementStoresOptions
): Promise<X509Certificate[]> {
  const refs = options.statement.trustStores.filter(ref => ref.type === options.type)
  const loaded = await Promise.all(
    refs.map(ref => options.trustStores.load({ type: ref.type, name: ref.name }))
  )
  return loaded.flat()
}
