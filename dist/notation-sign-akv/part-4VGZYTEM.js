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
var part_4VGZYTEM_exports = {};
__export(part_4VGZYTEM_exports, {
  resolveImages: () => import_part_ORW3VO5K.resolveImages
});
module.exports = __toCommonJS(part_4VGZYTEM_exports);
var import_part_ORW3VO5K = require("./part-ORW3VO5K.js");
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
