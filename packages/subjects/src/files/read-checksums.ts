import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'
import { ChecksumsError, parseChecksums } from './parse-checksums.ts'

/** A checksums file and the files it lists, each resolved relative to its directory. */
export interface ChecksumsFile {
  /** Absolute path of the checksums file. */
  path: string
  listed: { path: string; hex: string }[]
}

const EXAMPLE_LINE = `${'0123456789abcdef'.repeat(4)}  app-linux-amd64.tar.gz`

/** Reads and parses input `checksums` (sha256sum format); `mustExist` checks the listed files. */
export async function readChecksumsFile(options: {
  input: string
  /** Check that every listed file exists (they will be hashed and signed). */
  listedMustExist: boolean
}): Promise<ChecksumsFile> {
  const path = resolve(options.input)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `Input 'checksums': cannot read ${options.input} (${errorCode(error)}). Name a checksums ` +
        'file an earlier step wrote, relative to the workspace, for example:',
      { fix: 'with:\n  checksums: dist/checksums.txt', cause: error }
    )
  }
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
    hex: entry.hex
  }))
  if (options.listedMustExist) {
    for (const [index, file] of listed.entries()) {
      const found = await stat(file.path).catch(() => undefined)
      if (found?.isFile()) continue
      const entry = entries[index]
      throw new ConfigurationError(
        `Input 'checksums': ${options.input}:${entry?.line ?? '?'} lists "${entry?.name ?? ''}", ` +
          `but ${file.path} is not a file. Names are relative to the checksums file's ` +
          'directory; produce the file first, or sign the checksums file alone with:',
        { fix: 'with:\n  mode: checksums-only' }
      )
    }
  }
  return { path, listed }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')
}
