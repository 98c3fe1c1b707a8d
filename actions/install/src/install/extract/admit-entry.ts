import { quote } from '@sign/safe-text'
import type { ArchiveEntry, EntryKind } from '@sign/archive'
import { archiveRefusal } from './refusal.ts'

const REFUSED_KINDS: Record<Exclude<EntryKind, 'file' | 'directory'>, string> = {
  symlink: 'is a symbolic link',
  hardlink: 'is a hard link',
  fifo: 'is a FIFO (named pipe)',
  'character-device': 'is a character device',
  'block-device': 'is a block device',
  socket: 'is a socket',
  unsupported: 'has an entry type this installer does not unpack'
}

/**
 * Characters a portable file name never holds: control characters, and what Windows refuses or
 * reads as something else (`\` a separator, `:` a drive or an alternate data stream).
 */
// eslint-disable-next-line no-control-regex
const NOT_PORTABLE = /[\u0000-\u001f\u007f-\u009f\\:*?"<>|]/u

/** An entry the archive may hold: a file or a directory, and the path to write it at. */
export interface AdmittedEntry {
  entry: ArchiveEntry
  /** Its path relative to the install directory, `/`-separated; '' for the directory itself. */
  path: string
}

/**
 * The one rule every entry of every archive passes before anything is written for it: only
 * regular files and directories (no links of either kind, no FIFOs, sockets or devices), at a
 * relative name of portable segments that stays inside the install directory (no absolute name,
 * no `..` segment). `.` and empty segments are dropped, so `./bin/tool` is `bin/tool`.
 */
export function admitEntry(options: { asset: string; entry: ArchiveEntry }): AdmittedEntry {
  const { asset, entry } = options
  const refuse = (reason: string) => archiveRefusal({ asset, entry: entry.name, reason })
  if (entry.kind !== 'file' && entry.kind !== 'directory') {
    const target = entry.linkTarget === undefined ? '' : ` to ${quote(entry.linkTarget)}`
    const type = entry.typeLabel === undefined ? '' : ` (${quote(entry.typeLabel)})`
    throw refuse(
      `${REFUSED_KINDS[entry.kind]}${target}${type}: release archives may hold only regular files and directories`
    )
  }
  if (entry.name.startsWith('/')) {
    throw refuse('has an absolute name: it would be written outside the install directory')
  }
  const segments = entry.name.split('/').filter(segment => segment !== '' && segment !== '.')
  if (segments.includes('..')) {
    throw refuse('would be written outside the install directory (its name holds "..")')
  }
  if (NOT_PORTABLE.test(entry.name)) {
    throw refuse(
      'has a name that is not a portable file name (it holds a control character or one of \\ : * ? " < > |)'
    )
  }
  const path = segments.join('/')
  if (path === '' && entry.kind === 'file') throw refuse('is a file without a name')
  return { entry, path }
}
