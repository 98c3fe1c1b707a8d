const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var part_BZMALEAZ_exports = {};
__export(part_BZMALEAZ_exports, {
  inputFix: () => inputFix
});
module.exports = __toCommonJS(part_BZMALEAZ_exports);
var import_part_MRALY75J = require("./part-MRALY75J.js");
var EXAMPLES = {
  policy: ".github/verify-policy.yml",
  "certificate-identity": "https://github.com/org/repo/.github/workflows/release.yml@refs/tags/v1.0.0",
  "certificate-identity-regexp": "^https://github\\.com/org/repo/\\.github/workflows/release\\.yml@refs/tags/v.*$",
  "certificate-oidc-issuer": "https://token.actions.githubusercontent.com",
  "certificate-oidc-issuer-regexp": "^https://token\\.actions\\.githubusercontent\\.com$",
  "certificate-github-workflow-repository": "org/repo",
  "certificate-github-workflow-ref": "refs/tags/v1.0.0",
  "certificate-github-workflow-sha": "${{ github.sha }}",
  "certificate-github-workflow-trigger": "push",
  "certificate-github-workflow-name": "Release",
  key: "cosign.pub",
  type: "slsaprovenance1",
  "trusted-root": ".github/sigstore/trusted_root.json",
  "tuf-mirror": "https://tuf-repo-cdn.sigstore.dev",
  "tuf-root": ".github/sigstore/root.json",
  "trust-policy": "|\n    .github/notation/trustpolicy.oci.json\n    .github/notation/trustpolicy.blob.json",
  "trust-store": ".github/notation/truststore",
  scope: "ghcr.io/org/app",
  report: "${{ runner.temp }}/verify-report.json",
  "oci-layouts": "build/layout:v1.0.0",
  images: "ghcr.io/org/app@sha256:\u2026"
};
function inputFix(input) {
  return `with:
  ${input}: ${EXAMPLES[input] ?? "<value>"}`;
}
(0, import_part_MRALY75J.__name)(inputFix, "inputFix");
