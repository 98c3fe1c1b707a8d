import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../../../..')

/**
 * Where the tests take the bundled actions and CLI from: the repository's dist/, or the directory
 * SIGN_DIST_DIR names (a build elsewhere: `node scripts/build.mjs --outdir DIR`), so a change can
 * be tested through its bundles without rebuilding the committed ones.
 */
export function bundleDirectory(): string {
  return resolve(process.env['SIGN_DIST_DIR'] ?? join(ROOT, 'dist'))
}

/** The entry of one bundle: `<bundleDirectory()>/<name>/index.js` (`cli` for the CLI). */
export function bundleEntry(name: string): string {
  return join(bundleDirectory(), name, 'index.js')
}
