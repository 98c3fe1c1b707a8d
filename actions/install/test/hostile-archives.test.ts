// dist/install through the runner against release archives built to attack the installer — names
// escaping the install directory, links, devices, FIFOs, decompression bombs, names that are
// workflow commands — each pinned in the catalog, so only the unpacking stands in the way. Each
// is refused with the archive, the entry and the reason; nothing reaches the tool cache or PATH,
// and nothing changes in a canary directory outside the step's temp folder.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { hostileTarGz, hostileZip, packWithTools, versionLine } from '@sign/testenv'
import type { TarMember, ZipMember } from '@sign/testenv'
import { quote } from '@sign/safe-text'
import { startInstallEnvironment } from './fixtures/environment.ts'
import type { InstallEnvironment } from './fixtures/environment.ts'
import { errorMessages, runInstall } from './fixtures/run-install.ts'

const exec = promisify(execFile)
const GiB = 1024 ** 3

let env: InstallEnvironment
/** A directory beside the test's temp folders that every escape aims at. */
let canary: string
let canaryBefore: Map<string, string>

before(async () => {
  env = await startInstallEnvironment()
  canary = await mkdtemp(join(tmpdir(), 'install-canary-'))
  await mkdir(join(canary, 'bin'))
  await writeFile(join(canary, 'bin', 'tool'), 'the canary tool\n', { mode: 0o644 })
  await mkdir(join(canary, 'loot'))
  await writeFile(join(canary, 'loot', 'secret.txt'), 'secret\n', { mode: 0o600 })
  await mkdir(join(canary, 'through'))
  canaryBefore = await snapshot(canary)
})
after(async () => {
  await env?.stop()
  if (canary !== undefined) await rm(canary, { recursive: true, force: true })
})

/** Every path under `root` with its type, mode, link count and content digest. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>()
  for (const name of await readdir(root, { recursive: true })) {
    const path = join(root, name)
    const stats = await lstat(path)
    const digest = stats.isFile()
      ? createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
      : ''
    entries.set(name, `${stats.mode.toString(8)} ${stats.nlink} ${stats.size} ${digest}`)
  }
  return entries
}

const SCRIPT = (tool: string) => `#!/bin/sh\necho "${versionLine({ tool, version: 'evil' })}"\n`
/** A name that climbs out of any install directory into the canary. */
const climb = (path: string) => `${'../'.repeat(24)}${path.slice(1)}`

interface Attack {
  name: string
  format: 'tar.gz' | 'zip'
  /** Builds the archive (its names may point into the canary directory). */
  archive: () => Promise<Buffer> | Buffer
  /** The entry the refusal names, exactly as the archive holds it. */
  entry: () => string
  reason: RegExp
}

const tarGz = (members: TarMember[]) => () => hostileTarGz({ members })
const zip = (members: ZipMember[]) => () => hostileZip({ members })
const tarExecutable: TarMember = { name: 'notation', content: SCRIPT('notation') }
const zipExecutable: ZipMember = { name: 'oras', content: SCRIPT('oras') }
const SYMLINK = 0o120777

const ATTACKS: Attack[] = [
  {
    name: 'a tar entry named ../…',
    format: 'tar.gz',
    archive: () =>
      hostileTarGz({
        members: [tarExecutable, { name: climb(`${canary}/escaped`), content: 'pwned' }]
      }),
    entry: () => climb(`${canary}/escaped`),
    reason: /would be written outside the install directory \(its name holds "\.\."\)/
  },
  {
    name: 'a tar entry with an absolute name',
    format: 'tar.gz',
    archive: () =>
      hostileTarGz({ members: [tarExecutable, { name: `${canary}/absolute`, content: 'pwned' }] }),
    entry: () => `${canary}/absolute`,
    reason: /has an absolute name: it would be written outside the install directory/
  },
  {
    name: 'a tar symlink out of the tree (which tc.cacheDir would copy the target of)',
    format: 'tar.gz',
    archive: () =>
      hostileTarGz({
        members: [tarExecutable, { name: 'loot', type: 'symlink', linkTarget: `${canary}/loot` }]
      }),
    entry: () => 'loot',
    reason:
      /is a symbolic link to "[^"]+\/loot": release archives may hold only regular files and directories/
  },
  {
    name: 'a tar symlink, then a file written through it',
    format: 'tar.gz',
    archive: () =>
      hostileTarGz({
        members: [
          tarExecutable,
          { name: 'dir', type: 'symlink', linkTarget: `${canary}/through` },
          { name: 'dir/x', content: 'pwned' }
        ]
      }),
    entry: () => 'dir',
    reason: /is a symbolic link to "[^"]+\/through"/
  },
  {
    name: 'a tar hard link to an outside file, then a file of that name',
    format: 'tar.gz',
    archive: () =>
      hostileTarGz({
        members: [
          tarExecutable,
          { name: 'hard', type: 'hardlink', linkTarget: `${canary}/bin/tool` },
          { name: 'hard', content: 'pwned' }
        ]
      }),
    entry: () => 'hard',
    reason:
      /is a hard link to "[^"]+\/bin\/tool": release archives may hold only regular files and directories/
  },
  {
    name: 'a hard link as GNU tar archives one',
    format: 'tar.gz',
    archive: () =>
      packWithTools({
        format: 'tar.gz',
        members: ['notation', 'notation-copy'],
        build: async dir => {
          await writeFile(join(dir, 'notation'), SCRIPT('notation'), { mode: 0o755 })
          await link(join(dir, 'notation'), join(dir, 'notation-copy'))
        }
      }),
    entry: () => 'notation-copy',
    reason: /is a hard link to "notation"/
  },
  {
    name: 'a FIFO as GNU tar archives one (mkfifo)',
    format: 'tar.gz',
    archive: () =>
      packWithTools({
        format: 'tar.gz',
        members: ['notation', 'pipe'],
        build: async dir => {
          await writeFile(join(dir, 'notation'), SCRIPT('notation'), { mode: 0o755 })
          await exec('mkfifo', [join(dir, 'pipe')])
        }
      }),
    entry: () => 'pipe',
    reason: /is a FIFO \(named pipe\): release archives may hold only regular files and directories/
  },
  {
    name: 'a tar character device',
    format: 'tar.gz',
    archive: tarGz([tarExecutable, { name: 'null', type: 'character-device' }]),
    entry: () => 'null',
    reason: /is a character device/
  },
  {
    name: 'a tar executable that is a symlink to an outside file (which chmod would follow)',
    format: 'tar.gz',
    archive: () =>
      hostileTarGz({
        members: [{ name: 'notation', type: 'symlink', linkTarget: `${canary}/bin/tool` }]
      }),
    entry: () => 'notation',
    reason: /is a symbolic link to "[^"]+\/bin\/tool"/
  },
  {
    name: 'a tar executable that is a symlink to a file inside the archive',
    format: 'tar.gz',
    archive: tarGz([
      { name: 'bin/notation', content: SCRIPT('notation') },
      { name: 'notation', type: 'symlink', linkTarget: 'bin/notation' }
    ]),
    entry: () => 'notation',
    reason:
      /is a symbolic link to "bin\/notation": release archives may hold only regular files and directories/
  },
  {
    name: 'a tar entry named ::warning::pwned',
    format: 'tar.gz',
    archive: tarGz([tarExecutable, { name: '::warning::pwned', content: 'x' }]),
    entry: () => '::warning::pwned',
    reason: /has a name that is not a portable file name \(it holds a control character or one of/
  },
  {
    name: 'a tar entry whose name holds a newline and a workflow command',
    format: 'tar.gz',
    archive: tarGz([tarExecutable, { name: 'notes\n::error::pwned', content: 'x' }]),
    entry: () => 'notes\n::error::pwned',
    reason: /has a name that is not a portable file name/
  },
  {
    name: 'a 2.2 MB tar.gz bomb unpacking to 2.2 GiB',
    format: 'tar.gz',
    archive: tarGz([{ name: 'notation', zeros: Math.round(2.2 * GiB) }]),
    entry: () => 'notation',
    reason:
      /would unpack the archive beyond 1 GiB \(1073741824 bytes\), the limit for a release archive \(it declares 2\.2 GiB/
  },
  {
    name: 'a zip entry named ../…',
    format: 'zip',
    archive: () =>
      hostileZip({
        members: [zipExecutable, { name: climb(`${canary}/escaped`), content: 'pwned' }]
      }),
    entry: () => climb(`${canary}/escaped`),
    reason: /would be written outside the install directory \(its name holds "\.\."\)/
  },
  {
    name: 'a zip entry with an absolute name',
    format: 'zip',
    archive: () =>
      hostileZip({ members: [zipExecutable, { name: `${canary}/absolute`, content: 'pwned' }] }),
    entry: () => `${canary}/absolute`,
    reason: /has an absolute name/
  },
  {
    name: 'a zip symlink out of the tree',
    format: 'zip',
    archive: () =>
      hostileZip({
        members: [zipExecutable, { name: 'loot', content: `${canary}/loot`, unixMode: SYMLINK }]
      }),
    entry: () => 'loot',
    reason: /is a symbolic link: release archives may hold only regular files and directories/
  },
  {
    name: 'a zip symlink, then a file written through it',
    format: 'zip',
    archive: () =>
      hostileZip({
        members: [
          zipExecutable,
          { name: 'dir', content: `${canary}/through`, unixMode: SYMLINK },
          { name: 'dir/x', content: 'pwned' }
        ]
      }),
    entry: () => 'dir',
    reason: /is a symbolic link/
  },
  {
    name: 'a symlink as zip -y archives one',
    format: 'zip',
    archive: () =>
      packWithTools({
        format: 'zip',
        members: ['oras', 'loot'],
        build: async dir => {
          await writeFile(join(dir, 'oras'), SCRIPT('oras'), { mode: 0o755 })
          await symlink(`${canary}/loot`, join(dir, 'loot'))
        }
      }),
    entry: () => 'loot',
    reason: /is a symbolic link/
  },
  {
    name: 'a zip executable that is a symlink to an outside file',
    format: 'zip',
    archive: () =>
      hostileZip({ members: [{ name: 'oras', content: `${canary}/bin/tool`, unixMode: SYMLINK }] }),
    entry: () => 'oras',
    reason: /is a symbolic link/
  },
  {
    name: 'a zip entry named ::warning::pwned',
    format: 'zip',
    archive: zip([zipExecutable, { name: '::warning::pwned', content: 'x' }]),
    entry: () => '::warning::pwned',
    reason: /has a name that is not a portable file name/
  },
  {
    name: 'a zip entry whose name holds a newline and a workflow command',
    format: 'zip',
    archive: zip([zipExecutable, { name: 'notes\n::error::pwned', content: 'x' }]),
    entry: () => 'notes\n::error::pwned',
    reason: /has a name that is not a portable file name/
  },
  {
    name: 'a zip bomb declaring its 2.2 GiB',
    format: 'zip',
    archive: zip([{ name: 'oras', zeros: Math.round(2.2 * GiB) }]),
    entry: () => 'oras',
    reason: /would unpack the archive beyond 1 GiB \(1073741824 bytes\)/
  },
  {
    name: 'a zip bomb declaring 1 KiB and inflating to 2.2 GiB',
    format: 'zip',
    archive: zip([{ name: 'oras', zeros: Math.round(2.2 * GiB), declaredSize: 1024 }]),
    entry: () => 'oras',
    reason: /unpacks to more than the 1 KiB \(1024 bytes\) the archive declares for it/
  }
]

let nextVersion = 0
/** Pins `bytes` as a new version of the tool the format installs through; returns its asset. */
async function pinAttack(options: { format: 'tar.gz' | 'zip'; bytes: Buffer }) {
  const tool = options.format === 'tar.gz' ? 'notation' : 'oras'
  const version = `9.0.${++nextVersion}`
  const asset = await env.pin({ tool, version, bytes: options.bytes })
  return { tool, version, asset: asset.name }
}

/** Runs the step on a pinned hostile asset and checks it left nothing anywhere. */
async function refused(options: { tools: string }) {
  const { result, toolCache } = await runInstall({ env, inputs: { tools: options.tools } })
  assert.equal(result.exitCode, 1, result.log)
  assert.ok(result.durationMs < 20_000, `finished in ${result.durationMs} ms`)
  const message = errorMessages(result)
  assert.doesNotMatch(message, /internal error/)
  assert.deepEqual(await readdir(toolCache), [], 'nothing in the tool cache')
  assert.deepEqual(result.path, [], 'nothing on PATH')
  assert.deepEqual(await snapshot(canary), canaryBefore, 'the canary directory is untouched')
  assert.equal((await lstat(join(canary, 'bin', 'tool'))).mode & 0o777, 0o644)
  assert.deepEqual(
    result.annotations.filter(annotation => annotation.level !== 'error'),
    [],
    'no other annotation (no entry name became a workflow command)'
  )
  assert.doesNotMatch(result.log, /^::(warning|error)::pwned/mu)
  return message
}

for (const attack of ATTACKS) {
  test(`${attack.name} is refused, naming the archive and the entry`, async () => {
    const bytes = await attack.archive()
    assert.ok(bytes.length < 4 * 1024 ** 2, `${bytes.length} bytes`)
    const { tool, version, asset } = await pinAttack({ format: attack.format, bytes })
    const message = await refused({ tools: `${tool}@${version}` })
    assert.ok(message.includes(`${asset}: entry ${quote(attack.entry())} `), message)
    assert.match(message, attack.reason)
    assert.match(message, /; the archive was refused and nothing was installed\./)
    assert.match(message, /The archive matched its checksum, so the release itself is at fault/)
  })
}

test('a zip with more than 10,000 entries is refused from its central directory', async () => {
  const members = Array.from({ length: 10_001 }, (_, index) => ({ name: `f${index}`, content: '' }))
  const { tool, version, asset } = await pinAttack({
    format: 'zip',
    bytes: hostileZip({ members })
  })
  const message = await refused({ tools: `${tool}@${version}` })
  assert.ok(
    message.startsWith(
      `${asset}: holds 10001 entries, more than the 10000 allowed for a release archive; the archive was refused and nothing was installed.`
    ),
    message
  )
})

test('a hostile archive refuses the whole step: the tools before it are not cached either', async () => {
  const { tool, version, asset } = await pinAttack({
    format: 'tar.gz',
    bytes: hostileTarGz({
      members: [tarExecutable, { name: 'loot', type: 'symlink', linkTarget: `${canary}/loot` }]
    })
  })
  const message = await refused({ tools: `cosign\nsyft\n${tool}@${version}` })
  assert.ok(message.includes(`${asset}: entry "loot" is a symbolic link`), message)
})

test('real tar and zip releases with ./ names, directories and other files install and run', async () => {
  const build = (tool: string) => async (dir: string) => {
    await mkdir(join(dir, 'completions'))
    await writeFile(join(dir, 'completions', `${tool}.bash`), '# completion\n')
    await writeFile(join(dir, 'LICENSE'), 'license\n')
    await writeFile(join(dir, tool), SCRIPT(tool), { mode: 0o755 })
  }
  const notation = await pinAttack({
    format: 'tar.gz',
    bytes: await packWithTools({ format: 'tar.gz', members: ['.'], build: build('notation') })
  })
  const oras = await pinAttack({
    format: 'zip',
    bytes: await packWithTools({ format: 'zip', members: ['.'], build: build('oras') })
  })
  const { result, toolCache } = await runInstall({
    env,
    inputs: { tools: `notation@${notation.version}\noras@${oras.version}` }
  })
  assert.equal(result.exitCode, 0, errorMessages(result) || result.log)
  for (const tool of ['notation', 'oras']) {
    const { stdout } = await exec(tool, [], {
      env: { PATH: [...result.path, '/usr/bin', '/bin'].join(':') }
    })
    assert.equal(stdout.trim(), versionLine({ tool, version: 'evil' }))
  }
  assert.deepEqual((await readdir(toolCache)).sort(), ['notation', 'oras'])
  assert.match(result.log, /notation 9\.0\.\d+: unpacked 5 entries \(\d+ bytes\) from notation_/)
})
