import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that readers see either the old content or the whole new one: the bytes go to
 * a temporary file beside it (same directory, so the same file system), which is then renamed
 * over the target; the temporary file is removed when anything fails. (The same as
 * @sign/sigstore's writeFileAtomic; this package does not depend on that one.)
 */
export async function writeFileAtomic(options: { path: string; data: Uint8Array }): Promise<void> {
  const { path } = options
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, options.data, { mode: 0o644, flush: true })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
