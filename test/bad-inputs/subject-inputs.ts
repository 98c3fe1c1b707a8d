// The subject inputs both signing actions read through packages/subjects, and so refuse alike.
import type { BadInputCase } from './table.ts'

export const SUBJECT_CASES: BadInputCase[] = [
  {
    input: 'images',
    inputs: { images: 'Not A Reference!' },
    message: 'Input \'images\', line 1: invalid image reference "Not A Reference!"'
  },
  {
    input: 'files',
    inputs: { files: 'dist/missing-*' },
    message: "Input 'files': the glob 'dist/missing-*' matches no file"
  },
  {
    input: 'checksums',
    inputs: { checksums: 'dist/missing.txt' },
    message: "Input 'checksums': cannot read dist/missing.txt (no such file)"
  },
  {
    input: 'checksums',
    inputs: { checksums: 'dist/checksums.txt' },
    files: { 'dist/checksums.txt': 'not a checksums line\n' },
    showsYaml: false,
    message: "Input 'checksums': dist/checksums.txt:1: expected"
  },
  {
    input: 'output-directory',
    inputs: { 'output-directory': 'dist/app.bin' },
    message: "Input 'output-directory': dist/app.bin exists and is not a directory"
  }
]
