// The one build: bundles every action entry (actions/<name>/src/index.ts) into
// dist/<name>/index.js and the CLI (packages/cli/src/bin.ts) into dist/cli/index.js — CommonJS for
// Node 24, an entry file and the part files it loads on first use, each bundle with a
// licenses.txt. Whitespace and syntax are minified to keep the download small, names are not:
// every part has a source map (sources only, no contents), which an internal error's stack trace
// is mapped through (mappedStack in @sign/failure) to name the TypeScript file and line.
// A bundle starts fast when its start evaluates only what the first phase needs: the workspace's
// own modules are side-effect free (an unused barrel export costs nothing), later phases are
// reached through `await import()` (esbuild then evaluates them on first use), and the plugin
// below keeps dependencies' code that no run uses out of the start or out of the bundle.
//   node scripts/build.mjs [--outdir DIR] [--metafile DIR]
// (outdir default: dist; --metafile writes esbuild's metafile of each bundle, DIR/<name>.json,
// to see which modules take a bundle's bytes, e.g. with esbuild's bundle analyzer)
import { build, transform } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outdirArg = process.argv.indexOf('--outdir')
const outdir = resolve(root, outdirArg > 0 ? process.argv[outdirArg + 1] : 'dist')
const metafileArg = process.argv.indexOf('--metafile')
const metafileDir = metafileArg > 0 ? resolve(root, process.argv[metafileArg + 1]) : undefined

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

/**
 * How the bundles treat some modules:
 * - the workspace's own modules (packages/, actions/) have no side effects on import, so a module
 *   only re-exported by a barrel and never used is left out together with its dependencies;
 * - @actions/core's OIDC client and @actions/http-client likewise (kept only where a run requests
 *   an ID token or downloads with the tool cache);
 * - undici, which @actions/http-client imports only for ProxyAgent (getAgentDispatcher, a dispatcher
 *   for fetch, which nothing here calls; its requests go through node:http), is left out;
 * - iconv-lite, minipass-fetch's optional decoder for Body.textConverted (which no run calls), is
 *   left out: minipass-fetch then says it is missing only if that method is called.
 */
const LEFT_OUT = {
  undici: `module.exports.ProxyAgent = class ProxyAgent {
  constructor() {
    throw new Error('undici is not part of this bundle (HttpClient.getAgentDispatcher is unused)')
  }
}`,
  'iconv-lite': "throw new Error('iconv-lite is not part of this bundle')"
}

const startupPlugin = {
  name: 'startup',
  setup(build) {
    const again = { again: true }
    const resolveAgain = args =>
      build.resolve(args.path, {
        importer: args.importer,
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: again
      })
    const workspace = /^(packages|actions)\//
    build.onResolve({ filter: /^(\.{1,2}\/|@sign\/)/ }, async args => {
      if (args.pluginData === again || args.kind === 'entry-point') return undefined
      if (args.importer.includes('/node_modules/')) return undefined
      const result = await resolveAgain(args)
      if (result.errors.length > 0) return undefined
      const inWorkspace =
        workspace.test(relative(root, result.path)) && !result.path.includes('/node_modules/')
      return inWorkspace ? { path: result.path, sideEffects: false } : undefined
    })
    build.onResolve(
      { filter: /^(\.\/oidc-utils\.js|@actions\/http-client(\/.*)?)$/ },
      async args => {
        if (args.pluginData === again) return undefined
        if (!/@actions[+/](core|http-client)/.test(args.importer)) return undefined
        const result = await resolveAgain(args)
        return result.errors.length > 0 ? undefined : { path: result.path, sideEffects: false }
      }
    )
    build.onResolve({ filter: /^pkijs$/ }, async args => {
      if (args.pluginData === again) return undefined
      const result = await resolveAgain(args)
      if (result.errors.length > 0) return undefined
      return { path: join(dirname(result.path), 'index.es.js') }
    })
    build.onResolve({ filter: /^undici$/ }, args => {
      if (!/@actions[+/]http-client/.test(args.importer)) return undefined
      return { path: 'undici', namespace: 'left-out' }
    })
    build.onResolve({ filter: /^iconv-lite$/ }, args => {
      if (!/minipass-fetch/.test(args.importer)) return undefined
      return { path: 'iconv-lite', namespace: 'left-out' }
    })
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, args => ({
      contents: LEFT_OUT[args.path],
      loader: 'js'
    }))
  }
}

/**
 * The map as it reads from dist/<name>/ whatever the output directory: its sources are named
 * from the repository root (`../../packages/…`), so a fresh build elsewhere is byte for byte the
 * committed one.
 */
function sourceMap({ map, built }) {
  const parsed = JSON.parse(map)
  parsed.sources = parsed.sources.map(source => `../../${relative(root, resolve(built, source))}`)
  return `${JSON.stringify(parsed)}\n`
}

async function bundle({ name, entry }) {
  const target = join(outdir, name)
  const built = join(root, 'dist', name)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  // esbuild splits only ESM output: bundle as ESM, one part per `await import()`, then turn every
  // part into CommonJS (imports become require, so a part is read and compiled on first use).
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: entry },
    // Built as if into dist/<name> whatever --outdir says (nothing is written here): the parts'
    // names hash their content, inline source maps included, so they must not depend on it.
    outdir: built,
    chunkNames: 'part-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'inline',
    sourcesContent: false,
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    plugins: [startupPlugin],
    logLevel: 'warning'
  })
  for (const output of result.outputFiles) {
    const cjs = await transform(output.text, {
      format: 'cjs',
      target: 'node24',
      minifyWhitespace: true,
      minifySyntax: true,
      keepNames: true,
      // Chained with the inline map of the ESM step: the map leads to the TypeScript sources.
      sourcemap: 'external',
      sourcesContent: false,
      supported: { 'dynamic-import': false },
      sourcefile: relative(built, output.path),
      logLevel: 'warning',
      // ESM-only dependencies (@actions/core 3) use import.meta.url; give it the file's own URL.
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"
    })
    const file = basename(output.path)
    writeFileSync(join(target, file), `${cjs.code}//# sourceMappingURL=${file}.map\n`)
    writeFileSync(join(target, `${file}.map`), sourceMap({ map: cjs.map, built }))
  }
  writeFileSync(join(target, 'licenses.txt'), `${licenses(result.metafile)}\n`)
  if (metafileDir !== undefined) {
    mkdirSync(metafileDir, { recursive: true })
    writeFileSync(join(metafileDir, `${name}.json`), JSON.stringify(result.metafile))
  }
  return relative(root, join(target, 'index.js'))
}

const built = []
for (const item of entries()) built.push(await bundle(item))
// The bundles are CommonJS although the workspace is ESM.
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`)
console.log(`built ${built.join(', ')}`)
