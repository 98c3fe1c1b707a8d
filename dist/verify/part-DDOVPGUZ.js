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
var part_DDOVPGUZ_exports = {};
__export(part_DDOVPGUZ_exports, {
  writeReport: () => writeReport
});
module.exports = __toCommonJS(part_DDOVPGUZ_exports);
var import_part_HGKCOA3T = require("./part-HGKCOA3T.js");
var import_part_CF5VF7M6 = require("./part-CF5VF7M6.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_path = require("node:path");
function verificationSummary(options) {
  const { report } = options;
  const passed = report.subjects.filter((subject) => subject.verified).length;
  const summary = new import_part_HGKCOA3T.JobSummary().heading("Verification").paragraph(
    `${report.verified ? "\u2705" : "\u274C"} ${passed} of ${report.subjects.length} subject(s) passed the policy.`
  );
  summary.table({
    header: ["Subject", "Digest", "Result", "Reason"],
    rows: report.subjects.map((subject) => [
      subject.subject,
      subject.digest,
      subject.verified ? "passed" : "FAILED",
      subject.reason ?? ""
    ])
  });
  summary.table({
    header: ["Subject", "Found", "Signer", "Verdict", "Reason"],
    rows: report.subjects.flatMap(
      (subject) => subject.signatures.map((signature) => [
        subject.subject,
        signature.predicateType === void 0 ? signature.kind : `${signature.kind} (${signature.predicateType})`,
        [signature.identity, signature.issuer].filter(Boolean).join(" / "),
        signature.signers.length > 0 ? `${signature.verdict} (${signature.signers.join(", ")})` : signature.verdict,
        [signature.reason, ...signature.warnings].filter(Boolean).join("; ")
      ])
    )
  });
  return summary;
}
(0, import_part_MRALY75J.__name)(verificationSummary, "verificationSummary");
async function writeReport(options) {
  const { report, inputs } = options;
  const path = inputs.report ?? (0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? process.cwd(), "sign-verify-report.json");
  await (0, import_part_CF5VF7M6.writeBytesAtomic)({ path, bytes: `${JSON.stringify(report, null, 2)}
` });
  (0, import_part_HGKCOA3T.setOutputs)({
    verified: String(report.verified),
    report: path,
    subjects: report.subjects.map((subject) => ({
      subject: subject.subject,
      digest: subject.digest,
      verified: subject.verified,
      ...subject.reason === void 0 ? {} : { reason: subject.reason }
    }))
  });
  if (inputs.showSummary) await (0, import_part_HGKCOA3T.writeSummary)(verificationSummary({ report }));
}
(0, import_part_MRALY75J.__name)(writeReport, "writeReport");
