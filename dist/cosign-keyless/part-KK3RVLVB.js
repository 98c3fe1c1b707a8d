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
var part_KK3RVLVB_exports = {};
__export(part_KK3RVLVB_exports, {
  writeOutputs: () => writeOutputs,
  writeSignaturesSummary: () => writeSignaturesSummary
});
module.exports = __toCommonJS(part_KK3RVLVB_exports);
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_node_crypto = require("node:crypto");
async function writeCertificate(options) {
  const base = process.env["RUNNER_TEMP"] || process.env["GITHUB_WORKSPACE"] || process.cwd();
  const directory = await (0, import_promises.mkdtemp)((0, import_node_path.join)(base, "cosign-keyless-"));
  const path = (0, import_node_path.join)(directory, "certificate.pem");
  const text = [...new Set(options.pems.map((pem) => pem.trim()))].join("\n");
  await (0, import_promises.writeFile)(path, `${text}
`);
  return path;
}
(0, import_part_MRALY75J.__name)(writeCertificate, "writeCertificate");
function signaturesSummary(options) {
  const summary = new import_part_HQE3EIAZ.JobSummary().heading("Sigstore keyless signatures");
  const identity = certificateIdentity(options.certificatePem);
  if (identity !== void 0) {
    summary.table({ header: ["signed as", "certificate valid until"], rows: [identity] });
  }
  return summary.table({
    header: ["subject", "digest", "kind", "signature", "Rekor entry"],
    rows: options.records.map((record) => [
      record.subject,
      record.digest,
      record.kind,
      whereItWent(record),
      record.rekorEntryUrl ?? (record.rekorLogIndex === void 0 ? "\u2014" : `#${record.rekorLogIndex}`)
    ])
  });
}
(0, import_part_MRALY75J.__name)(signaturesSummary, "signaturesSummary");
function whereItWent(record) {
  const main = record.bundle ?? `referrer ${record.referrer ?? "?"}`;
  return [main, ...record.legacy ?? []].join("\n");
}
(0, import_part_MRALY75J.__name)(whereItWent, "whereItWent");
function certificateIdentity(pem) {
  try {
    const certificate = new import_node_crypto.X509Certificate(pem);
    const san = (certificate.subjectAltName ?? "").replace(/^[A-Za-z ]+:/, "");
    return [san, new Date(certificate.validTo).toISOString()];
  } catch {
    return void 0;
  }
}
(0, import_part_MRALY75J.__name)(certificateIdentity, "certificateIdentity");
async function writeOutputs(options) {
  const certificatePath = await writeCertificate({ pems: options.certificatePems });
  (0, import_part_HQE3EIAZ.setOutputs)({ signatures: options.records, certificate: certificatePath });
  return { certificatePath };
}
(0, import_part_MRALY75J.__name)(writeOutputs, "writeOutputs");
async function writeSignaturesSummary(options) {
  await (0, import_part_HQE3EIAZ.writeSummary)(signaturesSummary(options));
}
(0, import_part_MRALY75J.__name)(writeSignaturesSummary, "writeSignaturesSummary");
