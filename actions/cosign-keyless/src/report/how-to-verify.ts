import {
  JobSummary,
  VERIFY_ACTION,
  counted,
  listInputLine,
  literalGlob,
  shellCommand,
  workflowStep,
  type WorkflowStepInput
} from '@sign/action-kit'
import { isPublicGood } from '@sign/subjects/keyless'
import type { SignatureRecord } from './signature-record.ts'
import type { SignerClaims } from '@sign/subjects/keyless'
import type { SigningReport } from './signing-report.ts'

/** What a verifier of a self-hosted instance passes: its trusted root. */
const TRUSTED_ROOT = 'trusted_root.json'
/** cosign verify-blob commands shown before the rest are only counted. */
const BLOB_COMMANDS = 3

/** Options of {@link howToVerify}. */
export interface HowToVerifyOptions {
  report: SigningReport
  claims: SignerClaims
}

/**
 * How to check these signatures, filled in: the verify action's step, the `sign verify` command
 * and cosign's, each naming the exact identity and issuer of the certificate, the images by
 * digest and the files with their bundles — and the trusted root, for a self-hosted instance.
 */
export function howToVerify(options: HowToVerifyOptions): JobSummary {
  const { report } = options
  const ownRoot = !isPublicGood({ instance: report.instance })
  const context = { ...options, ownRoot }
  const summary = new JobSummary()
    .line('In a workflow, with the verify action:')
    .code({ text: actionStep(context), language: 'yaml' })
    .line('With the sign CLI:')
    .code({ text: signCommand(context), language: 'sh' })
    .line('With cosign:')
    .code({ text: cosignCommands(context), language: 'sh' })
  if (ownRoot) {
    summary.line([
      { code: TRUSTED_ROOT },
      ' is the trusted root of the Sigstore instance these were signed with (its Fulcio, ' +
        'Rekor and TSA keys); public-good signatures need none.'
    ])
  }
  return summary
}

interface Context extends HowToVerifyOptions {
  ownRoot: boolean
}

const images = (report: SigningReport): SignatureRecord[] =>
  report.records.filter(record => record.kind === 'image')
const files = (report: SigningReport): SignatureRecord[] =>
  report.records.filter(record => record.kind === 'file')

/** Whether a file's bundle is where verifiers look for it: `<file>.sigstore.json` beside it. */
const besideFile = (record: SignatureRecord): boolean =>
  record.bundle === `${record.subject}.sigstore.json`

/** `uses: org/sign/actions/verify@v1` with the images, the files and the signer. */
function actionStep(context: Context): string {
  const { report, claims } = context
  const comments: string[] = []
  const globs = files(report).flatMap(record => {
    const glob = literalGlob(record.subject)
    return glob === undefined ? [] : [glob]
  })
  const unnamed = files(report).length - globs.length
  if (unnamed > 0) {
    comments.push(
      `${counted(unnamed, 'file')} whose name no line of a files input can hold (a line break, a control character, a leading ! or #) left out here; the commands below name it.`
    )
  }
  if (files(report).some(record => !besideFile(record))) {
    comments.push(
      'The verify action reads <file>.sigstore.json beside each file: put the bundles from output-directory there first.'
    )
  }
  const imageLines = images(report)
    .map(record => record.subject)
    .filter(listInputLine)
  const inputs: WorkflowStepInput[] = [
    ...(imageLines.length > 0 ? [{ name: 'images', value: imageLines }] : []),
    ...(globs.length > 0 ? [{ name: 'files', value: globs }] : []),
    { name: 'certificate-identity', value: claims.identity },
    ...(claims.issuer === undefined
      ? []
      : [{ name: 'certificate-oidc-issuer', value: claims.issuer }]),
    ...(context.ownRoot
      ? [{ name: 'trusted-root', value: TRUSTED_ROOT, comment: "your instance's trusted root" }]
      : [])
  ]
  return workflowStep({ uses: VERIFY_ACTION, with: inputs, comments })
}

/** The signer's flags, as `sign verify` and cosign both spell them. */
function signerFlags(context: Context): string[][] {
  const { claims } = context
  return [
    ['--certificate-identity', claims.identity],
    ...(claims.issuer === undefined ? [] : [['--certificate-oidc-issuer', claims.issuer]]),
    ...(context.ownRoot ? [['--trusted-root', TRUSTED_ROOT]] : [])
  ]
}

/** `sign verify` with every subject: images by digest, files (with `--bundle` where it moved). */
function signCommand(context: Context): string {
  const { report } = context
  const targets = report.records.map(record =>
    record.kind === 'image' || besideFile(record)
      ? [record.subject]
      : [record.subject, '--bundle', record.bundle ?? '']
  )
  return shellCommand({ lines: [['sign', 'verify'], ...signerFlags(context), ...targets] })
}

/** `cosign verify` for the images, `cosign verify-blob` for the first few files. */
function cosignCommands(context: Context): string {
  const { report } = context
  const commands: string[] = []
  const imageRecords = images(report)
  if (imageRecords.length > 0) {
    commands.push(
      shellCommand({
        lines: [
          ['cosign', 'verify'],
          ...signerFlags(context),
          ...imageRecords.map(record => [record.subject])
        ]
      })
    )
  }
  const fileRecords = files(report)
  for (const record of fileRecords.slice(0, BLOB_COMMANDS)) {
    commands.push(
      shellCommand({
        lines: [
          ['cosign', 'verify-blob'],
          ['--bundle', record.bundle ?? ''],
          ...signerFlags(context),
          [record.subject]
        ]
      })
    )
  }
  const rest = fileRecords.length - BLOB_COMMANDS
  if (rest > 0) {
    commands.push(`# … and the same for the ${counted(rest, 'other file')}, each with its bundle`)
  }
  return commands.join('\n\n')
}
