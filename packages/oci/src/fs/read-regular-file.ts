import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { quote } from '@sign/safe-text'
import { OciError } from '../errors.ts'
import { describeLimit } from '../http/body-limits.ts'

/** Options of {@link openRegularFile}. */
export interface OpenRegularFileOptions {
  path: string
}

/**
 * Opens a file for reading, following symlinks, and checks on the open handle that it is a
 * regular file: a directory, FIFO, device (a link to /dev/zero) or socket is NOT_REGULAR_FILE
 * naming the path and what it is. Opened non-blocking, so a FIFO without a writer never stalls.
 * Errors of `open` itself (ENOENT, EACCES) are passed on as they are.
 */
export async function openRegularFile(
  options: OpenRegularFileOptions
): Promise<{ file: FileHandle; size: number }> {
  const { path } = options
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await file.stat()
    if (!info.isFile()) {
      throw new OciError({
        code: 'NOT_REGULAR_FILE',
        message: `${quote(path)} is ${fileKind(info)}, not a regular file; refusing to read it`
      })
    }
    return { file, size: info.size }
  } catch (error) {
    await file.close()
    throw error
  }
}

/** Options of {@link readRegularFile}. */
export interface ReadRegularFileOptions {
  path: string
  /** The most bytes accepted; a file that is or grows longer is TOO_LARGE. */
  limit: number
  /** What the file is, for the message: `blob sha256:… of the OCI layout /x`. */
  what: string
}

/**
 * A regular file's bytes (see {@link openRegularFile}), never more than `limit`: the size is
 * checked before reading and the count while reading, so a file that grows is cut off too.
 */
export async function readRegularFile(options: ReadRegularFileOptions): Promise<Buffer> {
  const { path, limit, what } = options
  const tooLarge = (): OciError =>
    new OciError({
      code: 'TOO_LARGE',
      message: `${what} (${quote(path)}) is over the ${describeLimit(limit)} limit; refusing to read it`
    })
  const { file, size } = await openRegularFile({ path })
  try {
    if (size > limit) throw tooLarge()
    const parts: Buffer[] = []
    let length = 0
    const chunk = Buffer.alloc(Math.min(Math.max(size, 16 * 1024) + 1, limit + 1, 1024 * 1024))
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, chunk.byteLength, null)
      if (bytesRead === 0) return Buffer.concat(parts, length)
      length += bytesRead
      if (length > limit) throw tooLarge()
      parts.push(Buffer.from(chunk.subarray(0, bytesRead)))
    }
  } finally {
    await file.close()
  }
}

/** `a directory`, `a FIFO`, `a character device`… for messages. */
export function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  if (info.isSymbolicLink()) return 'a symbolic link'
  return info.isFile() ? 'a regular file' : 'not a regular file'
}
