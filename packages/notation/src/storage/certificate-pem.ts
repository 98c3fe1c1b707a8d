/** The chain (DER, leaf first) as concatenated PEM blocks, leaf first, newline-terminated. */
export function certificateChainPem(chain: readonly Uint8Array[]): string {
  return chain
    .map(der => {
      const lines =
        Buffer.from(der)
          .toString('base64')
          .match(/.{1,64}/g) ?? []
      return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
    })
    .join('')
}
