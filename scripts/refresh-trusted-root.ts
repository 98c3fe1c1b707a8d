// Regenerates packages/sigstore/src/verify/public-good-trusted-root.json: the Sigstore
// public-good trusted_root.json that @sigstore/tuf pins in its seeds.json (a base64 TUF target).
//   node scripts/refresh-trusted-root.ts
// Commit the rewritten file; bump @sigstore/tuf first to pick up a newer root.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev'
const packageDir = resolve(import.meta.dirname, '..', 'packages', 'sigstore')
const output = resolve(packageDir, 'src', 'verify', 'public-good-trusted-root.json')

/** The seeds file's shape: per TUF mirror, the initial root and the pinned targets (base64). */
interface Seeds {
  [mirror: string]: { targets?: Record<string, string> } | undefined
}

const seedsPath = createRequire(resolve(packageDir, 'package.json')).resolve(
  '@sigstore/tuf/seeds.json'
)
const seeds = JSON.parse(readFileSync(seedsPath, 'utf8')) as Seeds
const target = seeds[PUBLIC_GOOD_MIRROR]?.targets?.['trusted_root.json']
if (target === undefined) {
  throw new Error(`${seedsPath} has no trusted_root.json target for ${PUBLIC_GOOD_MIRROR}`)
}
const root = JSON.parse(Buffer.from(target, 'base64').toString('utf8')) as unknown
writeFileSync(output, `${JSON.stringify(root, null, 2)}\n`)
process.stdout.write(`wrote ${output}\n`)
