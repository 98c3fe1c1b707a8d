import { posix } from 'node:path'
import { catalogGoBinary } from '../go/index.ts'
import { catalogPackageJson } from '../npm/package-json.ts'
import { catalogPackageLock } from '../npm/package-lock.ts'
import { looksExecutable, type ContentCataloger } from './content-cataloger.ts'

/** Go binaries: any member whose first bytes are an executable's magic. */
export const goBinaryCataloger: ContentCataloger = {
  name: 'go-module-binary-cataloger',
  reads: 'file',
  matches: ({ head }) => looksExecutable(head),
  catalog: async ({ file, location }) => {
    const result = await catalogGoBinary({ path: file, location })
    return result === undefined ? undefined : { ...result, problems: [] }
  }
}

/** npm lock files (`package-lock.json`), as syft reads them in archives and directories. */
export const packageLockCataloger: ContentCataloger = {
  name: 'javascript-lock-cataloger',
  reads: 'bytes',
  matches: ({ path }) => posix.basename(path) === 'package-lock.json',
  catalog: async ({ data, location }) =>
    Promise.resolve(catalogPackageLock({ text: data.toString('utf8'), location }))
}

/** Installed npm packages (`package.json` files), as syft reads them in images. */
export const packageJsonCataloger: ContentCataloger = {
  name: 'javascript-package-cataloger',
  reads: 'bytes',
  matches: ({ path }) => posix.basename(path) === 'package.json',
  catalog: async ({ data, location }) =>
    Promise.resolve(catalogPackageJson({ text: data.toString('utf8'), location }))
}

/** What an archive's members are catalogued with (syft's file-source catalogers we implement). */
export function archiveContentCatalogers(): ContentCataloger[] {
  return [goBinaryCataloger, packageLockCataloger]
}

/** What an image's final files are catalogued with, besides the OS package databases. */
export function imageContentCatalogers(): ContentCataloger[] {
  return [goBinaryCataloger, packageJsonCataloger]
}
