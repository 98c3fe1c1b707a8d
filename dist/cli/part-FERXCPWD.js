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
var part_FERXCPWD_exports = {};
__export(part_FERXCPWD_exports, {
  escapeControls: () => escapeControls,
  plainOrQuoted: () => plainOrQuoted,
  quote: () => quote,
  safeLines: () => safeLines
});
module.exports = __toCommonJS(part_FERXCPWD_exports);
var import_part_MRALY75J = require("./part-MRALY75J.js");
var UNSAFE = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var UNSAFE_KEEPING_LINES = new RegExp(`[${UNSAFE}]`, "gu");
var UNSAFE_ALL = new RegExp(`[${UNSAFE}\\n\\t]`, "gu");
function escapeOne(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}
(0, import_part_MRALY75J.__name)(escapeOne, "escapeOne");
function escapeControls(options) {
  return options.text.replace(options.keepLines ? UNSAFE_KEEPING_LINES : UNSAFE_ALL, escapeOne);
}
(0, import_part_MRALY75J.__name)(escapeControls, "escapeControls");
var COMMAND_START = /^(\s*)(::|##\[)/u;
function safeLines(text) {
  return escapeControls({ text, keepLines: true }).split("\n").map((line) => line.replace(COMMAND_START, "$1\\$2")).join("\n");
}
(0, import_part_MRALY75J.__name)(safeLines, "safeLines");
var MAX_QUOTED_LENGTH = 512;
function quote(value) {
  const characters = [...value];
  const shown = characters.slice(0, MAX_QUOTED_LENGTH).join("");
  const rest = characters.length - MAX_QUOTED_LENGTH;
  const json = escapeControls({ text: JSON.stringify(shown), keepLines: false });
  return rest > 0 ? `${json}\u2026 (${rest} more characters)` : json;
}
(0, import_part_MRALY75J.__name)(quote, "quote");
var PLAIN = /^(?![:#])[\x20-\x21\x23-\x5b\x5d-\x7e]+$/u;
function plainOrQuoted(value) {
  return PLAIN.test(value) && value.length <= MAX_QUOTED_LENGTH && value.trim() === value ? value : quote(value);
}
(0, import_part_MRALY75J.__name)(plainOrQuoted, "plainOrQuoted");
