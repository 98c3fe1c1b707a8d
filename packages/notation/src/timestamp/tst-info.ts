import { createHash } from 'node:crypto'
import * as pkijs from 'pkijs'
import { DIGEST_ALGORITHMS } from '../certificate/digest-algorithms.ts'
import { timestampError } from './errors.ts'

/** ETSI baseline time-stamp policy: without an accuracy field it means ±1 s (RFC 3628 §5.1). */
const BASELINE_POLICY = '0.4.0.2023.1.1'

/** What a TSTInfo says about the stamped datum and the time. */
export interface TimestampInfo {
  genTime: Date
  /** ± this many milliseconds around genTime. */
  accuracyMs: number
}

/** Options of {@link validateTstInfo}. */
export interface ValidateTstInfoOptions {
  /** The DER TSTInfo (the token's encapsulated content). */
  der: Buffer
  /** The stamped bytes: for Notary Project envelopes, the raw signature. */
  message: Buffer
}

/**
 * Parses a TSTInfo and checks it stamps `message` (tspclient-go TSTInfo.Validate): version 1, a
 * known imprint hash, imprint = hash(message). Returns genTime and the accuracy.
 */
export function validateTstInfo(options: ValidateTstInfoOptions): TimestampInfo {
  let info: pkijs.TSTInfo
  try {
    info = pkijs.TSTInfo.fromBER(options.der)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw timestampError(
      `failed to get the timestamp TSTInfo with error: cannot unmarshal TSTInfo from timestamp token: ${reason}`,
      error
    )
  }
  if (info.version !== 1) {
    throw timestampError(
      `failed to get timestamp from timestamp countersignature with error: invalid TSTInfo: timestamp token info version must be 1, but got ${info.version}`
    )
  }
  const algorithm = info.messageImprint.hashAlgorithm.algorithmId
  const hash = DIGEST_ALGORITHMS[algorithm]
  if (!hash)
    throw timestampError(
      `failed to get timestamp from timestamp countersignature with error: invalid TSTInfo: unrecognized hash algorithm: ${algorithm}`
    )
  const imprint = Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView)
  if (!imprint.equals(createHash(hash).update(options.message).digest())) {
    throw timestampError(
      'failed to get timestamp from timestamp countersignature with error: invalid TSTInfo: mismatched message'
    )
  }
  const accuracy = info.accuracy
  let accuracyMs =
    (accuracy?.seconds ?? 0) * 1000 + (accuracy?.millis ?? 0) + (accuracy?.micros ?? 0) / 1000
  if (accuracyMs === 0 && info.policy === BASELINE_POLICY) accuracyMs = 1000
  return { genTime: info.genTime, accuracyMs }
}
