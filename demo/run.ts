// The main job, locally: starts the test environment and runs every capability of the suite
// against it. Run it with `bash scripts/demo.sh`.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startDemoEnvironment } from './environment.ts'
import type { DemoState, DemoStep } from './step.ts'
import { cosignKeyless } from './steps/cosign-keyless.ts'
import { failures } from './steps/failures.ts'
import { hostileInput } from './steps/hostile-input.ts'
import { install } from './steps/install.ts'
import { notationSignAkv } from './steps/notation-sign-akv.ts'
import { referenceTools } from './steps/reference-tools.ts'
import { pushSampleImage } from './steps/sample-image.ts'
import { sbomAttach } from './steps/sbom-attach.ts'
import { buildxAttestations } from './steps/buildx-attestations.ts'
import { slsaProvenance } from './steps/slsa-provenance.ts'
import { rootAction } from './steps/root-action.ts'
import { verify } from './steps/verify.ts'

const steps: DemoStep[] = [
  pushSampleImage,
  cosignKeyless,
  notationSignAkv,
  sbomAttach,
  buildxAttestations,
  slsaProvenance,
  rootAction,
  verify,
  referenceTools,
  install,
  hostileInput,
  failures
]

const workspace = await mkdtemp(join(tmpdir(), 'sign-demo-'))
const started = Date.now()
process.stdout.write('starting the test environment on 127.0.0.1 …\n')
const env = await startDemoEnvironment(workspace)
const state: DemoState = {}
let failed = false
try {
  process.stdout.write(
    [
      `  OIDC issuer    ${env.oidc.url} (tokens for ${env.oidc.issuer})`,
      `  Sigstore       ${env.sigstore.url} (Fulcio, Rekor, TSA, TUF)`,
      `  registry       ${env.registry.url} (bearer tokens from ${env.registry.tokenService.url})`,
      `  registry       ${env.referrersRegistry.url} (${env.referrersRegistry.server}, referrers API)`,
      `  Entra ID       ${env.entra.url}`,
      `  Key Vault      ${env.vault.url}`,
      ''
    ].join('\n')
  )
  for (const [i, step] of steps.entries()) {
    process.stdout.write(`\n[${i + 1}/${steps.length}] ${step.title}\n`)
    for (const line of await step.run(env, state)) process.stdout.write(`  ✔ ${line}\n`)
  }
} catch (error) {
  failed = true
  process.stderr.write(
    `\n✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
} finally {
  await env.stop()
  await rm(workspace, { recursive: true, force: true })
}
process.stdout.write(
  failed
    ? '\ndemo failed\n'
    : `\ndemo passed: ${steps.length} steps, every signature verified (${((Date.now() - started) / 1000).toFixed(1)} s); nothing left running\n`
)
process.exitCode = failed ? 1 : 0
