import { setOutputs, writeSummary } from '@sign/action-kit'
import type { SignatureRecord } from './signature-record.ts'
import { writeCertificate } from './certificate.ts'
import type { SigningReport } from './signing-report.ts'
import { signaturesSummary } from './summary.ts'

/** Writes the certificate file and sets the outputs `signatures` and `certificate`. */
export async function writeOutputs(options: {
  records: SignatureRecord[]
  certificatePems: string[]
}): Promise<{ certificatePath: string }> {
  const certificatePath = await writeCertificate({ pems: options.certificatePems })
  setOutputs({ signatures: options.records, certificate: certificatePath })
  return { certificatePath }
}

/** Appends the signatures' summary to the job summary. */
export async function writeSignaturesSummary(report: SigningReport): Promise<void> {
  await writeSummary(signaturesSummary(report))
}
