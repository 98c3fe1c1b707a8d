import type { SignatureBundle, VerificationMaterial, Witness } from '@sigstore/sign'
import type { RetryPolicy } from '@sign/oci'
import type { SigstoreErrorCode } from '../errors.ts'
import type { SigstoreInstance } from '../instance/instance.ts'
import { countRequests } from './request-counter.ts'
import type { SigstoreRetry } from './create-bundle-signer.ts'
import { serviceError } from './service-error.ts'
import { rekorV1Witness } from './services/rekor-v1.ts'
import { rekorV2Witness } from './services/rekor-v2.ts'
import { createServiceHttp } from './services/service-http.ts'
import { timestampWitness } from './services/timestamp-authority.ts'

/** Gets a signature logged and timestamped, as the instance says. */
export type Witnesses = (
  content: SignatureBundle,
  certificatePem: string
) => Promise<Required<VerificationMaterial>>

interface Service {
  witness: Witness
  url: string
  name: string
  code: SigstoreErrorCode
  action: string
  input: string
  count: () => void
}

/** The transport's retry policy for SIGSTORE_RETRY's tries, back-off and time budget. */
function retryPolicy(retry: SigstoreRetry): RetryPolicy {
  return {
    attempts: retry.retries + 1,
    budgetMs: retry.maxRetryTime,
    baseDelayMs: retry.minTimeout,
    maxDelayMs: retry.maxTimeout
  }
}

/**
 * The instance's Rekor (v1: hashedrekord/dsse entries, fetching the existing entry on 409; v2:
 * its CreateEntryRequest) and TSA, asked in parallel for each signature over kept-alive
 * connections (createServiceHttp), every try with `timeout` ms, retried by the `retry` policy
 * (Retry-After honoured). Their requests are counted through `count`; failures become
 * TLOG_FAILED / TIMESTAMP_FAILED naming the service, its URL and the HTTP status.
 */
export function createWitnesses(options: {
  instance: SigstoreInstance
  timeout: number
  retry: SigstoreRetry
  /** Signatures witnessed at once: each has a Rekor and a TSA request in flight. */
  concurrency: number
  count: { rekor: () => void; tsa: () => void }
}): Witnesses {
  const { instance, timeout: timeoutMs } = options
  const http = createServiceHttp({
    connections: options.concurrency,
    retry: retryPolicy(options.retry)
  })
  const services: Service[] = []
  if (instance.rekorUrl !== undefined) {
    const rekor = { http, rekorUrl: instance.rekorUrl, timeoutMs }
    services.push({
      witness: instance.rekorVersion === 2 ? rekorV2Witness(rekor) : rekorV1Witness(rekor),
      url: instance.rekorUrl,
      name: `Rekor v${instance.rekorVersion}`,
      code: 'TLOG_FAILED',
      action: 'log the signature',
      input: 'rekor-url',
      count: options.count.rekor
    })
  }
  if (instance.tsaUrl !== undefined) {
    services.push({
      witness: timestampWitness({ http, tsaUrl: instance.tsaUrl, timeoutMs }),
      url: instance.tsaUrl,
      name: 'The timestamp authority',
      code: 'TIMESTAMP_FAILED',
      action: 'timestamp the signature',
      input: 'tsa-url',
      count: options.count.tsa
    })
  }

  const testify = async (service: Service, content: SignatureBundle, certificatePem: string) => {
    try {
      return await countRequests(service.count, () =>
        service.witness.testify(content, certificatePem)
      )
    } catch (error) {
      throw serviceError({
        code: service.code,
        service: service.name,
        url: service.url,
        action: service.action,
        error,
        hint: () =>
          `Check ${service.input} (or the signing config) and that the service is reachable, then re-run the job.`
      })
    }
  }

  return async (content, certificatePem) => {
    const materials = await Promise.all(
      services.map(service => testify(service, content, certificatePem))
    )
    return {
      tlogEntries: materials.flatMap(material => material.tlogEntries ?? []),
      rfc3161Timestamps: materials.flatMap(material => material.rfc3161Timestamps ?? [])
    }
  }
}
