// Notary Project trust stores: notation's directory layout, or certificates held in memory.
export type { TrustStoreSource } from './types.ts'
export { directoryTrustStore } from './directory-trust-store.ts'
export type { DirectoryTrustStoreOptions } from './directory-trust-store.ts'
export { memoryTrustStore } from './memory-trust-store.ts'
export type { MemoryTrustStoreEntry, MemoryTrustStoreOptions } from './memory-trust-store.ts'
