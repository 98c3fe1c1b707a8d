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
var part_RM6OZ72H_exports = {};
__export(part_RM6OZ72H_exports, {
  warnSubject: () => warnSubject
});
module.exports = __toCommonJS(part_RM6OZ72H_exports);
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
function warnSubject(options) {
  const { subject, logger } = options;
  const warnings = [...subject.warnings, ...subject.signatures.flatMap((s) => s.warnings)];
  for (const warning of warnings) {
    logger.warning(
      `${(0, import_part_242AIN3U.plainOrQuoted)(subject.subject)}: ${(0, import_part_242AIN3U.escapeControls)({ text: warning, keepLines: false })}`
    );
  }
}
(0, import_part_MRALY75J.__name)(warnSubject, "warnSubject");
