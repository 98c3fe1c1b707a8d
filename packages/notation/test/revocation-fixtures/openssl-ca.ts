import { execFile } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Runs openssl; its stderr is in the error when it fails. */
export async function openssl(args: string[]): Promise<string> {
  const { stdout } = await run('openssl', args, { maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

/** A certificate openssl made, with its key. */
export interface IssuedCertificate {
  certificate: X509Certificate
  certPath: string
  keyPath: string
}

/** A CA run by `openssl ca`: its own directory, database, serial file and config. */
export interface OpensslCa extends IssuedCertificate {
  dir: string
  config: string
  indexPath: string
}

/** Extensions of a certificate to issue, as openssl x509v3 config lines. */
export interface ExtensionLines {
  /** e.g. ['basicConstraints = critical,CA:TRUE', 'authorityInfoAccess = OCSP;URI:http://…']. */
  extensions: string[]
}

const LEAF_EXTENSIONS = [
  'basicConstraints = CA:FALSE',
  'keyUsage = critical,digitalSignature',
  'extendedKeyUsage = codeSigning'
]

const CA_EXTENSIONS = [
  'basicConstraints = critical,CA:TRUE',
  'keyUsage = critical,keyCertSign,cRLSign'
]

/** `openssl req` arguments for a new unencrypted EC P-256 key written to `keyPath`. */
const newP256Key = (keyPath: string): string[] => [
  '-newkey',
  'ec',
  '-pkeyopt',
  'ec_paramgen_curve:P-256',
  '-nodes',
  '-keyout',
  keyPath
]

/** Options of {@link createRootCa}. */
export interface CreateRootCaOptions {
  dir: string
  subject: string
}

/** A self-signed root (EC P-256) set up as an `openssl ca`. */
export async function createRootCa(options: CreateRootCaOptions): Promise<OpensslCa> {
  const { dir } = options
  await mkdir(dir, { recursive: true })
  const certPath = join(dir, 'ca.pem')
  const keyPath = join(dir, 'ca.key')
  await openssl([
    'req',
    '-x509',
    '-new',
    ...newP256Key(keyPath),
    '-out',
    certPath,
    '-subj',
    options.subject,
    '-days',
    '30',
    '-sha256',
    ...CA_EXTENSIONS.flatMap(line => ['-addext', line])
  ])
  return caDirectory({ dir, certPath, keyPath })
}

/** Options of {@link createSubordinateCa}. */
export interface CreateSubordinateCaOptions extends ExtensionLines {
  issuer: OpensslCa
  dir: string
  subject: string
}

/** An intermediate CA issued by `issuer`, set up as an `openssl ca` of its own. */
export async function createSubordinateCa(options: CreateSubordinateCaOptions): Promise<OpensslCa> {
  await mkdir(options.dir, { recursive: true })
  const issued = await issueCertificate({
    ca: options.issuer,
    name: join(options.dir, 'ca'),
    subject: options.subject,
    extensions: [...CA_EXTENSIONS, ...options.extensions]
  })
  return caDirectory({ dir: options.dir, certPath: issued.certPath, keyPath: issued.keyPath })
}

interface CaDirectoryOptions {
  dir: string
  certPath: string
  keyPath: string
}

async function caDirectory(options: CaDirectoryOptions): Promise<OpensslCa> {
  const { dir } = options
  await mkdir(join(dir, 'newcerts'), { recursive: true })
  const indexPath = join(dir, 'index.txt')
  await writeFile(indexPath, '')
  await writeFile(join(dir, 'index.txt.attr'), 'unique_subject = no\n')
  // Serials with the high bit set: their DER INTEGER has a leading zero byte to get right.
  await writeFile(join(dir, 'serial'), `c0${(await openssl(['rand', '-hex', '15'])).trim()}\n`)
  await writeFile(join(dir, 'crlnumber'), '01\n')
  const config = join(dir, 'ca.cnf')
  await writeFile(
    config,
    [
      '[ ca ]',
      'default_ca = this_ca',
      '[ this_ca ]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir/newcerts',
      'serial = $dir/serial',
      'crlnumber = $dir/crlnumber',
      `certificate = ${options.certPath}`,
      `private_key = ${options.keyPath}`,
      'default_md = sha256',
      'default_days = 30',
      'default_crl_days = 1',
      'policy = any_name',
      'unique_subject = no',
      'email_in_dn = no',
      '[ any_name ]',
      'commonName = supplied',
      'organizationName = optional',
      ''
    ].join('\n')
  )
  const certificate = new X509Certificate(await readFile(options.certPath))
  return { ...options, certificate, config, indexPath }
}

/** Options of {@link issueCertificate}. */
export interface IssueCertificateOptions extends ExtensionLines {
  ca: OpensslCa
  /** Path prefix of the files: `<name>.pem`, `<name>.key`. */
  name: string
  subject: string
}

/** A certificate issued by `openssl ca` (so the CA's database, OCSP and CRLs know it). */
export async function issueCertificate(
  options: IssueCertificateOptions
): Promise<IssuedCertificate> {
  const { ca } = options
  const { keyPath, csrPath, certPath, extPath } = await certificateRequest(options)
  await openssl([
    'ca',
    '-config',
    ca.config,
    '-batch',
    '-notext',
    '-in',
    csrPath,
    '-out',
    certPath,
    '-extfile',
    extPath,
    '-extensions',
    'ext'
  ])
  return { certificate: new X509Certificate(await readFile(certPath)), certPath, keyPath }
}

/** Options of {@link issueLeaf}. */
export interface IssueLeafOptions {
  ca: OpensslCa
  name: string
  subject: string
  ocspUrl?: string
  crlUrl?: string
}

/** A code-signing leaf with an AIA OCSP URL and a CRL distribution point when given. */
export async function issueLeaf(options: IssueLeafOptions): Promise<IssuedCertificate> {
  return issueCertificate({ ...options, extensions: leafExtensions(options) })
}

/** The code-signing leaf's extensions, with the AIA OCSP URL and CRL distribution point given. */
function leafExtensions(options: { ocspUrl?: string; crlUrl?: string }): string[] {
  const extensions = [...LEAF_EXTENSIONS]
  if (options.ocspUrl) extensions.push(`authorityInfoAccess = OCSP;URI:${options.ocspUrl}`)
  if (options.crlUrl) extensions.push(`crlDistributionPoints = URI:${options.crlUrl}`)
  return extensions
}

/**
 * A new P-256 key and its certificate request (`<name>.key`, `<name>.csr`), and the extension
 * file (`<name>.ext`, section `ext`) to issue `<name>.pem` with.
 */
async function certificateRequest(options: {
  name: string
  subject: string
  extensions: string[]
}): Promise<{ keyPath: string; csrPath: string; certPath: string; extPath: string }> {
  const { name } = options
  const keyPath = `${name}.key`
  const csrPath = `${name}.csr`
  const extPath = `${name}.ext`
  await openssl(['req', '-new', ...newP256Key(keyPath), '-out', csrPath, '-subj', options.subject])
  await writeFile(extPath, ['[ ext ]', ...options.extensions, ''].join('\n'))
  return { keyPath, csrPath, certPath: `${name}.pem`, extPath }
}

/** Options of {@link revokeCertificate}. */
export interface RevokeCertificateOptions {
  ca: OpensslCa
  certificate: IssuedCertificate
  /** A CRLReason name, e.g. superseded. */
  reason?: string
  /** Sets keyCompromise and this compromise time, which CRLs and OCSP give as the invalidity date. */
  compromisedAt?: Date
}

/** Revokes with `openssl ca -revoke`; returns the revocation time the CA database recorded. */
export async function revokeCertificate(options: RevokeCertificateOptions): Promise<Date> {
  const { ca, certificate } = options
  const args = ['ca', '-config', ca.config, '-revoke', certificate.certPath]
  if (options.reason) args.push('-crl_reason', options.reason)
  if (options.compromisedAt) args.push('-crl_compromise', generalizedTime(options.compromisedAt))
  await openssl(args)
  const serial = certificate.certificate.serialNumber.toUpperCase()
  const index = await readFile(ca.indexPath, 'utf8')
  for (const line of index.split('\n')) {
    const [flag, , revoked, lineSerial] = line.split('\t')
    if (flag === 'R' && lineSerial?.toUpperCase() === serial && revoked) {
      return utcTime(revoked.split(',')[0] ?? '')
    }
  }
  throw new Error(`openssl ca did not record the revocation of ${serial}`)
}

/** Options of {@link generateCrl}. */
export interface GenerateCrlOptions {
  ca: OpensslCa
  /** Where the DER CRL goes. */
  out: string
  lastUpdate?: Date
  nextUpdate?: Date
}

/** A DER CRL by `openssl ca -gencrl`, with a chosen lastUpdate/nextUpdate when given. */
export async function generateCrl(options: GenerateCrlOptions): Promise<void> {
  const pem = `${options.out}.pem`
  const args = ['ca', '-config', options.ca.config, '-gencrl', '-out', pem]
  if (options.lastUpdate) args.push('-crl_lastupdate', generalizedTime(options.lastUpdate))
  if (options.nextUpdate) args.push('-crl_nextupdate', generalizedTime(options.nextUpdate))
  await openssl(args)
  await openssl(['crl', '-in', pem, '-outform', 'DER', '-out', options.out])
}

/** YYYYMMDDHHMMSSZ, as openssl takes times. */
export function generalizedTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-T:]/g, '')}Z`
}

function utcTime(text: string): Date {
  // openssl's index keeps UTCTime: YYMMDDHHMMSSZ.
  const match = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(text)
  if (!match) throw new Error(`unexpected openssl index time ${text}`)
  return new Date(`20${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
}

/**
 * A leaf signed with the CA key by `openssl x509 -req`, so the CA database does not list it:
 * `openssl ocsp` answers "unknown" for it, and its CRLs do not list it either.
 */
export async function issueOutsideDatabase(options: IssueLeafOptions): Promise<IssuedCertificate> {
  const { ca } = options
  const { keyPath, csrPath, certPath, extPath } = await certificateRequest({
    ...options,
    extensions: leafExtensions(options)
  })
  await openssl([
    'x509',
    '-req',
    '-in',
    csrPath,
    '-CA',
    ca.certPath,
    '-CAkey',
    ca.keyPath,
    '-set_serial',
    '0x4242',
    '-days',
    '30',
    '-sha256',
    '-out',
    certPath,
    '-extfile',
    extPath,
    '-extensions',
    'ext'
  ])
  return { certificate: new X509Certificate(await readFile(certPath)), certPath, keyPath }
}
