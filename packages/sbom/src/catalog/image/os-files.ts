import { posix } from 'node:path'

/** The OS files an image's final filesystem is searched for. */
export type OsFileKind = 'os-release' | 'dpkg-status' | 'apk-installed' | 'rpmdb-sqlite'

const EXACT: Record<string, OsFileKind> = {
  '/etc/os-release': 'os-release',
  '/usr/lib/os-release': 'os-release',
  '/var/lib/dpkg/status': 'dpkg-status',
  '/lib/apk/db/installed': 'apk-installed',
  '/var/lib/rpm/rpmdb.sqlite': 'rpmdb-sqlite',
  '/usr/lib/sysimage/rpm/rpmdb.sqlite': 'rpmdb-sqlite',
  '/usr/share/rpm/rpmdb.sqlite': 'rpmdb-sqlite'
}

/**
 * Which OS file `path` is, if any: os-release, the dpkg status (and each file of distroless's
 * `/var/lib/dpkg/status.d/`, except its `.md5sums`), the apk installed database, an rpm sqlite
 * database.
 */
export function osFileKind(path: string): OsFileKind | undefined {
  const exact = EXACT[path]
  if (exact !== undefined) return exact
  if (posix.dirname(path) === '/var/lib/dpkg/status.d' && !path.endsWith('.md5sums')) {
    return 'dpkg-status'
  }
  return undefined
}
