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
var part_VSV4ZSUS_exports = {};
__export(part_VSV4ZSUS_exports, {
  failUnverified: () => failUnverified
});
module.exports = __toCommonJS(part_VSV4ZSUS_exports);
var import_part_RPUMJSRW = require("./part-RPUMJSRW.js");
var import_part_VWPSWUAI = require("./part-VWPSWUAI.js");
var import_part_3J76XKEP = require("./part-3J76XKEP.js");
var import_part_UEVX7OHL = require("./part-UEVX7OHL.js");
var import_part_IMJHEOWE = require("./part-IMJHEOWE.js");
var import_part_2YZNT7S2 = require("./part-2YZNT7S2.js");
var import_part_HGKCOA3T = require("./part-HGKCOA3T.js");
var import_part_GL6FT6EN = require("./part-GL6FT6EN.js");
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_CF5VF7M6 = require("./part-CF5VF7M6.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
function failUnverified(options) {
  const { report } = options;
  const failed = (0, import_part_RPUMJSRW.failedSubjects)({ report });
  if (failed.length === 0) return;
  throw new import_part_HGKCOA3T.VerificationFailure({ total: report.subjects.length, failed });
}
(0, import_part_MRALY75J.__name)(failUnverified, "failUnverified");
