import { lstat, readlink, stat } from 'node:fs/promises'
import { fileKind } from '@sign/oci'
import { quote } from '@sign/safe-text'

/**
 * Why `path` cannot be signed — it is missing, or not a regular file after following symbolic
 * links (a device such as /dev/zero, a FIFO or a socket would be read forever or block) — as a
 * phrase for a message, e.g. `a symbolic link to "/dev/zero", which is a character device`;
 * undefined for a regular file.
 */
export async function notRegularFile(path: string): Promise<string | undefined> {
  const found = await stat(path).catch(() => undefined)
  if (found?.isFile()) return undefined
  const what = found === undefined ? 'does not exist' : `is ${fileKind(found)}`
  const link = await lstat(path).catch(() => undefined)
  if (!link?.isSymbolicLink()) return `which ${what}`
  const target = await readlink(path).catch(() => '?')
  return `a symbolic link to ${quote(target)}, which ${what}`
}
