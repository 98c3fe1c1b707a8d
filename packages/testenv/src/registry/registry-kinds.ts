import { startReferrersRegistry } from './referrers-registry.ts'
import { startRegistry } from './registry.ts'
import type { OpenRegistry } from './types.ts'

/** One of the open (no authentication, plain HTTP) registries a test can run on. */
export interface RegistryKind {
  /** For test names: the server and how it indexes referrers. */
  name: string
  /** Whether the server has the OCI 1.1 referrers API (else clients keep the tag schema). */
  referrersApi: boolean
  /** Starts one; the caller stops it. */
  start(options?: { startTimeoutMs?: number }): Promise<OpenRegistry>
}

/**
 * The open registries, for tests that must hold on both:
 * `for (const kind of registryKinds()) test(\`… on ${kind.name}\`, …)`.
 * - distribution 2.8.2 (Debian's docker-registry): no referrers API, so the tag schema;
 * - olareg (the pinned reference tool): the OCI 1.1 referrers API.
 */
export function registryKinds(): RegistryKind[] {
  return [
    {
      name: 'distribution 2.8.2 (tag schema)',
      referrersApi: false,
      start: options => startRegistry({ mode: 'anonymous', ...options })
    },
    {
      name: 'olareg (referrers API)',
      referrersApi: true,
      start: options => startReferrersRegistry({ ...options })
    }
  ]
}
