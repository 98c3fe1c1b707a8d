import type { X509Certificate } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findFreePort, startAll } from '@sign/testenv'
import {
  createRootCa,
  createSubordinateCa,
  generateCrl,
  issueCertificate,
  issueLeaf,
  issueOutsideDatabase,
  revokeCertificate
} from './openssl-ca.ts'
import type { IssuedCertificate, OpensslCa } from './openssl-ca.ts'
import {
  PortInUseError,
  startFileServer,
  startOcspResponder,
  startSilentServer
} from './servers.ts'
import type { RunningServer } from './servers.ts'

/** A leaf with its chain up to the root, and what openssl recorded about its revocation. */
export interface Scenario {
  leaf: IssuedCertificate
  /** Leaf first, root last. */
  chain: X509Certificate[]
  /** The revocation time in the CA database, for revoked leaves. */
  revokedAt?: Date
  /** The compromise time given to openssl (the invalidity date), when there is one. */
  compromisedAt?: Date
}

/** The test PKI: a root, two intermediates, leaves for every case, and the servers they name. */
export interface RevocationPki {
  root: OpensslCa
  intermediate: OpensslCa
  /** OCSP responder for the intermediate, signing with a delegated id-kp-OCSPSigning cert. */
  delegatedResponder: RunningServer
  /** OCSP responder for the intermediate, signing with the intermediate's own key. */
  issuerResponder: RunningServer
  /** `openssl ocsp` for the intermediate's database, signing with a self-signed stranger. */
  forgedResponder: RunningServer
  /** Accepts connections, never answers. */
  silentServer: RunningServer
  /** Serves root.crl, intermediate.crl, intermediate-expired.crl. */
  fileServer: RunningServer
  /** A port nothing listens on. */
  closedUrl: string
  good: Scenario
  revoked: Scenario
  /** OCSP at the issuer-signed responder, CRL at the file server; revoked. */
  fallback: Scenario
  /** OCSP and CRL at closed ports. */
  bothDown: Scenario
  noInfo: Scenario
  /** Its intermediate is revoked in the root's CRL. */
  underRevokedIntermediate: Scenario
  /** OCSP at the forged responder, no CRL. */
  forged: Scenario
  /** OCSP at the forged responder, CRL at the file server. */
  forgedWithCrl: Scenario
  /** CRL only, and that CRL's nextUpdate has passed. */
  expiredCrl: Scenario
  /** CRL only, and the CRL there is the root's, not the issuer's. */
  wrongIssuerCrl: Scenario
  /** OCSP at the silent server, no CRL. */
  hanging: Scenario
  /** Not in the CA database: the delegated responder answers "unknown"; the CRL answers. */
  unlisted: Scenario
  /** Revoked with a compromise (invalidity) date; OCSP at the delegated responder. */
  compromised: Scenario
  /** Revoked with a compromise date; OCSP at a closed port, so the CRL answers. */
  compromisedCrlOnly: Scenario
  stop(): Promise<void>
}

const ATTEMPTS = 5

/**
 * Makes the PKI with openssl in a temp directory and starts its servers on 127.0.0.1. The OCSP
 * URLs are baked into the certificates before `openssl ocsp` binds its port, so when the port
 * was taken meanwhile everything is made again with new ports.
 */
export async function startRevocationPki(): Promise<RevocationPki> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await buildPki()
    } catch (error) {
      if (!(error instanceof PortInUseError) || attempt === ATTEMPTS) throw error
    }
  }
}

/** Everything is stopped, and the directory removed, by `stop()` or when building fails. */
async function buildPki(): Promise<RevocationPki> {
  const dir = await mkdtemp(join(tmpdir(), 'revocation-pki-'))
  return startAll(async running => {
    running.add({ stop: () => rm(dir, { recursive: true, force: true }) })
    const fileServer = running.add(await startFileServer({ root: join(dir, 'published') }))
    const silentServer = running.add(await startSilentServer())
    const [delegatedPort, issuerPort, forgedPort, closedPort] = await Promise.all([
      findFreePort(),
      findFreePort(),
      findFreePort(),
      findFreePort()
    ])
    const closedUrl = `http://127.0.0.1:${closedPort}`
    const ocsp = (port: number): string => `http://127.0.0.1:${port}/ocsp`
    const crl = (name: string): string => `${fileServer.url}/${name}`

    const root = await createRootCa({ dir: join(dir, 'root'), subject: '/CN=Revocation Test Root' })
    const intermediate = await createSubordinateCa({
      issuer: root,
      dir: join(dir, 'intermediate'),
      subject: '/CN=Revocation Test Intermediate',
      extensions: [`crlDistributionPoints = URI:${crl('root.crl')}`]
    })
    const revokedIntermediate = await createSubordinateCa({
      issuer: root,
      dir: join(dir, 'revoked-intermediate'),
      subject: '/CN=Revoked Intermediate',
      extensions: [`crlDistributionPoints = URI:${crl('root.crl')}`]
    })
    const delegate = await issueCertificate({
      ca: intermediate,
      name: join(dir, 'ocsp-delegate'),
      subject: '/CN=Delegated OCSP Responder',
      extensions: [
        'basicConstraints = CA:FALSE',
        'keyUsage = critical,digitalSignature',
        'extendedKeyUsage = critical,OCSPSigning'
      ]
    })
    const strangerCa = await createRootCa({
      dir: join(dir, 'stranger'),
      subject: '/CN=Stranger OCSP Responder'
    })

    const chain = [intermediate.certificate, root.certificate]
    const leaf = async (name: string, urls: { ocspUrl?: string; crlUrl?: string }) => {
      const issued = await issueLeaf({
        ca: intermediate,
        name: join(dir, name),
        subject: `/CN=${name}`,
        ...urls
      })
      return { leaf: issued, chain: [issued.certificate, ...chain] }
    }
    const intermediateCrl = crl('intermediate.crl')
    const good = await leaf('good', { ocspUrl: ocsp(delegatedPort), crlUrl: intermediateCrl })
    const revoked = await leaf('revoked', { ocspUrl: ocsp(delegatedPort), crlUrl: intermediateCrl })
    const fallback = await leaf('fallback', { ocspUrl: ocsp(issuerPort), crlUrl: intermediateCrl })
    const bothDown = await leaf('both-down', {
      ocspUrl: `${closedUrl}/ocsp`,
      crlUrl: `${closedUrl}/intermediate.crl`
    })
    const noInfo = await leaf('no-info', {})
    const forged = await leaf('forged', { ocspUrl: ocsp(forgedPort) })
    const forgedWithCrl = await leaf('forged-with-crl', {
      ocspUrl: ocsp(forgedPort),
      crlUrl: intermediateCrl
    })
    const expiredCrl = await leaf('expired-crl', { crlUrl: crl('intermediate-expired.crl') })
    const wrongIssuerCrl = await leaf('wrong-issuer-crl', { crlUrl: crl('root.crl') })
    const hanging = await leaf('hanging', { ocspUrl: `${silentServer.url}/ocsp` })
    const compromised = await leaf('compromised', {
      ocspUrl: ocsp(delegatedPort),
      crlUrl: intermediateCrl
    })
    const compromisedCrlOnly = await leaf('compromised-crl-only', {
      ocspUrl: `${closedUrl}/ocsp`,
      crlUrl: intermediateCrl
    })
    const unlisted = await issueOutsideDatabase({
      ca: intermediate,
      name: join(dir, 'unlisted'),
      subject: '/CN=unlisted',
      ocspUrl: ocsp(delegatedPort),
      crlUrl: intermediateCrl
    })
    const underRevoked = await issueLeaf({
      ca: revokedIntermediate,
      name: join(dir, 'under-revoked-intermediate'),
      subject: '/CN=under-revoked-intermediate'
    })

    const hourAgo = new Date(Date.now() - 60 * 60 * 1000)
    const revokedAt = await revokeCertificate({
      ca: intermediate,
      certificate: revoked.leaf,
      reason: 'superseded'
    })
    const fallbackRevokedAt = await revokeCertificate({
      ca: intermediate,
      certificate: fallback.leaf
    })
    const compromisedAt = new Date(Math.floor(hourAgo.getTime() / 1000) * 1000)
    const compromisedRevokedAt = await revokeCertificate({
      ca: intermediate,
      certificate: compromised.leaf,
      compromisedAt
    })
    const compromisedCrlOnlyRevokedAt = await revokeCertificate({
      ca: intermediate,
      certificate: compromisedCrlOnly.leaf,
      compromisedAt
    })
    await revokeCertificate({ ca: root, certificate: revokedIntermediate })

    const published = join(dir, 'published')
    await mkdir(published, { recursive: true })
    await generateCrl({ ca: root, out: join(published, 'root.crl') })
    await generateCrl({ ca: intermediate, out: join(published, 'intermediate.crl') })
    const day = 24 * 60 * 60 * 1000
    await generateCrl({
      ca: intermediate,
      out: join(published, 'intermediate-expired.crl'),
      lastUpdate: new Date(Date.now() - 2 * day),
      nextUpdate: new Date(Date.now() - day)
    })

    const delegatedResponder = running.add(
      await startOcspResponder({ ca: intermediate, signer: delegate, port: delegatedPort })
    )
    const issuerResponder = running.add(
      await startOcspResponder({ ca: intermediate, signer: intermediate, port: issuerPort })
    )
    const forgedResponder = running.add(
      await startOcspResponder({ ca: intermediate, signer: strangerCa, port: forgedPort })
    )

    return {
      root,
      intermediate,
      delegatedResponder,
      issuerResponder,
      forgedResponder,
      silentServer,
      fileServer,
      closedUrl,
      good,
      revoked: { ...revoked, revokedAt },
      fallback: { ...fallback, revokedAt: fallbackRevokedAt },
      bothDown,
      noInfo,
      underRevokedIntermediate: {
        leaf: underRevoked,
        chain: [underRevoked.certificate, revokedIntermediate.certificate, root.certificate]
      },
      forged,
      forgedWithCrl,
      expiredCrl,
      wrongIssuerCrl,
      hanging,
      unlisted: { leaf: unlisted, chain: [unlisted.certificate, ...chain] },
      compromised: { ...compromised, revokedAt: compromisedRevokedAt, compromisedAt },
      compromisedCrlOnly: {
        ...compromisedCrlOnly,
        revokedAt: compromisedCrlOnlyRevokedAt,
        compromisedAt
      },
      stop: () => running.stop()
    }
  })
}
