// The one build: bundles every action entry (actions/<name>/src/index.ts) into
// dist/<name>/index.js and the CLI (packages/cli/src/bin.ts) into dist/cli/index.js — single
// CommonJS files for Node 24, not minified so diffs stay reviewable, each with a licenses.txt.
//   node scripts/build.mjs [--outdir DIR]     (default: dist)
import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outdirArg = process.argv.indexOf('--outdir')
const outdir = resolve(root, outdirArg > 0 ? process.argv[outdirArg + 1] : 'dist')

/** Every bundle: its name under dist/ and its entry file. */
export function entries() {
  const actions = existsSync(join(root, 'actions'))
    ? readdirSync(join(root, 'actions'), { withFileTypes: true })
        .filter(
          dir => dir.isDirectory() && existsSync(join(root, 'actions', dir.name, 'src/index.ts'))
        )
        .map(dir => ({ name: dir.name, entry: `actions/${dir.name}/src/index.ts` }))
    : []
  return [...actions, { name: 'cli', entry: 'packages/cli/src/bin.ts' }].sort((a, b) =>
    a.name.localeCompare(b.name)
  )
}

/** The packages a bundle pulls from node_modules, with their license texts. */
function licenses(metafile) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (!match || packages.has(match[1])) continue
    const dir = join(root, match[1])
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name))
    packages.set(match[1], {
      name: manifest.name,
      version: manifest.version,
      license: typeof manifest.license === 'string' ? manifest.license : 'UNKNOWN',
      text: file ? readFileSync(join(dir, file), 'utf8').trim() : '(no license file in the package)'
    })
  }
  return [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
    .map(p => `${p.name}@${p.version}\n${p.license}\n${p.text}`)
    .join('\n\n-----\n\n')
}

async function bundle({ name, entry }) {
  const target = join(outdir, name)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: join(target, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    minify: false,
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // ESM-only dependencies (@actions/core 3) use import.meta.url; give it the bundle's own URL.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }
  })
  writeFileSync(join(target, 'licenses.txt'), `${licenses(result.metafile)}\n`)
  return relative(root, join(target, 'index.js'))
}

const built = []
for (const item of entries()) built.push(await bundle(item))
// The bundles are CommonJS although the workspace is ESM.
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`)
console.log(`built ${built.join(', ')}`)
