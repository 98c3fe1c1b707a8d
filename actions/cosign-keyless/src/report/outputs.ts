import { setOutputs, writeSummary } from '@sign/action-kit'
import { writeCertificate } from '@sign/subjects/keyless'
import type { SignatureRecord } from './signature-record.ts'
import type { SigningReport } from './signing-report.ts'
import { signaturesSummary } from './summary.ts'

/** Writes the certificate file and sets the outputs `signatures` and `certificate`. */
export async function writeOutputs(options: {
  records: SignatureRecord[]
  certificatePems: string[]
}): Promise<{ certificatePath: string }> {
  const certificatePath = await writeCertificate({
    pems: options.certificatePems,
    prefix: 'cosign-keyless'
  })
  setOutputs({ signatures: options.records, certificate: certificatePath })
  return { certificatePath }
}

/** Appends the signatures' summary to the job summary. */
export async function writeSignaturesSummary(report: SigningReport): Promise<void> {
  await writeSummary(signaturesSummary(report))
}
