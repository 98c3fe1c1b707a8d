import type { KeySigner, KeylessSigner, NotationSigner, Signer } from '../policy/types.ts'

/** The policy's signers split by the signatures they can verify. */
export interface SignersByKind {
  sigstore: (KeylessSigner | KeySigner)[]
  notation: NotationSigner[]
}

/** Splits signers into Sigstore (keyless, key) and notation ones. */
export function signersByKind(options: { signers: Signer[] }): SignersByKind {
  const sigstore: (KeylessSigner | KeySigner)[] = []
  const notation: NotationSigner[] = []
  for (const signer of options.signers) {
    if (signer.kind === 'notation') notation.push(signer)
    else sigstore.push(signer)
  }
  return { sigstore, notation }
}
