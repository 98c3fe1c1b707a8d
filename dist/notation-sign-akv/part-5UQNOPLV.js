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
var part_5UQNOPLV_exports = {};
__export(part_5UQNOPLV_exports, {
  HASH_OF: () => HASH_OF,
  algorithmForCertificate: () => algorithmForCertificate
});
module.exports = __toCommonJS(part_5UQNOPLV_exports);
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_crypto = require("node:crypto");
var HASH_OF = {
  PS256: "sha256",
  PS384: "sha384",
  PS512: "sha512",
  ES256: "sha256",
  ES384: "sha384",
  ES512: "sha512"
};
var RSA = { 2048: "PS256", 3072: "PS384", 4096: "PS512" };
var EC = {
  prime256v1: "ES256",
  secp384r1: "ES384",
  secp521r1: "ES512"
};
function algorithmForCertificate(certificate) {
  const cert = certificate instanceof import_node_crypto.X509Certificate ? certificate : new import_node_crypto.X509Certificate(certificate);
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const algorithm = key.asymmetricKeyType === "rsa" ? RSA[details.modulusLength ?? 0] : key.asymmetricKeyType === "ec" ? EC[details.namedCurve ?? ""] : void 0;
  if (!algorithm) {
    const what = key.asymmetricKeyType === "rsa" ? `RSA ${details.modulusLength ?? "?"} bits` : key.asymmetricKeyType === "ec" ? `EC ${details.namedCurve ?? "?"}` : String(key.asymmetricKeyType);
    throw new import_part_JBR2DLM5.NotationError({
      code: "UNSUPPORTED_KEY",
      message: `the signing certificate ${cert.subject.replaceAll("\n", ", ")} has a ${what} key; the Notary Project signs only with RSA 2048/3072/4096 or EC P-256/P-384/P-521 keys`
    });
  }
  return algorithm;
}
(0, import_part_MRALY75J.__name)(algorithmForCertificate, "algorithmForCertificate");
