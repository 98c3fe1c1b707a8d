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
var part_IBG34ZLZ_exports = {};
__export(part_IBG34ZLZ_exports, {
  writeOutputs: () => writeOutputs,
  writeSignaturesSummary: () => writeSignaturesSummary
});
module.exports = __toCommonJS(part_IBG34ZLZ_exports);
var import_part_BEDORVVD = require("./part-BEDORVVD.js");
var import_part_5UQNOPLV = require("./part-5UQNOPLV.js");
var import_part_ND7VBA7V = require("./part-ND7VBA7V.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_PC4G2YYV = require("./part-PC4G2YYV.js");
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_node_crypto = require("node:crypto");
async function writeCertificateChain(options) {
  const base = process.env["RUNNER_TEMP"] || process.env["GITHUB_WORKSPACE"] || process.cwd();
  const directory = await (0, import_promises.mkdtemp)((0, import_node_path.join)(base, "notation-sign-akv-"));
  const path = (0, import_node_path.join)(directory, "certificate-chain.pem");
  await (0, import_promises.writeFile)(path, (0, import_part_BEDORVVD.certificateChainPem)(options.chain));
  return path;
}
(0, import_part_MRALY75J.__name)(writeCertificateChain, "writeCertificateChain");
function signaturesSummary(options) {
  const summary = new import_part_PC4G2YYV.JobSummary().heading("Notary Project signatures");
  const [leaf] = options.chain;
  if (leaf !== void 0) {
    const certificate = new import_node_crypto.X509Certificate(leaf);
    summary.table({
      header: ["signed by", "algorithm", "certificate valid until", "chain"],
      rows: [
        [
          certificate.subject.replaceAll("\n", ", "),
          options.algorithm,
          new Date(certificate.validTo).toISOString(),
          `${options.chain.length} certificate(s)`
        ]
      ]
    });
  }
  return summary.table({
    header: ["subject", "digest", "kind", "format", "signature"],
    rows: options.records.map((record) => [
      record.subject,
      record.digest,
      record.kind,
      record.format,
      record.signature ?? `referrer ${record.referrer ?? "?"}`
    ])
  });
}
(0, import_part_MRALY75J.__name)(signaturesSummary, "signaturesSummary");
async function writeOutputs(options) {
  const certificate = await writeCertificateChain({ chain: options.signer.certificateChain });
  (0, import_part_PC4G2YYV.setOutputs)({ signatures: options.records, certificate });
}
(0, import_part_MRALY75J.__name)(writeOutputs, "writeOutputs");
async function writeSignaturesSummary(options) {
  const { signer } = options;
  await (0, import_part_PC4G2YYV.writeSummary)(
    signaturesSummary({
      records: options.records,
      chain: signer.certificateChain,
      algorithm: signer.algorithm
    })
  );
}
(0, import_part_MRALY75J.__name)(writeSignaturesSummary, "writeSignaturesSummary");
