// Subjects: slsa-github-generator's base64-subjects exactly as its generic generator reads them,
// the limits every statement keeps, and images named as GitHub's attest action names them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  checkSubjects,
  imageSubject,
  parseBase64Subjects,
  ProvenanceError,
  type Subject
} from '../src/index.ts'

const A = '376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa'
const B = '9c24ac7eca13411bee8f335f96442c0b5ef8de65ff1f85da6f16fcb0c046bd78'

function parse(text: string): Subject[] {
  return parseBase64Subjects({ text: Buffer.from(text).toString('base64') })
}

function refused(run: () => unknown, message: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof ProvenanceError)
    assert.equal(error.code, 'INVALID_SUBJECTS')
    assert.equal(error.kind, 'configuration')
    assert.equal(error.message, message)
    return true
  })
}

test('sha256sum output: two spaces, a final line break', () => {
  assert.deepEqual(parse(`${A}  app-linux-amd64\n${B}  app-darwin-arm64\n`), [
    { name: 'app-linux-amd64', digest: { sha256: A } },
    { name: 'app-darwin-arm64', digest: { sha256: B } }
  ])
})

test('binary mode keeps the * in the name; a tab splits too; upper-case digests are lowered', () => {
  assert.deepEqual(parse(`${A} *app.exe\n${B.toUpperCase()}\tapp.tar.gz`), [
    { name: '*app.exe', digest: { sha256: A } },
    { name: 'app.tar.gz', digest: { sha256: B } }
  ])
})

test('empty lines, lines of blanks, CRLF and surrounding blanks are ignored; names keep inner spaces', () => {
  assert.deepEqual(parse(`\n  \r\n  ${A}  my app.zip  \r\n\n`), [
    { name: 'my app.zip', digest: { sha256: A } }
  ])
})

test('base64 split over lines decodes as the generator decodes it', () => {
  const encoded = Buffer.from(`${A}  a\n${B}  b\n`).toString('base64')
  const wrapped = encoded.replace(/(.{76})/g, '$1\n')
  assert.equal(parseBase64Subjects({ text: wrapped }).length, 2)
})

test('a name given twice is refused on its second line, even with another digest', () => {
  refused(
    () => parse(`${A}  app\n\n${B}  app\n`),
    'Subjects line 3: the name app is given twice (first on line 1)'
  )
  // The same digest under two names is two subjects.
  assert.equal(parse(`${A}  a\n${A}  b\n`).length, 2)
})

test('digests that are not 64 hex digits, and lines without a name, are refused by line', () => {
  refused(
    () => parse(`${A}  a\n${A.slice(1)}g  b\n`),
    `Subjects line 2: "${A.slice(1)}g" is not a SHA-256 digest (64 hex digits, then a space and the name)`
  )
  refused(
    () => parse(`${A.slice(0, 40)}  short\n`),
    `Subjects line 1: "${A.slice(0, 40)}" is not a SHA-256 digest (64 hex digits, then a space and the name)`
  )
  refused(() => parse(`${A}\n`), `Subjects line 1: the digest ${A} has no name after it`)
  refused(() => parse(`${A}   \n`), `Subjects line 1: the digest ${A} has no name after it`)
  // sha256sum's --tag format (BSD style) is not the generator's format.
  refused(
    () => parse(`SHA256 (app) = ${A}\n`),
    'Subjects line 1: "SHA256" is not a SHA-256 digest (64 hex digits, then a space and the name)'
  )
})

test('empty input, blank lines only, and text that is not base64 are refused', () => {
  refused(
    () => parseBase64Subjects({ text: '' }),
    'The subjects list no file: it is empty once decoded'
  )
  refused(() => parse('\n \n\t\n'), 'The subjects list no file: it is empty once decoded')
  refused(
    () => parseBase64Subjects({ text: `${A}  app` }),
    'The subjects are not base64 (standard alphabet, padded): encode the sha256sum output with base64 -w0'
  )
  refused(
    () => parseBase64Subjects({ text: 'YWJj=' }),
    'The subjects are not base64 (standard alphabet, padded): encode the sha256sum output with base64 -w0'
  )
})

test('checkSubjects: at least one, at most 1024, each name and digest once, digests lower-case hex', () => {
  checkSubjects({ subjects: [{ name: 'a', digest: { sha256: A } }] })
  // The same name with two digests is two subjects (as actions/attest allows).
  checkSubjects({
    subjects: [
      { name: 'a', digest: { sha256: A } },
      { name: 'a', digest: { sha256: B } }
    ]
  })
  refused(
    () => checkSubjects({ subjects: [] }),
    'There are no subjects to attest: give at least one'
  )
  const many = Array.from({ length: 1025 }, (_, index) => ({
    name: `f${index}`,
    digest: { sha256: A }
  }))
  checkSubjects({ subjects: many.slice(0, 1024) })
  refused(
    () => checkSubjects({ subjects: many }),
    'There are 1025 subjects; one statement lists at most 1024'
  )
  refused(
    () =>
      checkSubjects({
        subjects: [
          { name: 'a', digest: { sha256: A } },
          { name: 'a', digest: { sha256: A } }
        ]
      }),
    `Subject 2 (a, sha256:${A}) is listed twice`
  )
  refused(
    () => checkSubjects({ subjects: [{ name: 'a', digest: { sha256: A.toUpperCase() } }] }),
    `Subject 1 (a) has the SHA-256 digest ${A.toUpperCase()}, not 64 lower-case hex digits`
  )
  refused(
    () => checkSubjects({ subjects: [{ name: '', digest: { sha256: A } }] }),
    'Subject 1 has an empty name'
  )
})

test('images: the name without tag or digest, in lower case, a registry port kept', () => {
  assert.deepEqual(
    imageSubject({ repository: 'ghcr.io/gpoulios/testpkg', digest: `sha256:${B}` }),
    {
      name: 'ghcr.io/gpoulios/testpkg',
      digest: { sha256: B }
    }
  )
  assert.deepEqual(
    imageSubject({
      repository: 'ghcr.io/Octo-Org/App:v1.2.3',
      digest: `sha256:${B.toUpperCase()}`
    }),
    { name: 'ghcr.io/octo-org/app', digest: { sha256: B } }
  )
  assert.deepEqual(
    imageSubject({ repository: `localhost:5000/app:v1@sha256:${A}`, digest: `sha256:${B}` }),
    {
      name: 'localhost:5000/app',
      digest: { sha256: B }
    }
  )
  refused(
    () => imageSubject({ repository: 'ghcr.io/o/app', digest: `sha512:${A}${A}` }),
    `The image ghcr.io/o/app has the digest sha512:${A}${A}: give its manifest's sha256:<64 hex digits>`
  )
  refused(
    () => imageSubject({ repository: 'ghcr.io/o/app', digest: B }),
    `The image ghcr.io/o/app has the digest ${B}: give its manifest's sha256:<64 hex digits>`
  )
})
