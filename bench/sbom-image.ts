// bench/sbom-image: `sign sbom --oci-layout` (the bundled CLI, as users run it) against
// `syft scan oci-dir:` on an OCI layout of more than 300 MB built here from generated layers: this
// machine's dpkg status and os-release, the pinned reference tools' Go binaries (cosign, gh, oras),
// 200 npm package.json files, and incompressible filler files, with an upper layer that whites out
// one binary. The CLI is bundled from the working tree into a temporary directory first (or
// --cli names a bundle) and writes its SPDX document to a file there. Each run is a process of its
// own, measured by /usr/bin/time (wall time and peak RSS of that process alone); rounds interleave
// the two; medians are printed and written to bench/results/sbom-image.json with the ratios.
//   node bench/sbom-image.ts [--rounds R] [--filler-mib M] [--cli FILE]
import { randomBytes } from 'node:crypto'
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  mkdirSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { referenceTool } from '@sign/testenv'
import { writeOciLayout } from '../packages/sbom/test/fixtures/image/oci-layout.ts'
import { againstSyft, cliBundle, printAgainstSyft } from './against-syft.ts'

const root = resolve(import.meta.dirname, '..')

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    'filler-mib': { type: 'string', default: '240' },
    cli: { type: 'string' }
  },
  allowPositionals: true
})
const rounds = Number(values.rounds)
const fillerMiB = Number(values['filler-mib'])
const syft = referenceTool({ name: 'syft' })

const work = mkdtempSync(join(tmpdir(), 'bench-sbom-image-'))
try {
  const layout = join(work, 'layout')
  const cli = cliBundle({ given: values.cli, outdir: join(work, 'dist') })
  const output = join(work, 'sbom.spdx.json')
  const binaries = ['cosign', 'gh', 'oras'].map(name => ({
    name,
    data: readFileSync(referenceTool({ name }).path)
  }))
  const filler = (prefix: string, mib: number) =>
    Array.from({ length: mib }, (_, index) => ({
      name: `${prefix}/blob-${index}.bin`,
      data: randomBytes(1024 * 1024)
    }))
  const image = await writeOciLayout({
    dir: layout,
    layers: [
      [
        { name: 'usr/lib/os-release', data: readFileSync('/usr/lib/os-release') },
        { name: 'etc/os-release', type: 'symlink', linkTarget: '../usr/lib/os-release' },
        { name: 'var/lib/dpkg/status', data: readFileSync('/var/lib/dpkg/status') }
      ],
      binaries.map(binary => ({
        name: `usr/local/bin/${binary.name}`,
        data: binary.data,
        mode: 0o755
      })),
      [
        ...filler('srv/data', fillerMiB / 2),
        ...Array.from({ length: 200 }, (_, index) => ({
          name: `app/node_modules/pkg-${index}/package.json`,
          data: JSON.stringify({ name: `pkg-${index}`, version: `1.0.${index}`, license: 'MIT' })
        }))
      ],
      [...filler('srv/more', fillerMiB / 2), { name: 'usr/local/bin/.wh.gh', data: '' }]
    ]
  })
  const bytes = readdirSync(join(layout, 'blobs', 'sha256')).reduce(
    (sum, name) => sum + statSync(join(layout, 'blobs', 'sha256', name)).size,
    0
  )

  const measured = againstSyft({
    rounds,
    ours: {
      mode: 'sign sbom --oci-layout (bundled CLI, spawn to exit)',
      command: process.execPath,
      args: [cli, 'sbom', '--oci-layout', `${layout}:latest`, '--output', output],
      spdxOutput: output
    },
    syft,
    syftSource: `oci-dir:${layout}`
  })
  const result = {
    image: { layers: image.layers.length, blobBytes: bytes, manifestDigest: image.manifestDigest },
    rounds,
    syft: syft.version,
    ...measured
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  writeFileSync(join(root, 'bench/results/sbom-image.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(
    `OCI layout of ${(bytes / 1048576).toFixed(0)} MiB in ${image.layers.length} layers, medians of ${rounds}`
  )
  printAgainstSyft(result)
} finally {
  rmSync(work, { recursive: true, force: true })
}
