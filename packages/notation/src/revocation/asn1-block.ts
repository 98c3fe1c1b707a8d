/**
 * The parts of an asn1js block this folder reads. asn1js is pkijs's dependency, not this
 * package's, so its blocks (pkijs's `any` fields: certStatus, responderID, algorithm
 * parameters, unregistered extension values) are read through this shape by their tags.
 */
export interface AsnBlock {
  idBlock: { tagClass: number; tagNumber: number }
  valueBlock: { value?: unknown[]; valueHexView?: Uint8Array; valueDec?: number }
}

/** Universal tag numbers read here. */
export const TAG = { ENUMERATED: 10, SEQUENCE: 16, GENERALIZED_TIME: 24, OCTET_STRING: 4 }

const UNIVERSAL = 1
const CONTEXT = 3

/** `value` as an AsnBlock when it is one with this class and tag number. */
export function asBlock(
  value: unknown,
  tagNumber: number,
  tagClass: 'universal' | 'context' = 'universal'
): AsnBlock | undefined {
  if (typeof value !== 'object' || value === null || !('idBlock' in value)) return undefined
  const block = value as AsnBlock
  const expectedClass = tagClass === 'universal' ? UNIVERSAL : CONTEXT
  return block.idBlock.tagClass === expectedClass && block.idBlock.tagNumber === tagNumber
    ? block
    : undefined
}

/** The elements of a constructed block. */
export function children(block: AsnBlock): unknown[] {
  return block.valueBlock.value ?? []
}

/** The Date of a GeneralizedTime block, or undefined when `value` is not one. */
export function generalizedTime(value: unknown): Date | undefined {
  const block = asBlock(value, TAG.GENERALIZED_TIME)
  const toDate = (block as { toDate?: unknown } | undefined)?.toDate
  return typeof toDate === 'function' ? (toDate.call(block) as Date) : undefined
}

/** The value of an ENUMERATED block, or undefined when `value` is not one. */
export function enumerated(value: unknown): number | undefined {
  return asBlock(value, TAG.ENUMERATED)?.valueBlock.valueDec
}
