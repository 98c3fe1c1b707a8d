import type { X509Certificate } from 'node:crypto'
import type { TrustStoreType } from '../trust-policy/types.ts'
import { certificateProblem } from './certificate-rules.ts'
import { checkStoreName } from './directory-trust-store.ts'
import { storeError } from './store-error.ts'
import type { TrustStoreSource } from './types.ts'

/** One named store of {@link memoryTrustStore}. */
export interface MemoryTrustStoreEntry {
  type: TrustStoreType
  name: string
  certificates: X509Certificate[]
}

/** Options of {@link memoryTrustStore}. */
export interface MemoryTrustStoreOptions {
  stores: MemoryTrustStoreEntry[]
}

/**
 * Named trust stores held in memory, with the same rules as the directory layout: CA or
 * self-signed certificates (self-signed roots for `tsa`), at least one per store. Entries with the
 * same type and name are merged. Each store is checked once, when first loaded.
 */
export function memoryTrustStore(options: MemoryTrustStoreOptions): TrustStoreSource {
  const stores = new Map<string, X509Certificate[]>()
  for (const { type, name, certificates } of options.stores) {
    checkStoreName(type, name)
    const key = `${type}:${name}`
    stores.set(key, [...(stores.get(key) ?? []), ...certificates])
  }
  const checked = new Set<string>()
  const loadNow = (type: TrustStoreType, name: string): X509Certificate[] => {
    const key = `${type}:${name}`
    const certificates = stores.get(key)
    if (!certificates) {
      const known = [...stores.keys()].join(', ') || 'none'
      throw storeError(
        `the trust store ${JSON.stringify(name)} of type ${JSON.stringify(type)} does not exist; the stores given are: ${known}`
      )
    }
    if (certificates.length === 0) {
      throw storeError(
        `no x509 certificates were found in trust store ${JSON.stringify(name)} of type ${JSON.stringify(type)}`
      )
    }
    const problem = checked.has(key) ? undefined : certificateProblem({ certificates, type })
    if (problem) {
      throw storeError(
        `a trusted certificate in trust store ${name} of type ${type} is invalid: ${problem.reason}`
      )
    }
    checked.add(key)
    return [...certificates]
  }
  return {
    load: ({ type, name }) => new Promise(resolve => resolve(loadNow(type, name)))
  }
}
