import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'

/** A checksums file and the files it lists, each resolved relative to its directory. */
export interface ChecksumsFile {
  /** Absolute path of the checksums file. */
  path: string
  listed: { path: string; hex: string }[]
}

const EXAMPLE_LINE = `${'0123456789abcdef'.repeat(4)}  app-linux-amd64.tar.gz`
// sha256sum's text (two spaces) and binary (space, asterisk) forms.
const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/

/** Reads input `checksums` (sha256sum format) and checks that every listed file exists. */
export async function readChecksumsFile(input: string): Promise<ChecksumsFile> {
  const path = resolve(input)
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      `Input 'checksums': cannot read ${input} (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}). ` +
        'Name a checksums file an earlier step wrote, relative to the workspace, for example:',
      { fix: 'with:\n  checksums: dist/checksums.txt', cause: error }
    )
  })
  const listed: ChecksumsFile['listed'] = []
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue
    const match = LINE.exec(line)
    if (!match) {
      throw new ConfigurationError(
        `Input 'checksums': ${input}:${index + 1}: expected "<64 hex digits>  <file name>". ` +
          'Each line of the file must look like:',
        { fix: EXAMPLE_LINE }
      )
    }
    const file = resolve(dirname(path), match[2] ?? '')
    if (!(await stat(file).catch(() => undefined))?.isFile()) {
      throw new ConfigurationError(
        `Input 'checksums': ${input}:${index + 1} lists "${match[2] ?? ''}", but ${file} is not ` +
          "a file. Names are relative to the checksums file's directory; produce the file first:",
        { fix: 'run: cd dist && sha256sum *.tar.gz > checksums.txt' }
      )
    }
    listed.push({ path: file, hex: (match[1] ?? '').toLowerCase() })
  }
  return { path, listed }
}
