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
var part_IMJHEOWE_exports = {};
__export(part_IMJHEOWE_exports, {
  renderReportText: () => renderReportText,
  renderSubjectVerdict: () => renderSubjectVerdict
});
module.exports = __toCommonJS(part_IMJHEOWE_exports);
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
function renderReportText(options) {
  const lines = [];
  for (const subject of options.report.subjects) lines.push(...subjectLines(subject));
  const passed = options.report.subjects.filter((s) => s.verified).length;
  lines.push(
    `${options.report.verified ? "verified" : "NOT verified"}: ${passed} of ${options.report.subjects.length} subject(s) passed ${describePolicy(options.report.policy)}`
  );
  return `${lines.join("\n")}
`;
}
(0, import_part_MRALY75J.__name)(renderReportText, "renderReportText");
function describePolicy(source) {
  if (source === "flags") return "the policy given by the command-line flags";
  if (source === "inputs") return "the policy given by the step's inputs";
  return `the policy file ${(0, import_part_242AIN3U.plainOrQuoted)(source)}`;
}
(0, import_part_MRALY75J.__name)(describePolicy, "describePolicy");
function renderSubjectVerdict(options) {
  const { subject } = options;
  return `${subject.verified ? "PASS" : "FAIL"} ${(0, import_part_242AIN3U.plainOrQuoted)(subject.subject)}${subject.digest === "" ? "" : ` (${(0, import_part_242AIN3U.plainOrQuoted)(subject.digest)})`}${reasonText(subject.reason)}`;
}
(0, import_part_MRALY75J.__name)(renderSubjectVerdict, "renderSubjectVerdict");
function subjectLines(subject) {
  const lines = [renderSubjectVerdict({ subject })];
  for (const requirement of subject.requirements) {
    lines.push(
      `  ${requirement.satisfied ? "met    " : "NOT met"} ${oneLine(requirement.requirement)}${requirement.by === void 0 ? "" : ` \u2014 ${oneLine(requirement.by)}`}`
    );
  }
  for (const signature of subject.signatures) lines.push(signatureLine(signature));
  for (const warning of [...subject.warnings, ...subject.signatures.flatMap((s) => s.warnings)]) {
    lines.push(`  warning: ${oneLine(warning)}`);
  }
  return lines;
}
(0, import_part_MRALY75J.__name)(subjectLines, "subjectLines");
function signatureLine(signature) {
  const what = signature.predicateType === void 0 ? signature.kind : `${signature.kind} ${(0, import_part_242AIN3U.plainOrQuoted)(signature.predicateType)}`;
  const who = signature.identity === void 0 ? "" : ` by ${(0, import_part_242AIN3U.plainOrQuoted)(signature.identity)}`;
  const signers = signature.signers.length === 0 ? "" : ` [${signature.signers.join(", ")}]`;
  return `  ${signature.verdict.padEnd(10)} ${what}${who}${signers} at ${(0, import_part_242AIN3U.plainOrQuoted)(signature.location)} (${signature.via})${reasonText(signature.reason)}`;
}
(0, import_part_MRALY75J.__name)(signatureLine, "signatureLine");
function reasonText(reason) {
  return reason === void 0 ? "" : `: ${oneLine(reason)}`;
}
(0, import_part_MRALY75J.__name)(reasonText, "reasonText");
function oneLine(text) {
  return (0, import_part_242AIN3U.escapeControls)({ text, keepLines: false });
}
(0, import_part_MRALY75J.__name)(oneLine, "oneLine");
