import type { ArchiveEntry } from '@sign/archive'
import { describeBytes } from './limits.ts'
import type { UnpackLimits } from './limits.ts'
import { archiveRefusal } from './refusal.ts'

/**
 * What is left of an archive's limits as its entries are read: each entry is counted, and each
 * file's declared size is reserved before any of its bytes is written (the writer then holds the
 * file to that size), so the limits stop a bomb at the entry that would exceed them.
 */
export class UnpackBudget {
  readonly #asset: string
  readonly #limits: UnpackLimits
  #entries = 0
  #bytes = 0

  constructor(options: { asset: string; limits: UnpackLimits }) {
    this.#asset = options.asset
    this.#limits = options.limits
  }

  /** Counts one more entry (refusing the archive past maxEntries). */
  countEntry(): void {
    this.#entries++
    if (this.#entries > this.#limits.maxEntries) {
      throw archiveRefusal({
        asset: this.#asset,
        reason: `holds more than ${this.#limits.maxEntries} entries, the limit for a release archive`
      })
    }
  }

  /** Reserves a file's declared size (refusing the archive past maxBytes). */
  reserve(options: { entry: ArchiveEntry }): void {
    const { entry } = options
    this.#bytes += entry.size
    if (this.#bytes > this.#limits.maxBytes) {
      throw archiveRefusal({
        asset: this.#asset,
        entry: entry.name,
        reason: `would unpack the archive beyond ${describeBytes(this.#limits.maxBytes)}, the limit for a release archive (it declares ${describeBytes(entry.size)})`
      })
    }
  }

  /** The entries counted and the bytes reserved so far. */
  get used(): { entries: number; bytes: number } {
    return { entries: this.#entries, bytes: this.#bytes }
  }
}
