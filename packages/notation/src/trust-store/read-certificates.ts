// A trust store file as notation-core-go's ReadCertificateFile reads it: PEM (one or more
// CERTIFICATE blocks) or DER (one or more concatenated certificates), whatever the extension.
import { X509Certificate } from 'node:crypto'
import { DER, readElement } from '../certificate/der.ts'

const PEM_BLOCK = /-----BEGIN ([^\r\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/g

function parseDer(der: Buffer): X509Certificate[] {
  const certificates: X509Certificate[] = []
  for (let offset = 0; offset < der.length;) {
    if (der[offset] !== DER.SEQUENCE) throw new Error('not a DER certificate')
    const { end } = readElement(der, offset)
    certificates.push(new X509Certificate(der.subarray(offset, end)))
    offset = end
  }
  return certificates
}

/**
 * The certificates of one trust store file. Throws an Error saying why the bytes are not PEM
 * CERTIFICATE blocks or DER certificates.
 */
export function readCertificateFile(data: Buffer): X509Certificate[] {
  if (data.length === 0) throw new Error('the file is empty')
  const blocks = [...data.toString('latin1').matchAll(PEM_BLOCK)]
  if (blocks.length === 0) {
    try {
      return parseDer(data)
    } catch (error) {
      throw new Error(
        `not a PEM or DER certificate (${(error as Error).message}); put PEM CERTIFICATE blocks or DER certificates in trust store files`,
        { cause: error }
      )
    }
  }
  return blocks.map(([, label = '', body = '']) => {
    if (label !== 'CERTIFICATE') {
      throw new Error(`holds a PEM block of type ${JSON.stringify(label)}, not CERTIFICATE`)
    }
    try {
      return new X509Certificate(Buffer.from(body.replace(/\s+/g, ''), 'base64'))
    } catch (error) {
      throw new Error(
        `a PEM CERTIFICATE block is not a valid certificate (${(error as Error).message})`,
        {
          cause: error
        }
      )
    }
  })
}
