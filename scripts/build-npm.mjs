// Assembles the npm package of the sign CLI (packages/cli/npm/: its package.json, README.md and
// LICENSE) into a directory ready for `npm pack` or `npm publish`, nothing of it committed twice:
//   cli/    the CLI bundle as scripts/build.mjs wrote it (dist/cli/: index.js, parts, maps,
//           licenses.txt), CommonJS, started by bin/sign.js
//   lib/    the library (packages/cli/src/library.ts) bundled by esbuild into one ES module,
//           with the licenses of what it bundles
//   types/  its declarations, emitted by tsc from the TypeScript sources of every workspace
//           package it reaches, with the workspace's `@sign/…` and `.ts` specifiers made relative
//           `.js` ones, so that they resolve inside the package
// The package has no dependencies: everything it runs is bundled.
//   node scripts/build-npm.mjs [--outdir DIR] [--dist DIR]
// (outdir default: .tmp/npm/package, which git, eslint and prettier leave alone; dist default:
// dist, the committed bundles)
import { build } from 'esbuild'
import ts from 'typescript'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const option = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return resolve(root, index > 0 ? process.argv[index + 1] : fallback)
}
const outdir = option('--outdir', '.tmp/npm/package')
const distdir = option('--dist', 'dist')
const template = join(root, 'packages/cli/npm')
const entry = join(root, 'packages/cli/src/library.ts')

/** The package's version must be the product's (packages/product/src/version.ts). */
function productVersion() {
  const source = readFileSync(join(root, 'packages/product/src/version.ts'), 'utf8')
  const match = /export const PRODUCT_VERSION = '([^']+)'/.exec(source)
  if (!match) throw new Error('PRODUCT_VERSION not found in packages/product/src/version.ts')
  return match[1]
}

/** The packages a bundle pulls from node_modules, with their license texts (as build.mjs). */
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

/** The workspace packages' entry points by import specifier (`@sign/verify`, `@sign/verify/policy`). */
function workspaceSpecifiers() {
  const specifiers = new Map()
  for (const name of readdirSync(join(root, 'packages'))) {
    const manifestPath = join(root, 'packages', name, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'string') continue
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`
      specifiers.set(specifier, join(root, 'packages', name, target))
    }
  }
  return specifiers
}

/**
 * The workspace's own modules have no side effects on import (as in scripts/build.mjs): a module
 * only re-exported by a barrel and never used is left out with its dependencies.
 */
const workspaceModules = {
  name: 'workspace-modules',
  setup(build) {
    const again = { again: true }
    build.onResolve({ filter: /^(\.{1,2}\/|@sign\/)/ }, async args => {
      if (args.pluginData === again || args.kind === 'entry-point') return undefined
      if (args.importer.includes('/node_modules/')) return undefined
      const result = await build.resolve(args.path, {
        importer: args.importer,
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: again
      })
      if (result.errors.length > 0) return undefined
      const inWorkspace =
        /^(packages|actions)\//.test(relative(root, result.path)) &&
        !result.path.includes('/node_modules/')
      return inWorkspace ? { path: result.path, sideEffects: false } : undefined
    })
  }
}

/** The library as one ES module; CommonJS dependencies get a `require` of their own. */
async function bundleLibrary(dir) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    plugins: [workspaceModules],
    banner: {
      js: "import { createRequire as __signCreateRequire } from 'node:module';\nconst require = __signCreateRequire(import.meta.url);"
    }
  })
  writeFileSync(join(dir, 'licenses.txt'), `${licenses(result.metafile)}\n`)
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
}

/** Rewrites a specifier of an emitted declaration file so that it resolves inside types/. */
function rewriteSpecifier({ specifier, file, typesDir, specifiers }) {
  const source = specifiers.get(specifier)
  if (source !== undefined) {
    const target = join(typesDir, relative(join(root, 'packages'), source)).replace(/\.ts$/, '.js')
    const path = relative(dirname(file), target).split(sep).join('/')
    return path.startsWith('.') ? path : `./${path}`
  }
  return specifier.startsWith('.') ? specifier.replace(/\.ts$/, '.js') : specifier
}

/** A relative specifier from one declaration file to another, as ESM writes it (`.js`). */
function specifierBetween(from, to) {
  const path = relative(dirname(from), to)
    .split(sep)
    .join('/')
    .replace(/\.d\.ts$/, '.js')
  return path.startsWith('.') ? path : `./${path}`
}

/**
 * Every import and re-export of the declarations made to name the file that declares each name
 * rather than a package's barrel (its index re-exporting everything): what the library's types
 * reach is then only what they use, and no barrel drags in a module that needs another package's
 * types (the Key Vault signer, say, whose types are @azure's).
 */
function unbarrel(dir) {
  const files = readdirSync(dir, { recursive: true })
    .filter(path => path.endsWith('.d.ts'))
    .map(path => join(dir, path))
  const program = ts.createProgram({
    rootNames: files,
    options: {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2023,
      lib: ['lib.es2023.d.ts'],
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
      noEmit: true,
      skipLibCheck: true
    }
  })
  const checker = program.getTypeChecker()
  const resolved = symbol =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  /** The file under dir that declares what a name stands for, and the name it exports it as. */
  const declaring = identifier => {
    const symbol = checker.getSymbolAtLocation(identifier)
    if (symbol === undefined) return undefined
    const target = resolved(symbol)
    const source = target.declarations?.[0]?.getSourceFile()
    if (source === undefined || relative(dir, source.fileName).startsWith('..')) return undefined
    const module = checker.getSymbolAtLocation(source)
    if (module === undefined) return undefined
    const exported = checker.getExportsOfModule(module).find(item => resolved(item) === target)
    return exported === undefined ? undefined : { file: source.fileName, name: exported.name }
  }
  for (const file of files) {
    const source = program.getSourceFile(file)
    const edits = []
    const visit = node => {
      if (ts.isImportTypeNode(node) && node.qualifier !== undefined) {
        const literal = ts.isLiteralTypeNode(node.argument) ? node.argument.literal : undefined
        const found = ts.isIdentifier(node.qualifier) ? declaring(node.qualifier) : undefined
        if (literal !== undefined && ts.isStringLiteral(literal) && found !== undefined) {
          edits.push({
            start: literal.getStart(source),
            end: literal.getEnd(),
            text: `'${specifierBetween(file, found.file)}'`
          })
          edits.push({
            start: node.qualifier.getStart(source),
            end: node.qualifier.getEnd(),
            text: found.name
          })
        }
      }
      ts.forEachChild(node, visit)
    }
    for (const statement of source.statements) {
      const isImport =
        ts.isImportDeclaration(statement) &&
        statement.importClause?.name === undefined &&
        statement.importClause?.namedBindings !== undefined &&
        ts.isNamedImports(statement.importClause.namedBindings)
      const isExport =
        ts.isExportDeclaration(statement) &&
        statement.moduleSpecifier !== undefined &&
        statement.exportClause !== undefined &&
        ts.isNamedExports(statement.exportClause)
      if (!isImport && !isExport) {
        visit(statement)
        continue
      }
      const original = statement.moduleSpecifier.text
      if (!original.startsWith('.')) continue
      const typeOnly = isImport ? statement.importClause.isTypeOnly : statement.isTypeOnly
      const elements = isImport
        ? statement.importClause.namedBindings.elements
        : statement.exportClause.elements
      const groups = new Map()
      for (const element of elements) {
        const found = declaring(element.name)
        const specifier = found === undefined ? original : specifierBetween(file, found.file)
        const name = element.name.text
        const text =
          found === undefined
            ? element.getText(source)
            : `${element.isTypeOnly ? 'type ' : ''}${found.name === name ? name : `${found.name} as ${name}`}`
        groups.set(specifier, [...(groups.get(specifier) ?? []), text])
      }
      const keyword = `${isImport ? 'import' : 'export'} ${typeOnly ? 'type ' : ''}`
      edits.push({
        start: statement.getStart(source),
        end: statement.getEnd(),
        text: [...groups]
          .map(([specifier, names]) => `${keyword}{ ${names.join(', ')} } from '${specifier}';`)
          .join('\n')
      })
    }
    let text = source.text
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
    }
    writeFileSync(file, text)
  }
}

/**
 * The library's declarations: tsc emits a .d.ts beside each source the library reaches (the
 * workspace packages mapped to their sources with `paths`, so that they are emitted too); every
 * specifier is made one that resolves in the package, barrels are looked through (unbarrel), and
 * only the files the library's own declaration reaches are kept.
 */
function emitDeclarations(typesDir) {
  const work = join(outdir, '..', '.tsc')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const specifiers = workspaceSpecifiers()
  // Ambient declarations the sources rely on (e.g. a module without types of its own).
  const ambient = readdirSync(join(root, 'packages'), { recursive: true })
    .map(path => join(root, 'packages', path))
    .filter(path => path.endsWith('.d.ts') && path.includes(`${sep}src${sep}`))
    .filter(path => !path.includes(`${sep}node_modules${sep}`))
  const tsconfig = {
    extends: join(root, 'tsconfig.base.json'),
    files: [entry, ...ambient],
    compilerOptions: {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      declarationDir: join(work, 'out'),
      rootDir: join(root, 'packages'),
      typeRoots: [join(root, 'node_modules/@types')],
      paths: Object.fromEntries([...specifiers].map(([name, path]) => [name, [path]]))
    }
  }
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.json')],
    { cwd: root, stdio: 'inherit' }
  )
  // Specifiers made to resolve inside the package: `@sign/…` relative, `.ts` as `.js`.
  const staged = join(work, 'staged')
  const pattern = /(\bfrom\s+|\bimport\s*\(\s*|^import\s+)(['"])([^'"]+)\2/gm
  for (const path of readdirSync(join(work, 'out'), { recursive: true })) {
    if (!path.endsWith('.d.ts')) continue
    const file = join(staged, path)
    const text = readFileSync(join(work, 'out', path), 'utf8').replace(
      pattern,
      (_, lead, quote, specifier) =>
        `${lead}${quote}${rewriteSpecifier({ specifier, file, typesDir: staged, specifiers })}${quote}`
    )
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  writeFileSync(join(staged, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
  unbarrel(staged)
  // Only the files the library's declaration reaches, followed through relative specifiers.
  const external = new Set()
  const pending = [relative(join(root, 'packages'), entry).replace(/\.ts$/, '.d.ts')]
  const kept = new Set()
  while (pending.length > 0) {
    const path = pending.pop()
    if (kept.has(path)) continue
    if (!existsSync(join(staged, path))) throw new Error(`tsc emitted no declaration ${path}`)
    kept.add(path)
    const text = readFileSync(join(staged, path), 'utf8')
    for (const [, , , specifier] of text.matchAll(pattern)) {
      if (specifier.startsWith('.')) {
        pending.push(
          relative(staged, join(staged, dirname(path), specifier.replace(/\.js$/, '.d.ts')))
        )
      } else if (!specifier.startsWith('node:')) {
        external.add(`${specifier} (${path})`)
      }
    }
    mkdirSync(dirname(join(typesDir, path)), { recursive: true })
    writeFileSync(join(typesDir, path), text)
  }
  rmSync(work, { recursive: true, force: true })
  if (external.size > 0) {
    throw new Error(
      `the library's declarations name packages the npm package does not have: ${[...external].join(', ')}`
    )
  }
  const main = relative(join(root, 'packages'), entry).split(sep).join('/')
  writeFileSync(
    join(typesDir, 'index.d.ts'),
    `export * from './${main.replace(/\.ts$/, '.js')}';\n`
  )
  writeFileSync(join(typesDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
}

const version = productVersion()
const manifest = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8'))
if (manifest.version !== version) {
  throw new Error(
    `packages/cli/npm/package.json has version ${manifest.version}, the product is ${version} (packages/product/src/version.ts): make them one`
  )
}
if (!existsSync(join(distdir, 'cli/index.js'))) {
  throw new Error(`${join(distdir, 'cli/index.js')} is missing: run node scripts/build.mjs first`)
}

rmSync(outdir, { recursive: true, force: true })
mkdirSync(outdir, { recursive: true })
for (const file of ['package.json', 'README.md', 'LICENSE']) {
  cpSync(join(template, file), join(outdir, file))
}
cpSync(join(distdir, 'cli'), join(outdir, 'cli'), { recursive: true })
writeFileSync(
  join(outdir, 'cli/package.json'),
  `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`
)
mkdirSync(join(outdir, 'bin'))
writeFileSync(
  join(outdir, 'bin/sign.js'),
  "#!/usr/bin/env node\n'use strict'\nrequire('../cli/index.js')\n",
  { mode: 0o755 }
)
await bundleLibrary(join(outdir, 'lib'))
emitDeclarations(join(outdir, 'types'))
console.log(`assembled ${manifest.name}@${version} in ${relative(root, outdir) || '.'}`)
