import type { KindedError } from './failure-kind.ts'

/** Options of {@link serviceAnswer}. */
export type ServiceAnswerOptions = Pick<KindedError, 'message' | 'status' | 'serviceCode'>

/**
 * What a remote failure's message does not already say of the service's answer: `HTTP <status>`
 * and `service code <code>`, each only when the message lacks it (empty when it says both).
 */
export function serviceAnswer(options: ServiceAnswerOptions): string[] {
  const { message, status, serviceCode } = options
  return [
    ...(status !== undefined && !message.includes(`HTTP ${status}`) ? [`HTTP ${status}`] : []),
    ...(serviceCode !== undefined && !message.includes(serviceCode)
      ? [`service code ${serviceCode}`]
      : [])
  ]
}
