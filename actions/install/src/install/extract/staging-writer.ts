import { mkdir, open } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { AdmittedEntry } from './admit-entry.ts'
import { describeBytes } from './limits.ts'
import { archiveRefusal } from './refusal.ts'

const CONFLICTS = new Set(['EEXIST', 'ENOTDIR', 'EISDIR'])

/**
 * Writes admitted entries into the install directory. It only ever creates directories and
 * regular files (new ones: a name that exists already, or a file in place of a directory, refuses
 * the archive), so the tree never holds a link that a later entry could be written through.
 * Files get mode 755 when the archive marks them executable, 644 otherwise; owners, setuid bits
 * and timestamps from the archive are ignored.
 */
export class StagingWriter {
  readonly #asset: string
  readonly #root: string

  constructor(options: { asset: string; root: string }) {
    this.#asset = options.asset
    this.#root = options.root
  }

  async directory(options: { admitted: AdmittedEntry }): Promise<void> {
    const { admitted } = options
    if (admitted.path === '') return
    await this.#guard({
      admitted,
      write: () => mkdir(join(this.#root, admitted.path), { recursive: true, mode: 0o755 })
    })
  }

  /**
   * Writes a file from `chunks`, refusing the archive as soon as they exceed the size its entry
   * declares, or when they end short of it.
   */
  async file(options: { admitted: AdmittedEntry; chunks: AsyncIterable<Buffer> }): Promise<void> {
    const { admitted } = options
    const { entry } = admitted
    const path = join(this.#root, admitted.path)
    await this.#guard({
      admitted,
      write: () => mkdir(dirname(path), { recursive: true, mode: 0o755 })
    })
    const handle = await this.#guard({
      admitted,
      write: () => open(path, 'wx', (entry.mode & 0o111) !== 0 ? 0o755 : 0o644)
    })
    let written = 0
    try {
      for await (const chunk of options.chunks) {
        written += chunk.length
        if (written > entry.size) {
          throw archiveRefusal({
            asset: this.#asset,
            entry: entry.name,
            reason: `unpacks to more than the ${describeBytes(entry.size)} the archive declares for it`
          })
        }
        await handle.write(chunk)
      }
    } finally {
      await handle.close()
    }
    if (written !== entry.size) {
      throw archiveRefusal({
        asset: this.#asset,
        entry: entry.name,
        reason: `unpacks to ${describeBytes(written)}, not the ${describeBytes(entry.size)} the archive declares for it`
      })
    }
  }

  async #guard<T>(options: { admitted: AdmittedEntry; write: () => Promise<T> }): Promise<T> {
    const { admitted, write } = options
    try {
      return await write()
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code
      if (code === undefined || !CONFLICTS.has(code)) throw cause
      throw archiveRefusal({
        asset: this.#asset,
        entry: admitted.entry.name,
        reason:
          'is written where an earlier entry already is (a name given twice, or a file and a directory of the same name)',
        cause
      })
    }
  }
}
