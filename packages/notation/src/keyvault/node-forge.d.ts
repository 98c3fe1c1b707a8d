// The part of node-forge the PKCS#12 reader uses: its password-based decryption (PBES2 and the
// PKCS#12 PBE schemes) and the ASN.1 and byte-buffer helpers it takes. node-forge ships no types;
// importing these modules, not the package's index, keeps the rest of node-forge out of the bundle.
declare module 'node-forge/lib/forge.js' {
  interface ByteBuffer {
    getBytes(): string
  }
  interface BlockCipher {
    update(input: ByteBuffer): void
    /** False when the padding is wrong (a wrong password, almost always). */
    finish(): boolean
    output: ByteBuffer
  }
  interface Forge {
    asn1: { fromDer(input: ByteBuffer, strict?: boolean): unknown }
    util: { createBuffer(bytes: string, encoding?: 'raw'): ByteBuffer }
    pbe: {
      /** A decryption cipher for `oid` (PBES2, pbeWithSHAAnd3-KeyTripleDES-CBC, pbewithSHAAnd40BitRC2-CBC). */
      getCipher(oid: string, parameters: unknown, password: string | null): BlockCipher
    }
  }
  const forge: Forge
  export default forge
}
declare module 'node-forge/lib/pbe.js'
