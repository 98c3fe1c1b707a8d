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
var part_2MB4OERP_exports = {};
__export(part_2MB4OERP_exports, {
  failUnverified: () => failUnverified
});
module.exports = __toCommonJS(part_2MB4OERP_exports);
var import_part_VQYCOW2D = require("./part-VQYCOW2D.js");
var import_part_VWPSWUAI = require("./part-VWPSWUAI.js");
var import_part_ZGVS5STP = require("./part-ZGVS5STP.js");
var import_part_UEVX7OHL = require("./part-UEVX7OHL.js");
var import_part_IMJHEOWE = require("./part-IMJHEOWE.js");
var import_part_5BBJ24SL = require("./part-5BBJ24SL.js");
var import_part_7PLSPXO4 = require("./part-7PLSPXO4.js");
var import_part_HUQ2BLBG = require("./part-HUQ2BLBG.js");
var import_part_RFXNADIP = require("./part-RFXNADIP.js");
var import_part_GTROGXP3 = require("./part-GTROGXP3.js");
var import_part_242AIN3U = require("./part-242AIN3U.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
function failUnverified(options) {
  const { report } = options;
  const failed = (0, import_part_VQYCOW2D.failedSubjects)({ report });
  if (failed.length === 0) return;
  throw new import_part_7PLSPXO4.VerificationFailure({ total: report.subjects.length, failed });
}
(0, import_part_MRALY75J.__name)(failUnverified, "failUnverified");
