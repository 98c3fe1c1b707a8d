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
var part_WNNCZSPF_exports = {};
__export(part_WNNCZSPF_exports, {
  createSigner: () => createSigner
});
module.exports = __toCommonJS(part_WNNCZSPF_exports);
var import_part_BEDORVVD = require("./part-BEDORVVD.js");
var import_part_5UQNOPLV = require("./part-5UQNOPLV.js");
var import_part_ND7VBA7V = require("./part-ND7VBA7V.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_PC4G2YYV = require("./part-PC4G2YYV.js");
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var LEAF_PROFILE = "basicConstraints CA:false, a critical keyUsage with digitalSignature only, and the codeSigning extended key usage";
var SUPPORTED_KEYS = "RSA 2048, 3072 or 4096, or EC P-256, P-384 or P-521";
function keyRefusal(options) {
  const { error, key } = options;
  if (!(error instanceof import_part_JBR2DLM5.NotationError)) return error;
  const refusal = key.kind === "pem" ? pemRefusal({ error }) : keyVaultRefusal({ error, key });
  if (refusal === void 0) return error;
  return new import_part_PC4G2YYV.ConfigurationError(`Input '${refusal.input}': ${error.message}.`, {
    ...refusal.fix === void 0 ? {} : { fix: refusal.fix },
    cause: error
  });
}
(0, import_part_MRALY75J.__name)(keyRefusal, "keyRefusal");
function pemRefusal(options) {
  const { error } = options;
  if (error.code === "INVALID_INPUT" || error.code === "UNSUPPORTED_KEY") {
    return {
      input: "key-file",
      fix: error.code === "UNSUPPORTED_KEY" ? `Create the key as ${SUPPORTED_KEYS}, get its certificate, and name both in key-file and certificate-file.` : "Write the unencrypted PEM private key of the first (leaf) certificate of certificate-file to key-file."
    };
  }
  if (error.code !== "INVALID_CERTIFICATE_CHAIN") return void 0;
  const fix = ruleFix({ rule: error.rule, where: "certificate-file" });
  return { input: error.rule === "key-size" ? "key-file" : "certificate-file", fix };
}
(0, import_part_MRALY75J.__name)(pemRefusal, "pemRefusal");
function keyVaultRefusal(options) {
  const { error, key } = options;
  if (error.code === "UNSUPPORTED_KEY") {
    return {
      input: "key-id",
      fix: `Create the Key Vault certificate with a ${SUPPORTED_KEYS} key (its policy's keyProperties) and sign with its key id.`
    };
  }
  if (error.code !== "INVALID_CERTIFICATE_CHAIN") return void 0;
  const rule = error.rule;
  const caRule = rule === "issuer-missing" || rule === "order" || rule === "bundle" || rule?.startsWith("ca-") === true;
  const fromCaCerts = key.chain.source === "certificate" && key.chain.caCertsPem !== void 0;
  if (caRule && fromCaCerts) {
    return { input: "ca-certs", fix: ruleFix({ rule, where: "ca-certs" }) };
  }
  if (caRule && key.chain.source === "secret") {
    return { input: "key-id", fix: ruleFix({ rule, where: "the Key Vault secret" }) };
  }
  if (rule === void 0) {
    const leafAlone = key.chain.source === "certificate" && !fromCaCerts;
    return {
      input: fromCaCerts ? "ca-certs" : "key-id",
      ...leafAlone && error.message.includes("is not self-signed") ? {
        fix: "with:\n  ca-certs: certs/ca-bundle.pem   # the intermediates and the root\nor, when the Key Vault secret holds the whole chain:\nwith:\n  certificate-source: secret"
      } : {}
    };
  }
  return { input: "key-id", fix: ruleFix({ rule, where: "the Key Vault certificate" }) };
}
(0, import_part_MRALY75J.__name)(keyVaultRefusal, "keyVaultRefusal");
function ruleFix(options) {
  const { rule, where } = options;
  const inKeyVault = where.startsWith("the Key Vault");
  const reissue = inKeyVault ? "Create a new version of the Key Vault certificate whose policy gives" : `Issue the signing certificate again with ${LEAF_PROFILE}, and write it first in ${where}`;
  switch (rule) {
    case "leaf-ca":
    case "leaf-digital-signature":
    case "leaf-key-usage-only":
    case "leaf-eku":
    case "key-usage-missing":
    case "key-usage-critical":
      return inKeyVault ? `${reissue} ${LEAF_PROFILE}, and sign with its key id.` : `${reissue}.`;
    case "ca-flag":
    case "ca-path-length":
    case "ca-cert-sign":
      return `Use the CA's own certificates in ${where}: each must have basicConstraints CA:true (with room for the CAs below it) and a critical keyUsage with keyCertSign.`;
    case "issuer-missing":
      return inKeyVault ? `Merge the intermediates and the root into ${where} (az keyvault certificate merge), so it holds the whole chain, or give them in ca-certs with certificate-source: certificate.` : `Append the intermediates and the root to ${where}, so it holds the whole chain up to the self-signed root.`;
    case "order":
      return `Write ${where} leaf first, then each certificate's issuer, ending in the self-signed root.`;
    case "bundle":
      return `Keep in ${where} only the certificates of the signing certificate's chain, each once.`;
    case "validity":
      return inKeyVault ? "Renew the Key Vault certificate (a new version), or its CA certificates, and sign with its key id." : `Renew the certificate, and write the renewed chain to ${where}.`;
    case "key-size":
      return inKeyVault ? `Create the Key Vault certificate with a ${SUPPORTED_KEYS} key and sign with its key id.` : `Create the key as ${SUPPORTED_KEYS}, get its certificate, and name both in key-file and ${where}.`;
    case "empty":
    case void 0:
      return `Give the certificate chain in ${where}, leaf first, ending in the self-signed root.`;
  }
}
(0, import_part_MRALY75J.__name)(ruleFix, "ruleFix");
var KNOWN_AUTHORITIES = /* @__PURE__ */ new Set([
  "login.microsoftonline.com",
  "login.microsoftonline.us",
  "login.chinacloudapi.cn",
  "login.partner.microsoftonline.cn"
]);
async function createSigner(options) {
  const { key } = options;
  try {
    if (key.kind === "pem") {
      return await Promise.resolve(
        (0, import_part_BEDORVVD.pemSigner)({ keyPem: key.keyPem, certificateChainPem: key.certificateChainPem })
      );
    }
    const authority = new URL(key.authorityHost);
    const credential = (0, import_part_BEDORVVD.azureCredential)({
      ...key.clientId !== void 0 && { clientId: key.clientId },
      ...key.tenantId !== void 0 && { tenantId: key.tenantId },
      ...key.clientId !== void 0 && { getIdToken: import_part_PC4G2YYV.getIdToken },
      authorityHost: key.authorityHost,
      disableInstanceDiscovery: !KNOWN_AUTHORITIES.has(authority.hostname)
    });
    if (key.disableChallengeResourceVerification) {
      options.logger.info(
        `${new URL(key.keyId).host} is not a Key Vault domain: challenge resource verification is off for it`
      );
    }
    return await (0, import_part_BEDORVVD.keyVaultSigner)({
      keyId: key.keyId,
      credential,
      chain: key.chain,
      ...key.disableChallengeResourceVerification && {
        clientOptions: { disableChallengeResourceVerification: true }
      }
    });
  } catch (error) {
    throw keyRefusal({ error, key });
  }
}
(0, import_part_MRALY75J.__name)(createSigner, "createSigner");
