import {
  RekorWitness,
  TSAWitness,
  type SignatureBundle,
  type VerificationMaterial,
  type Witness
} from '@sigstore/sign'
import type { SigstoreErrorCode } from '../errors.ts'
import type { SigstoreInstance } from '../instance/instance.ts'
import { countRequests } from './request-counter.ts'
import type { SigstoreRetry } from './create-bundle-signer.ts'
import { serviceError } from './service-error.ts'

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

/**
 * The instance's Rekor (v1: hashedrekord/dsse entries, fetching the existing entry on 409; v2:
 * its CreateEntryRequest) and TSA, asked in parallel for each signature, every request with
 * `timeout` ms and the `retry` policy. Their requests are counted through `count`; failures
 * become TLOG_FAILED / TIMESTAMP_FAILED naming the service, its URL and the HTTP status.
 */
export function createWitnesses(options: {
  instance: SigstoreInstance
  timeout: number
  retry: SigstoreRetry
  count: { rekor: () => void; tsa: () => void }
}): Witnesses {
  const { instance, timeout, retry } = options
  const services: Service[] = []
  if (instance.rekorUrl !== undefined) {
    services.push({
      witness: new RekorWitness({
        rekorBaseURL: instance.rekorUrl,
        majorApiVersion: instance.rekorVersion,
        fetchOnConflict: true,
        timeout,
        retry
      }),
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
      witness: new TSAWitness({ tsaBaseURL: instance.tsaUrl, timeout, retry }),
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
