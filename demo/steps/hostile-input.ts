import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import {
  assertNoForgedCommands,
  executeAction,
  hostileTarGz,
  injection,
  startHostileRegistry,
  startReleaseServer,
  type ActionResult
} from '@sign/testenv'
import { builtinCatalog, platformKey, platformOf, resolveAsset, type Catalog } from '@sign/tools'
import type { DemoEnvironment } from '../environment.ts'
import type { DemoStep } from '../step.ts'

const root = resolve(import.meta.dirname, '../..')

/**
 * What an attacker controls, thrown at the committed actions: a release file whose name carries
 * workflow commands, a checksums file that lists a file outside the workspace, a release archive
 * with an entry that climbs out of the install directory, and a registry whose error body carries
 * workflow commands. Each is refused for its reason or shown harmlessly; nothing is written
 * outside the step's folders and the runner reads no command it did not get from us.
 */
export const hostileInput: DemoStep = {
  title: 'hostile input: names, paths, archives and registry answers an attacker chose',
  async run(env) {
    return [
      await fileNameInjection(env),
      await checksumsOutsideWorkspace(env),
      await archiveEscape(env),
      await registryBodyInjection(env)
    ]
  }
}

function runDist(options: {
  env: DemoEnvironment
  name: string
  inputs: Record<string, string>
  extraEnv?: Record<string, string>
}): Promise<ActionResult> {
  const { env } = options
  return executeAction({
    entry: join(root, 'dist', options.name, 'index.js'),
    actionYml: join(root, 'actions', options.name, 'action.yml'),
    workspace: env.workspace,
    idToken: env.oidc.actionsEnv(),
    inputs: { 'github-token': '', ...options.inputs },
    ...(options.extraEnv === undefined ? {} : { env: options.extraEnv })
  })
}

function keylessInputs(env: DemoEnvironment): Record<string, string> {
  return {
    'fulcio-url': env.sigstore.fulcioUrl,
    'rekor-url': env.sigstore.rekorUrl,
    'tsa-url': env.sigstore.tsaUrl
  }
}

function errors(result: ActionResult): string {
  return result.annotations
    .filter(annotation => annotation.level === 'error')
    .map(annotation => annotation.message)
    .join('\n')
}

async function fileNameInjection(env: DemoEnvironment): Promise<string> {
  await mkdir(join(env.workspace, 'hostile'), { recursive: true })
  await writeFile(join(env.workspace, 'hostile', `notes${injection('file-name')}`), 'notes\n')
  const result = await runDist({
    env,
    name: 'cosign-keyless',
    inputs: { files: 'hostile/notes*', ...keylessInputs(env) }
  })
  if (result.exitCode !== 0) throw new Error(`cosign-keyless failed: ${errors(result)}`)
  assertNoForgedCommands({ output: result.log, commands: result, marker: 'file-name' })
  return 'cosign-keyless signed a file named "notes\\n::warning::…\\n::add-mask::…": the log shows the name quoted, the runner read no command from it'
}

async function checksumsOutsideWorkspace(env: DemoEnvironment): Promise<string> {
  const outside = await mkdtemp(join(tmpdir(), 'sign-demo-outside-'))
  try {
    await writeFile(join(outside, 'x'), 'outside\n')
    const sum = createHash('sha256').update('outside\n').digest('hex')
    const listed = `${relative(join(env.workspace, 'hostile'), outside)}/x`
    await writeFile(join(env.workspace, 'hostile/checksums.txt'), `${sum}  ${listed}\n`)
    const result = await runDist({
      env,
      name: 'cosign-keyless',
      inputs: { checksums: 'hostile/checksums.txt', ...keylessInputs(env) }
    })
    const refusal = errors(result)
    if (result.exitCode !== 1 || !/checksums\.txt:1 lists ".*", which is outside/u.test(refusal)) {
      throw new Error(`a checksums line outside the workspace was not refused: ${refusal}`)
    }
    const left = await readdir(outside)
    if (left.join() !== 'x') throw new Error(`something was written outside: ${left.join(', ')}`)
    return `cosign-keyless refused a checksums line naming ${listed.split('/')[0]}/…/x: "${refusal.split(',')[0]}…"; nothing signed, nothing written outside`
  } finally {
    await rm(outside, { recursive: true, force: true })
  }
}

async function archiveEscape(env: DemoEnvironment): Promise<string> {
  const mirror = await startReleaseServer()
  const dir = join(env.workspace, 'hostile/install')
  try {
    await mkdir(join(dir, 'tool-cache'), { recursive: true })
    const platform = platformOf({ platform: process.platform, arch: process.arch })
    const builtin = builtinCatalog()
    const resolved = resolveAsset({
      catalog: builtin,
      tool: 'oras',
      version: '1.3.2',
      platform,
      mirror: mirror.url
    })
    const archive = hostileTarGz({
      members: [
        { name: 'oras', content: '#!/bin/sh\necho oras\n' },
        { name: '../../escape', content: 'written through the archive\n' }
      ]
    })
    mirror.put(new URL(resolved.url).pathname, archive)
    const sha256 = createHash('sha256').update(archive).digest('hex')
    const catalog: Catalog = {
      ...builtin,
      tools: {
        ...builtin.tools,
        oras: {
          ...builtin.tools['oras']!,
          versions: { '1.3.2': { [platformKey(platform)]: sha256 } }
        }
      }
    }
    await writeFile(join(dir, 'catalog.json'), JSON.stringify(catalog))
    const result = await runDist({
      env,
      name: 'install',
      inputs: { tools: 'oras@1.3.2', mirror: mirror.url, catalog: join(dir, 'catalog.json') },
      extraEnv: { RUNNER_TOOL_CACHE: join(dir, 'tool-cache') }
    })
    const refusal = errors(result)
    if (
      result.exitCode !== 1 ||
      !refusal.includes('entry "../../escape" would be written outside the install directory') ||
      result.path.length > 0 ||
      (await readdir(join(dir, 'tool-cache'))).length > 0
    ) {
      throw new Error(`an archive entry climbing out was not refused cleanly: ${refusal}`)
    }
    return `install refused a checksum-valid archive with the entry "../../escape" before writing it: nothing cached, nothing on PATH`
  } finally {
    await mirror.stop()
  }
}

async function registryBodyInjection(env: DemoEnvironment): Promise<string> {
  const registry = await startHostileRegistry({ message: `denied${injection('registry')}` })
  try {
    const { repository, workflowPath, ref } = env.oidc.workflow
    const result = await runDist({
      env,
      name: 'verify',
      inputs: {
        images: `${registry.host}/octo-org/app@sha256:${'ab'.repeat(32)}`,
        'certificate-identity': `https://github.com/${repository}/${workflowPath}@${ref}`,
        'certificate-oidc-issuer': env.oidc.issuer,
        'trusted-root': env.sigstore.trustedRootPath
      }
    })
    if (result.exitCode !== 1) throw new Error('verify passed against a registry that denies all')
    assertNoForgedCommands({ output: result.log, commands: result, marker: 'registry' })
    return 'verify read a registry error body carrying ::add-mask:: and ::warning:: lines: shown quoted in the report, nothing masked, no forged annotation'
  } finally {
    await registry.stop()
  }
}
