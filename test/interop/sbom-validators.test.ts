// The SPDX and CycloneDX projects' own validators accept our documents: `pyspdxtools -i` (PyPI
// spdx-tools, the SPDX project's parser and validator: exit 0 and no output for a valid document,
// exit 1 with the issues listed otherwise) and cyclonedx-python-lib's JsonStrictValidator for
// CycloneDX 1.6 (None for a valid BOM, the first schema error otherwise). Documents from a model
// with Go modules (main module, dependencies, stdlib) and a deb package in a file subject, and
// the same packages in an image subject; broken documents are refused for their own reasons.
// The other way round: syft's SPDX 2.3 and CycloneDX 1.6/1.7 of a Go binary built here pass our
// validation and read into the model, and our SPDX of that model has syft's fields and values
// but for the differences listed (each with its reason).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { referenceTool } from '@sign/testenv'
import {
  readSbom,
  toCycloneDxJson,
  toSpdxJson,
  validateSbom,
  type SbomPackage,
  type SpdxPackage
} from '@sign/sbom'
import { LIBC, fileSbom, imageSbom } from '../../packages/sbom/test/fixtures/document-model.ts'
import { runCommand, type CommandResult } from './fixtures/run-command.ts'

const CYCLONEDX_STRICT = `
import sys
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(open(sys.argv[1], encoding='utf-8').read())
if error is not None:
    print(f'invalid: {error}')
    sys.exit(1)
print('valid')
`

async function workDirectory(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'sbom-validators-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  return directory
}

async function pyspdxtools(
  directory: string,
  name: string,
  document: unknown
): Promise<CommandResult> {
  const path = join(directory, name)
  await writeFile(path, typeof document === 'string' ? document : JSON.stringify(document))
  return runCommand({ command: referenceTool({ name: 'spdx-tools' }).path, args: ['-i', path] })
}

async function cyclonedxStrict(
  directory: string,
  name: string,
  json: string
): Promise<CommandResult> {
  const path = join(directory, name)
  await writeFile(path, json)
  return runCommand({
    command: referenceTool({ name: 'cyclonedx-python-lib' }).path,
    args: ['-c', CYCLONEDX_STRICT, path]
  })
}

test('pyspdxtools accepts our SPDX 2.3 documents of a file and of an image', async t => {
  const directory = await workDirectory(t)
  for (const [name, sbom] of [
    ['file.spdx.json', fileSbom()],
    ['image.spdx.json', imageSbom()]
  ] as const) {
    const { json } = toSpdxJson({ sbom })
    const result = await pyspdxtools(directory, name, json)
    assert.deepEqual({ code: result.code, output: result.output }, { code: 0, output: '' }, name)
  }
})

test('pyspdxtools accepts licences outside the SPDX list as LicenseRef- with extracted text', async t => {
  const directory = await workDirectory(t)
  const sbom = fileSbom()
  sbom.packages.push({
    ...LIBC,
    id: 'f00d',
    name: 'custom',
    licenses: ['Custom licence 1.0', 'MIT OR Apache-2.0']
  })
  const { json, document } = toSpdxJson({ sbom })
  assert.equal(document.hasExtractedLicensingInfos?.length, 1)
  const result = await pyspdxtools(directory, 'licences.spdx.json', json)
  assert.deepEqual({ code: result.code, output: result.output }, { code: 0, output: '' })
})

test('pyspdxtools refuses an SPDXID with _ and a document without documentNamespace, as we do', async t => {
  const directory = await workDirectory(t)
  const underscore = structuredClone(toSpdxJson({ sbom: fileSbom() }).document)
  const pkg = underscore.packages?.[1]
  assert.ok(pkg)
  const renamed = pkg.SPDXID.replace('Package-', 'Package_')
  for (const relationship of underscore.relationships ?? []) {
    if (relationship.spdxElementId === pkg.SPDXID) relationship.spdxElementId = renamed
    if (relationship.relatedSpdxElement === pkg.SPDXID) relationship.relatedSpdxElement = renamed
  }
  pkg.SPDXID = renamed
  const refused = await pyspdxtools(directory, 'underscore.spdx.json', underscore)
  assert.equal(refused.code, 1)
  assert.match(refused.output, /The document is invalid/)
  assert.ok(
    refused.output.includes(
      `spdx_id must only contain letters, numbers, "." and "-" and must begin with "SPDXRef-", but is: ${renamed}`
    ),
    refused.output
  )
  assert.deepEqual(
    validateSbom({ document: underscore }).map(problem => problem.message),
    [`SPDXID ${renamed} is not SPDXRef- followed by letters, digits, '.' and '-' only`]
  )

  const noNamespace: Record<string, unknown> = { ...toSpdxJson({ sbom: fileSbom() }).document }
  delete noNamespace['documentNamespace']
  const missing = await pyspdxtools(directory, 'no-namespace.spdx.json', noNamespace)
  assert.equal(missing.code, 1)
  assert.match(missing.output, /Error while constructing CreationInfo: .*document_namespace/)
  // The SPDX 2.3 JSON schema does not require it; our spec rules do.
  assert.deepEqual(validateSbom({ document: noNamespace }), [
    { path: '/documentNamespace', message: 'documentNamespace is missing' }
  ])
})

test("cyclonedx-python-lib's strict 1.6 validation accepts our CycloneDX BOMs", async t => {
  const directory = await workDirectory(t)
  for (const [name, sbom] of [
    ['file.cdx.json', fileSbom()],
    ['image.cdx.json', imageSbom()]
  ] as const) {
    const result = await cyclonedxStrict(directory, name, toCycloneDxJson({ sbom }).json)
    assert.deepEqual(
      { code: result.code, output: result.output },
      { code: 0, output: 'valid\n' },
      name
    )
  }
})

test("cyclonedx-python-lib refuses SPDX's hash spelling in a BOM, as our validation does", async t => {
  const directory = await workDirectory(t)
  const { document } = toCycloneDxJson({ sbom: fileSbom() })
  const broken = structuredClone(document)
  const hashes = broken.metadata?.component?.hashes
  assert.ok(hashes?.[0])
  hashes[0].alg = 'SHA256'
  const result = await cyclonedxStrict(directory, 'sha256.cdx.json', JSON.stringify(broken))
  assert.equal(result.code, 1)
  assert.match(result.output, /^invalid: .*'SHA256' is not one of \['MD5', 'SHA-1', 'SHA-256'/)
  assert.ok(
    validateSbom({ document: broken }).some(
      problem =>
        problem.path === '/metadata/component/hashes/0/alg' &&
        /allowed values/.test(problem.message)
    )
  )
})

test('pyspdxtools and our validation agree on the real SPDX vectors, and why they fail', async () => {
  const vectors = join(import.meta.dirname, '../vectors/sbom')
  const verdict = async (name: string): Promise<{ ours: string[]; theirs: CommandResult }> => {
    const path = join(vectors, name)
    const ours = validateSbom({ document: JSON.parse(await readFile(path, 'utf8')) }).map(
      problem => problem.message
    )
    const theirs = await runCommand({
      command: referenceTool({ name: 'spdx-tools' }).path,
      args: ['-i', path]
    })
    return { ours, theirs }
  }
  // syft 0.63: 30 packages and no DESCRIBES.
  const old = await verdict('syft-0.63-go-binary-and-gomod.spdx.json')
  assert.deepEqual(old.ours, [
    'the document DESCRIBES nothing (no DESCRIBES relationship) and has 30 packages'
  ])
  assert.equal(old.theirs.code, 1)
  assert.match(
    old.theirs.output,
    /there must be at least one relationship "SPDXRef-DOCUMENT DESCRIBES \.\.\." or "\.\.\. DESCRIBED_BY SPDXRef-DOCUMENT" when there is not only a single package present/
  )
  // syft's snapshot: the time and the licence list version are redacted (and the namespace, which
  // pyspdxtools accepts as a string).
  const snapshot = await verdict('syft-snapshot-image.spdx.json')
  assert.deepEqual(snapshot.ours, [
    'documentNamespace redacted is not an absolute URI',
    'created redacted is not YYYY-MM-DDThh:mm:ssZ',
    'licenseListVersion redacted is not major.minor'
  ])
  assert.equal(snapshot.theirs.code, 1)
  assert.match(
    snapshot.theirs.output,
    /time data 'redacted' does not match format '%Y-%m-%dT%H:%M:%SZ'/
  )
  assert.match(snapshot.theirs.output, /redacted is not a valid version string/)
  // syft's 2022 SPDX 2.2 fixture: fractional seconds, files without checksums (among others).
  const alpine = await verdict('syft-alpine-3.10-image.spdx.json')
  assert.ok(alpine.ours.includes('created 2022-01-20T21:40:24.439211Z is not YYYY-MM-DDThh:mm:ssZ'))
  assert.ok(alpine.ours.includes('file /bin/busybox has no SHA1 checksum'))
  assert.equal(alpine.theirs.code, 1)
  assert.match(
    alpine.theirs.output,
    /time data '2022-01-20T21:40:24\.439211Z' does not match format '%Y-%m-%dT%H:%M:%SZ'/
  )
  assert.match(alpine.theirs.output, /Error while constructing File: .*checksums="None"/)
})

/** A Go program with a locally replaced dependency, built offline with the machine's Go. */
async function buildGoProgram(directory: string): Promise<string> {
  const source = join(directory, 'src')
  await mkdir(join(source, 'greet'), { recursive: true })
  await writeFile(
    join(source, 'go.mod'),
    'module example.com/app\n\ngo 1.26\n\nrequire example.com/greet v1.0.0\n\nreplace example.com/greet => ./greet\n'
  )
  await writeFile(
    join(source, 'main.go'),
    'package main\n\nimport "example.com/greet"\n\nfunc main() { println(greet.Hello()) }\n'
  )
  await writeFile(join(source, 'greet', 'go.mod'), 'module example.com/greet\n\ngo 1.26\n')
  await writeFile(
    join(source, 'greet', 'greet.go'),
    'package greet\n\nfunc Hello() string { return "hello" }\n'
  )
  const binary = join(directory, 'app')
  const built = await runCommand({
    command: 'sh',
    args: ['-c', `cd "${source}" && go build -o "${binary}" .`],
    env: { GOPROXY: 'off', GOFLAGS: '-mod=mod', GOWORK: 'off', GOTOOLCHAIN: 'local' }
  })
  assert.equal(built.code, 0, built.output)
  return binary
}

test("syft's documents of a Go binary pass our validation, read into the model, and our rewrite matches syft's fields", async t => {
  const directory = await workDirectory(t)
  const binary = await buildGoProgram(directory)
  const digest = createHash('sha256')
    .update(await readFile(binary))
    .digest('hex')
  const outputs = {
    spdx: join(directory, 'syft.spdx.json'),
    cdx16: join(directory, 'syft-1.6.cdx.json'),
    cdx17: join(directory, 'syft-1.7.cdx.json')
  }
  const scanned = await runCommand({
    command: referenceTool({ name: 'syft' }).path,
    args: [
      'scan',
      `file:${binary}`,
      '-q',
      '-o',
      `spdx-json=${outputs.spdx}`,
      '-o',
      `cyclonedx-json@1.6=${outputs.cdx16}`,
      '-o',
      `cyclonedx-json=${outputs.cdx17}`
    ],
    env: { SYFT_CHECK_FOR_APP_UPDATE: 'false' }
  })
  assert.equal(scanned.code, 0, scanned.output)

  const read = async (path: string): Promise<ReturnType<typeof readSbom>> =>
    readSbom({ bytes: await readFile(path) })
  const spdx = await read(outputs.spdx)
  const cdx16 = await read(outputs.cdx16)
  const cdx17 = await read(outputs.cdx17)
  assert.deepEqual(
    [spdx.specVersion, cdx16.specVersion, cdx17.specVersion],
    ['SPDX-2.3', '1.6', '1.7']
  )
  // syft's current output breaks none of our rules.
  for (const document of [spdx, cdx16, cdx17])
    assert.deepEqual(validateSbom({ document: document.raw }), [])

  // The subject: the file, its SHA256 (from SPDX checksums; from the digest syft gives as the
  // CycloneDX subject's version).
  for (const document of [spdx, cdx16, cdx17])
    assert.deepEqual(document.sbom.subject, {
      kind: 'file',
      name: 'app',
      checksums: [{ algorithm: 'SHA256', value: digest }]
    })
  const goVersion = (await runCommand({ command: 'go', args: ['env', 'GOVERSION'] })).stdout.trim()
  const rows = (packages: SbomPackage[]): string[] =>
    packages.map(pkg => `${pkg.type} ${pkg.name} ${pkg.version ?? '-'} ${pkg.purl ?? '-'}`).sort()
  const expected = [
    // syft writes UNKNOWN for the main module built without VCS and for the local replacement;
    // the reader takes it as "no version", as the purls (without @version) say.
    'go-module example.com/app - pkg:golang/example.com/app',
    'go-module example.com/greet - pkg:golang/example.com/greet',
    `go-module stdlib ${goVersion} pkg:golang/stdlib@${goVersion.replace(/^go/, '')}`
  ]
  assert.deepEqual(rows(spdx.sbom.packages), expected)
  // syft's CycloneDX also lists the scanned file as a component (SPDX keeps it in files[]).
  for (const document of [cdx16, cdx17])
    assert.deepEqual(rows(document.sbom.packages), [...expected, 'file /app - -'].sort())
  assert.deepEqual(
    spdx.sbom.relationships
      .filter(r => r.type === 'DEPENDENCY_OF')
      .map(
        r =>
          `${spdx.sbom.packages.find(p => p.id === r.from)?.name} -> ${spdx.sbom.packages.find(p => p.id === r.to)?.name}`
      )
      .sort(),
    ['example.com/greet -> example.com/app', 'stdlib -> example.com/app']
  )

  // Our SPDX of the model read from syft's: the SPDX project's validator accepts it, and each
  // package has syft's fields with syft's values, but for the listed differences.
  const ours = toSpdxJson({ sbom: spdx.sbom })
  const accepted = await pyspdxtools(directory, 'rewritten.spdx.json', ours.json)
  assert.deepEqual({ code: accepted.code, output: accepted.output }, { code: 0, output: '' })
  const syftPackages = (spdx.raw['packages'] as SpdxPackage[]).filter(
    pkg => !pkg.SPDXID.startsWith('SPDXRef-DocumentRoot-')
  )
  const differences: string[] = []
  for (const theirs of syftPackages) {
    const mine = ours.document.packages?.find(pkg => pkg.name === theirs.name)
    assert.ok(mine, theirs.name)
    const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)])
    for (const key of [...keys].sort()) {
      if (key === 'SPDXID') continue
      const a = JSON.stringify(theirs[key as keyof SpdxPackage])
      const b = JSON.stringify(mine[key as keyof SpdxPackage])
      if (a !== b) differences.push(`${theirs.name} ${key}: syft ${a}, ours ${b}`)
    }
  }
  assert.deepEqual(differences, [
    // SPDX's versionInfo is optional: we leave out a version nobody knows rather than writing a
    // placeholder that reads like one.
    'example.com/app versionInfo: syft "UNKNOWN", ours undefined',
    'example.com/greet versionInfo: syft "UNKNOWN", ours undefined'
  ])
  // Relationships by element name: syft's extra ones are about its files[] entry for the binary,
  // which our documents do not carry (the root package holds the binary's checksums).
  const named = (document: {
    packages?: SpdxPackage[]
    files?: { SPDXID: string; fileName: string }[]
    relationships?: {
      spdxElementId: string
      relationshipType: string
      relatedSpdxElement: string
    }[]
  }): Set<string> => {
    const names = new Map<string, string>([['SPDXRef-DOCUMENT', 'DOCUMENT']])
    for (const pkg of document.packages ?? []) names.set(pkg.SPDXID, pkg.name)
    for (const file of document.files ?? []) names.set(file.SPDXID, `file ${file.fileName}`)
    return new Set(
      (document.relationships ?? []).map(
        r =>
          `${names.get(r.spdxElementId)} ${r.relationshipType} ${names.get(r.relatedSpdxElement)}`
      )
    )
  }
  const theirs = named(spdx.raw)
  const mine = named(ours.document)
  assert.deepEqual(
    [...mine].filter(r => !theirs.has(r)),
    []
  )
  assert.deepEqual([...theirs].filter(r => !mine.has(r)).sort(), [
    'app DESCRIBES file app',
    'example.com/app OTHER file app',
    'example.com/greet OTHER file app',
    'stdlib OTHER file app'
  ])
  const root = (packages: SpdxPackage[] | undefined): SpdxPackage | undefined =>
    packages?.find(pkg => pkg.SPDXID.startsWith('SPDXRef-DocumentRoot-'))
  assert.deepEqual(root(ours.document.packages), root(spdx.raw['packages'] as SpdxPackage[]))
})
