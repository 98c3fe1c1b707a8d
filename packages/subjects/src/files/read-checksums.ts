import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'
import { ChecksumsError, parseChecksums } from './parse-checksums.ts'
import { notRegularFile } from './regular-file.ts'

/** A checksums file and the files it lists, each resolved relative to its directory. */
export interface ChecksumsFile {
  /** Absolute path of the checksums file. */
  path: string
  listed: ListedFile[]
}

/** One file a checksums file lists. */
export interface ListedFile {
  /** Absolute path: the name resolved relative to the checksums file's directory. */
  path: string
  /** The name as listed (unescaped). */
  name: string
  /** Lowercase hex SHA-256. */
  hex: string
  /** 1-based line number in the checksums file. */
  line: number
}

/** The largest checksums file read: far beyond any release's, small enough to hold in memory. */
export const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024

const EXAMPLE_LINE = `${'0123456789abcdef'.repeat(4)}  app-linux-amd64.tar.gz`
const FIX = 'with:\n  checksums: dist/checksums.txt'

/**
 * Reads and parses input `checksums` (sha256sum format). It must be a regular file of at most
 * {@link MAX_CHECKSUMS_BYTES}; the listed files are resolved, not checked.
 */
export async function readChecksumsFile(options: { input: string }): Promise<ChecksumsFile> {
  const path = resolve(options.input)
  const text = await readBounded({ input: options.input, path })
  let entries
  try {
    entries = parseChecksums(text, { source: options.input })
  } catch (error) {
    if (!(error instanceof ChecksumsError)) throw error
    throw new ConfigurationError(
      `Input 'checksums': ${error.message}. Each line of the file must look like:`,
      { fix: EXAMPLE_LINE, cause: error }
    )
  }
  const listed = entries.map(entry => ({
    path: resolve(dirname(path), entry.name),
    name: entry.name,
    hex: entry.hex,
    line: entry.line
  }))
  return { path, listed }
}

/**
 * The file's text, opened without blocking (a FIFO would wait for a writer) and read only when
 * it is a regular file no larger than the cap.
 */
async function readBounded(options: { input: string; path: string }): Promise<string> {
  const { input, path } = options
  let file
  try {
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new ConfigurationError(
      `Input 'checksums': cannot read ${input} (${errorCode(error)}). Name a checksums ` +
        'file an earlier step wrote, relative to the workspace, for example:',
      { fix: FIX, cause: error }
    )
  }
  try {
    const found = await file.stat()
    if (!found.isFile()) {
      const why = (await notRegularFile(path)) ?? 'which is not a regular file'
      throw new ConfigurationError(
        `Input 'checksums': ${input} is not a regular file (${why.replace(/^which /, 'it ')}). ` +
          'Name the checksums file an earlier step wrote, for example:',
        { fix: FIX }
      )
    }
    if (found.size > MAX_CHECKSUMS_BYTES) {
      throw new ConfigurationError(
        `Input 'checksums': ${input} is ${mebibytes(found.size)}, more than a checksums file ` +
          `may be (${mebibytes(MAX_CHECKSUMS_BYTES)}): it is not a sha256sum list. Name the ` +
          'checksums file, for example:',
        { fix: FIX }
      )
    }
    const bytes = await file.readFile()
    if (bytes.length > MAX_CHECKSUMS_BYTES) {
      throw new ConfigurationError(
        `Input 'checksums': ${input} grew past ${mebibytes(MAX_CHECKSUMS_BYTES)} while it was ` +
          'read. Sign it after the step that writes it has finished:',
        { fix: FIX }
      )
    }
    return bytes.toString('utf8')
  } finally {
    await file.close()
  }
}

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')
}
