import { posix } from 'node:path'

/**
 * The absolute path a member name stands for inside its archive or image, the way container
 * runtimes clean layer paths: rooted at `/`, `.` and empty segments dropped, `..` never climbing
 * above the root (`../../etc/passwd` → `/etc/passwd`). A name is data here, never a place on disk.
 */
export function memberPath(name: string): string {
  const cleaned = posix.normalize(`/${name}`)
  return cleaned.length > 1 && cleaned.endsWith('/') ? cleaned.slice(0, -1) : cleaned
}
