/** The verify action as a workflow names it: what a signing summary's "how to verify" step uses. */
export const VERIFY_ACTION = 'org/sign/actions/verify@v1'
