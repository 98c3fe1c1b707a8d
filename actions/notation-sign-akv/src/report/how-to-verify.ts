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
import { parseKeyId } from '@sign/notation/key-id'
import type { SignatureRecord } from './signature-record.ts'
import type { SigningCertificate } from './signing-certificate.ts'
import type { SigningReport } from './signing-report.ts'

const OCI_POLICY = 'trustpolicy.oci.json'
const BLOB_POLICY = 'trustpolicy.blob.json'
const ROOT = 'root.pem'
const TRUST_STORE = 'truststore'

/** Options of {@link howToVerify}. */
export interface HowToVerifyOptions {
  report: SigningReport
  certificate: SigningCertificate
}

/**
 * How to check these signatures, filled in: the trust policies (images and files) naming the
 * certificate's subject, the root certificate to trust, then the verify action's step, the
 * `sign verify` command and notation's commands.
 */
export function howToVerify(options: HowToVerifyOptions): JobSummary {
  const { report, certificate } = options
  const store = trustStoreName(report)
  const images = report.records.filter(record => record.kind === 'image')
  const files = report.records.filter(record => record.kind === 'file')
  const policies = [
    ...(images.length > 0 ? [OCI_POLICY] : []),
    ...(files.length > 0 ? [BLOB_POLICY] : [])
  ]
  const summary = new JobSummary()
  if (certificate.unsupported !== undefined) {
    summary.line(
      `notation cannot name this certificate in trustedIdentities (${certificate.unsupported}), ` +
        'so these policies trust any certificate the trust store vouches for ("*").'
    )
  }
  if (images.length > 0) {
    summary
      .line([{ code: OCI_POLICY }, ', the trust policy for the images:'])
      .code({ text: policyJson({ certificate, store, images }), language: 'json' })
  }
  if (files.length > 0) {
    summary
      .line([{ code: BLOB_POLICY }, ', the trust policy for the files:'])
      .code({ text: policyJson({ certificate, store }), language: 'json' })
  }
  return summary
    .line([
      { code: ROOT },
      certificate.chainLength === 1
        ? ', the signing certificate (self-signed): what the trust store holds.'
        : ", the root of the signing certificate's chain: what the trust store holds (the " +
          "step's certificate output is the whole chain, leaf first)."
    ])
    .code({ text: certificate.rootPem })
    .line('In a workflow, with the verify action:')
    .code({ text: actionStep({ store, images, files, policies }), language: 'yaml' })
    .line('With the sign CLI:')
    .code({ text: signCommand({ store, records: report.records, policies }), language: 'sh' })
    .line('With notation:')
    .code({ text: notationCommands({ store, images, files }), language: 'sh' })
}

/** The trust store's name: the Key Vault key's name, `signing` for a local key. */
function trustStoreName(report: SigningReport): string {
  if (report.keyId === undefined) return 'signing'
  try {
    return parseKeyId(report.keyId).name
  } catch {
    return 'signing'
  }
}

/**
 * A trust policy document naming the certificate's subject: an OCI one scoped to the images'
 * repositories, or (without images) a blob one, the global policy for `notation blob verify`.
 */
function policyJson(options: {
  certificate: SigningCertificate
  store: string
  images?: SignatureRecord[]
}): string {
  const { certificate, store, images } = options
  const common = {
    signatureVerification: { level: 'strict' },
    trustStores: [`ca:${store}`],
    trustedIdentities: [certificate.identity ?? '*']
  }
  const policy =
    images === undefined
      ? { name: `${store}-files`, ...common, globalPolicy: true }
      : { name: `${store}-images`, registryScopes: repositories(images), ...common }
  return JSON.stringify({ version: '1.0', trustPolicies: [policy] }, null, 2)
}

/** The images' repositories (`registry/repository`), once each, in order. */
function repositories(images: SignatureRecord[]): string[] {
  return [
    ...new Set(images.map(record => record.subject.slice(0, record.subject.lastIndexOf('@'))))
  ]
}

/** Whether a file's signature is where verifiers look for it: `<file>.<format>.sig` beside it. */
const besideFile = (record: SignatureRecord): boolean =>
  record.signature === `${record.subject}.${record.format}.sig`

/** `uses: org/sign/actions/verify@v1` with the subjects, the policies and the trust store. */
function actionStep(options: {
  store: string
  images: SignatureRecord[]
  files: SignatureRecord[]
  policies: string[]
}): string {
  const { store, images, files } = options
  const comments = [
    `${options.policies.join(' and ')} as above; the trust store holds ${ROOT} as ${TRUST_STORE}/x509/ca/${store}/${ROOT}.`
  ]
  const globs = files.flatMap(record => {
    const glob = literalGlob(record.subject)
    return glob === undefined ? [] : [glob]
  })
  if (globs.length < files.length) {
    comments.push(
      `${counted(files.length - globs.length, 'file')} whose name no line of a files input can hold (a line break, a control character, a leading ! or #) left out here; the commands below name it.`
    )
  }
  if (!files.every(besideFile)) {
    comments.push(
      'The verify action reads <file>.jws.sig or .cose.sig beside each file: put the signatures from output-directory there first.'
    )
  }
  const imageLines = images.map(record => record.subject).filter(listInputLine)
  const inputs: WorkflowStepInput[] = [
    ...(imageLines.length > 0 ? [{ name: 'images', value: imageLines }] : []),
    ...(globs.length > 0 ? [{ name: 'files', value: globs }] : []),
    { name: 'trust-policy', value: options.policies },
    { name: 'trust-store', value: TRUST_STORE }
  ]
  return workflowStep({ uses: VERIFY_ACTION, with: inputs, comments })
}

/** Lays out the trust store, then `sign verify` with every subject (and a moved signature). */
function signCommand(options: {
  store: string
  records: SignatureRecord[]
  policies: string[]
}): string {
  const targets = options.records.map(record =>
    record.kind === 'image' || besideFile(record)
      ? [record.subject]
      : [record.subject, '--signature', record.signature ?? '']
  )
  const directory = `${TRUST_STORE}/x509/ca/${options.store}`
  return [
    shellCommand({ lines: [['mkdir', '-p', directory]] }),
    shellCommand({ lines: [['cp', ROOT, `${directory}/`]] }),
    shellCommand({
      lines: [
        ['sign', 'verify'],
        ...options.policies.map(policy => ['--trust-policy', policy]),
        ['--trust-store', TRUST_STORE],
        ...targets
      ]
    })
  ].join('\n')
}

/** notation's own: trust the root, import the policies, verify each image and file. */
function notationCommands(options: {
  store: string
  images: SignatureRecord[]
  files: SignatureRecord[]
}): string {
  const lines = [
    shellCommand({
      lines: [['notation', 'cert', 'add', '--type', 'ca', '--store', options.store, ROOT]]
    })
  ]
  if (options.images.length > 0) {
    lines.push(shellCommand({ lines: [['notation', 'policy', 'import', OCI_POLICY]] }))
    for (const record of options.images) {
      lines.push(shellCommand({ lines: [['notation', 'verify', record.subject]] }))
    }
  }
  if (options.files.length > 0) {
    lines.push(shellCommand({ lines: [['notation', 'blob', 'policy', 'import', BLOB_POLICY]] }))
    for (const record of options.files) {
      lines.push(
        shellCommand({
          lines: [
            ['notation', 'blob', 'verify', '--signature', record.signature ?? '', record.subject]
          ]
        })
      )
    }
  }
  return lines.join('\n')
}
