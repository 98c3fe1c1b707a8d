const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var part_F73BQMT4_exports = {};
__export(part_F73BQMT4_exports, {
  ConfigurationError: () => ConfigurationError,
  JobSummary: () => JobSummary,
  actionsLogger: () => actionsLogger,
  addPath: () => addPath2,
  booleanInput: () => booleanInput,
  cp: () => cp,
  debug: () => debug,
  group: () => group2,
  info: () => info,
  mkdirP: () => mkdirP,
  multilineInput: () => multilineInput,
  optionalInput: () => optionalInput,
  quote: () => quote,
  requiredInput: () => requiredInput,
  rmRF: () => rmRF,
  runAction: () => runAction,
  setOutputs: () => setOutputs,
  writeSummary: () => writeSummary
});
module.exports = __toCommonJS(part_F73BQMT4_exports);
var import_part_KECMG5SU = require("./part-KECMG5SU.js");
var os = __toESM(require("os"));
var crypto = __toESM(require("crypto"));
var fs = __toESM(require("fs"));
var os2 = __toESM(require("os"));
var os4 = __toESM(require("os"));
var path2 = __toESM(require("path"));
var import_os = require("os");
var import_fs = require("fs");
var import_os2 = __toESM(require("os"));
var import_assert = require("assert");
var path = __toESM(require("path"));
var fs2 = __toESM(require("fs"));
var import_node_util = require("node:util");
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
(0, import_part_KECMG5SU.__name)(toCommandValue, "toCommandValue");
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
(0, import_part_KECMG5SU.__name)(toCommandProperties, "toCommandProperties");
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
(0, import_part_KECMG5SU.__name)(issueCommand, "issueCommand");
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
(0, import_part_KECMG5SU.__name)(issue, "issue");
var CMD_STRING = "::";
var Command = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "Command");
  }
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
(0, import_part_KECMG5SU.__name)(escapeData, "escapeData");
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
(0, import_part_KECMG5SU.__name)(escapeProperty, "escapeProperty");
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
(0, import_part_KECMG5SU.__name)(issueFileCommand, "issueFileCommand");
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}
(0, import_part_KECMG5SU.__name)(prepareKeyValueMessage, "prepareKeyValueMessage");
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "Summary");
  }
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
function readlink(fsPath) {
  return __awaiter2(this, void 0, void 0, function* () {
    const result = yield fs2.promises.readlink(fsPath);
    if (IS_WINDOWS && !result.endsWith("\\")) {
      return `${result}\\`;
    }
    return result;
  });
}
(0, import_part_KECMG5SU.__name)(readlink, "readlink");
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter2(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
(0, import_part_KECMG5SU.__name)(exists, "exists");
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function cp(source_1, dest_1) {
  return __awaiter3(this, arguments, void 0, function* (source, dest, options = {}) {
    const { force, recursive, copySourceDirectory } = readCopyOptions(options);
    const destStat = (yield exists(dest)) ? yield stat(dest) : null;
    if (destStat && destStat.isFile() && !force) {
      return;
    }
    const newDest = destStat && destStat.isDirectory() && copySourceDirectory ? path.join(dest, path.basename(source)) : dest;
    if (!(yield exists(source))) {
      throw new Error(`no such file or directory: ${source}`);
    }
    const sourceStat = yield stat(source);
    if (sourceStat.isDirectory()) {
      if (!recursive) {
        throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
      } else {
        yield cpDirRecursive(source, newDest, 0, force);
      }
    } else {
      if (path.relative(source, newDest) === "") {
        throw new Error(`'${newDest}' and '${source}' are the same file`);
      }
      yield copyFile2(source, newDest, force);
    }
  });
}
(0, import_part_KECMG5SU.__name)(cp, "cp");
function rmRF(inputPath) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (IS_WINDOWS) {
      if (/[*"<>|]/.test(inputPath)) {
        throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
      }
    }
    try {
      yield rm(inputPath, {
        force: true,
        maxRetries: 3,
        recursive: true,
        retryDelay: 300
      });
    } catch (err) {
      throw new Error(`File was unable to be removed ${err}`);
    }
  });
}
(0, import_part_KECMG5SU.__name)(rmRF, "rmRF");
function mkdirP(fsPath) {
  return __awaiter3(this, void 0, void 0, function* () {
    (0, import_assert.ok)(fsPath, "a path argument must be provided");
    yield mkdir(fsPath, { recursive: true });
  });
}
(0, import_part_KECMG5SU.__name)(mkdirP, "mkdirP");
function readCopyOptions(options) {
  const force = options.force == null ? true : options.force;
  const recursive = Boolean(options.recursive);
  const copySourceDirectory = options.copySourceDirectory == null ? true : Boolean(options.copySourceDirectory);
  return { force, recursive, copySourceDirectory };
}
(0, import_part_KECMG5SU.__name)(readCopyOptions, "readCopyOptions");
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (currentDepth >= 255)
      return;
    currentDepth++;
    yield mkdirP(destDir);
    const files = yield readdir(sourceDir);
    for (const fileName of files) {
      const srcFile = `${sourceDir}/${fileName}`;
      const destFile = `${destDir}/${fileName}`;
      const srcFileStat = yield lstat(srcFile);
      if (srcFileStat.isDirectory()) {
        yield cpDirRecursive(srcFile, destFile, currentDepth, force);
      } else {
        yield copyFile2(srcFile, destFile, force);
      }
    }
    yield chmod(destDir, (yield stat(sourceDir)).mode);
  });
}
(0, import_part_KECMG5SU.__name)(cpDirRecursive, "cpDirRecursive");
function copyFile2(srcFile, destFile, force) {
  return __awaiter3(this, void 0, void 0, function* () {
    if ((yield lstat(srcFile)).isSymbolicLink()) {
      try {
        yield lstat(destFile);
        yield unlink(destFile);
      } catch (e) {
        if (e.code === "EPERM") {
          yield chmod(destFile, "0666");
          yield unlink(destFile);
        }
      }
      const symlinkFull = yield readlink(srcFile);
      yield symlink(symlinkFull, destFile, IS_WINDOWS ? "junction" : null);
    } else if (!(yield exists(destFile)) || force) {
      yield copyFile(srcFile, destFile);
    }
  });
}
(0, import_part_KECMG5SU.__name)(copyFile2, "copyFile");
var IS_WINDOWS2 = process.platform === "win32";
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  (0, import_part_KECMG5SU.__name)(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    (0, import_part_KECMG5SU.__name)(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    (0, import_part_KECMG5SU.__name)(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path2.delimiter}${process.env["PATH"]}`;
}
(0, import_part_KECMG5SU.__name)(addPath, "addPath");
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
(0, import_part_KECMG5SU.__name)(getInput, "getInput");
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
(0, import_part_KECMG5SU.__name)(setOutput, "setOutput");
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
(0, import_part_KECMG5SU.__name)(setFailed, "setFailed");
function debug(message) {
  issueCommand("debug", {}, message);
}
(0, import_part_KECMG5SU.__name)(debug, "debug");
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
(0, import_part_KECMG5SU.__name)(error, "error");
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
(0, import_part_KECMG5SU.__name)(warning, "warning");
function info(message) {
  process.stdout.write(message + os4.EOL);
}
(0, import_part_KECMG5SU.__name)(info, "info");
function startGroup(name) {
  issue("group", name);
}
(0, import_part_KECMG5SU.__name)(startGroup, "startGroup");
function endGroup() {
  issue("endgroup");
}
(0, import_part_KECMG5SU.__name)(endGroup, "endGroup");
function group(name, fn) {
  return __awaiter4(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
(0, import_part_KECMG5SU.__name)(group, "group");
var UNSAFE = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var UNSAFE_KEEPING_LINES = new RegExp(`[${UNSAFE}]`, "gu");
var UNSAFE_ALL = new RegExp(`[${UNSAFE}\\n\\t]`, "gu");
function escapeOne(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}
(0, import_part_KECMG5SU.__name)(escapeOne, "escapeOne");
function escapeControls(options) {
  return options.text.replace(options.keepLines ? UNSAFE_KEEPING_LINES : UNSAFE_ALL, escapeOne);
}
(0, import_part_KECMG5SU.__name)(escapeControls, "escapeControls");
var MAX_QUOTED_LENGTH = 512;
function quote(value) {
  const characters = [...value];
  const shown = characters.slice(0, MAX_QUOTED_LENGTH).join("");
  const rest = characters.length - MAX_QUOTED_LENGTH;
  const json = escapeControls({ text: JSON.stringify(shown), keepLines: false });
  return rest > 0 ? `${json}\u2026 (${rest} more characters)` : json;
}
(0, import_part_KECMG5SU.__name)(quote, "quote");
var COMMAND_START = /^(\s*)(::|##\[)/u;
function safeLines(text) {
  return escapeControls({ text, keepLines: true }).split("\n").map((line) => line.replace(COMMAND_START, "$1\\$2")).join("\n");
}
(0, import_part_KECMG5SU.__name)(safeLines, "safeLines");
var ConfigurationError = class extends Error {
  static {
    (0, import_part_KECMG5SU.__name)(this, "ConfigurationError");
  }
  name = "ConfigurationError";
  /** The failure kind runAction reads (see FailureKind). */
  kind = "configuration";
  /** What to write instead, printed on its own lines after the message (for example YAML). */
  fix;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.fix = options.fix;
  }
};
var MAX_CAUSES = 10;
function describeThrown(value) {
  if (value instanceof Error) {
    const code = value.code;
    const suffix = typeof code === "string" || typeof code === "number" ? ` (code ${code})` : "";
    return `${value.name}: ${value.message}${suffix}`;
  }
  if (typeof value === "object" && value !== null) {
    return `a thrown ${value.constructor?.name ?? "object"} that is not an Error`;
  }
  return typeof value === "string" ? value : (0, import_node_util.inspect)(value);
}
(0, import_part_KECMG5SU.__name)(describeThrown, "describeThrown");
function causeChain(error2) {
  const causes = [];
  let current = error2;
  while (current instanceof Error && "cause" in current && causes.length < MAX_CAUSES) {
    current = current.cause;
    if (causes.includes(current) || current === error2) break;
    causes.push(current);
  }
  return causes;
}
(0, import_part_KECMG5SU.__name)(causeChain, "causeChain");
var FAILURE_KINDS = [
  "configuration",
  "verification",
  "remote",
  "internal"
];
function failureKind(options) {
  const { error: error2 } = options;
  if (!(error2 instanceof Error)) return "internal";
  const kind = error2.kind;
  return typeof kind === "string" && FAILURE_KINDS.includes(kind) ? kind : "internal";
}
(0, import_part_KECMG5SU.__name)(failureKind, "failureKind");
function serviceAnswer(options) {
  const { message, status, serviceCode } = options;
  return [
    ...status !== void 0 && !message.includes(`HTTP ${status}`) ? [`HTTP ${status}`] : [],
    ...serviceCode !== void 0 && !message.includes(serviceCode) ? [`service code ${serviceCode}`] : []
  ];
}
(0, import_part_KECMG5SU.__name)(serviceAnswer, "serviceAnswer");
var INTERNAL_ERROR_HINT = 'This is an internal error in the action, not a mistake in your workflow. To see debug logs, re-run the job with "Enable debug logging" checked (or set the repository variable ACTIONS_STEP_DEBUG to true), and report the issue with those logs.';
var HEADLINES = {
  verification: "Verification failed: ",
  remote: "A remote service failed: ",
  internal: "Internal error: "
};
async function runAction(run) {
  try {
    await run();
  } catch (error2) {
    reportFailure(error2);
  }
}
(0, import_part_KECMG5SU.__name)(runAction, "runAction");
function reportFailure(error2) {
  const kind = error2 instanceof ConfigurationError ? "configuration" : failureKind({ error: error2 });
  const kinded = error2;
  switch (kind) {
    case "configuration":
      setFailed(safeLines(withLine(kinded.message ?? "", kinded.fix)));
      break;
    case "verification":
      setFailed(safeLines(`${HEADLINES.verification}${kinded.message ?? ""}`));
      break;
    case "remote":
      setFailed(safeLines(remoteText({ error: kinded })));
      break;
    case "internal": {
      const message = error2 instanceof Error ? error2.message : describeThrown(error2);
      setFailed(safeLines(`${HEADLINES.internal}${message}
${INTERNAL_ERROR_HINT}`));
      if (error2 instanceof Error && error2.stack !== void 0) debug(safeLines(error2.stack));
      break;
    }
  }
  for (const cause of causeChain(error2))
    debug(safeLines(`caused by: ${describeThrown(cause)}`));
}
(0, import_part_KECMG5SU.__name)(reportFailure, "reportFailure");
function withLine(text, line) {
  return line === void 0 ? text : `${text}
${line}`;
}
(0, import_part_KECMG5SU.__name)(withLine, "withLine");
function remoteText(options) {
  const { message = "", status, serviceCode, hint } = options.error;
  const answered = serviceAnswer({ message, status, serviceCode });
  const headline = `${HEADLINES.remote}${message}${answered.length > 0 ? ` (${answered.join(", ")})` : ""}`;
  return withLine(headline, hint === void 0 ? void 0 : `Check: ${hint}`);
}
(0, import_part_KECMG5SU.__name)(remoteText, "remoteText");
function readInput(name) {
  const value = getInput(name);
  return value === "" ? void 0 : value;
}
(0, import_part_KECMG5SU.__name)(readInput, "readInput");
function inputError(options) {
  return new ConfigurationError(`Input '${options.input}' ${options.problem}. Write for example:`, {
    fix: `with:
  ${options.input}: ${options.example}`
  });
}
(0, import_part_KECMG5SU.__name)(inputError, "inputError");
function requiredInput(name) {
  const value = readInput(name);
  if (value === void 0) {
    throw inputError({
      input: name,
      problem: "is required but the step does not set it",
      example: "<value>"
    });
  }
  return value;
}
(0, import_part_KECMG5SU.__name)(requiredInput, "requiredInput");
function optionalInput(name) {
  return readInput(name);
}
(0, import_part_KECMG5SU.__name)(optionalInput, "optionalInput");
var TRUE_VALUES = ["true", "True", "TRUE"];
var FALSE_VALUES = ["false", "False", "FALSE"];
function booleanInput(name, options) {
  const value = readInput(name);
  if (value === void 0) return options.default;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw inputError({
    input: name,
    problem: `must be true or false (accepted: ${[...TRUE_VALUES, ...FALSE_VALUES].join(", ")})`,
    example: String(!options.default)
  });
}
(0, import_part_KECMG5SU.__name)(booleanInput, "booleanInput");
function listInput(name, options = {}) {
  const pattern = options.separator === "newline" ? /\r?\n/ : /\r?\n|,/;
  return (readInput(name) ?? "").split(pattern).map((item) => item.trim()).filter((item) => item !== "");
}
(0, import_part_KECMG5SU.__name)(listInput, "listInput");
function multilineInput(name) {
  return listInput(name, { separator: "newline" });
}
(0, import_part_KECMG5SU.__name)(multilineInput, "multilineInput");
function actionsLogger() {
  return {
    debug: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((message) => debug(safeLines(message)), "debug"),
    info: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((message) => info(safeLines(message)), "info"),
    warning: /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((message) => warning(safeLines(message)), "warning")
  };
}
(0, import_part_KECMG5SU.__name)(actionsLogger, "actionsLogger");
async function group2(name, fn) {
  return group(safeLines(name), fn);
}
(0, import_part_KECMG5SU.__name)(group2, "group");
function setOutputs(record) {
  const outputs = Object.entries(record).filter(([, value]) => value !== void 0).map(([name, value]) => [
    name,
    typeof value === "string" ? value : toJson(name, value)
  ]);
  for (const [name, text] of outputs) setOutput(name, text);
}
(0, import_part_KECMG5SU.__name)(setOutputs, "setOutputs");
function toJson(name, value) {
  return JSON.stringify(value, function(key, converted) {
    const original = this[key];
    if (ArrayBuffer.isView(original) || ArrayBuffer.isView(converted)) {
      throw new TypeError(`Output '${name}' holds bytes: encode them as hex or base64 first.`);
    }
    return typeof converted === "bigint" ? converted.toString() : converted;
  });
}
(0, import_part_KECMG5SU.__name)(toJson, "toJson");
function addPath2(directory) {
  addPath(directory);
}
(0, import_part_KECMG5SU.__name)(addPath2, "addPath");
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return escapeControls({ text: text.replace(/\r\n/g, "\n"), keepLines: true }).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char).replace(/\n/g, "<br>");
}
(0, import_part_KECMG5SU.__name)(escapeHtml, "escapeHtml");
var JobSummary = class {
  static {
    (0, import_part_KECMG5SU.__name)(this, "JobSummary");
  }
  #blocks = [];
  /** A heading, level 1 to 6 (default 2). */
  heading(text, level = 2) {
    return this.#add(`<h${level}>${escapeHtml(text)}</h${level}>`);
  }
  /** Markdown written as is. */
  paragraph(markdown) {
    return this.#add(markdown);
  }
  /** An HTML table with a header row. */
  table(table) {
    const row = /* @__PURE__ */ (0, import_part_KECMG5SU.__name)((cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join("")}</tr>`, "row");
    const rows = table.rows.map((cells) => row(cells, "td"));
    return this.#add(`<table>${[row(table.header, "th"), ...rows].join("")}</table>`);
  }
  /** A collapsed section: `label` (escaped) opens `body` (Markdown as is, or a nested summary). */
  details(options) {
    const body = String(options.body).trimEnd();
    return this.#add(
      `<details><summary>${escapeHtml(options.label)}</summary>

${body}

</details>`
    );
  }
  /** The Markdown of the summary: each block followed by a blank line ('' when empty). */
  toString() {
    return this.#blocks.map((block) => `${block}

`).join("");
  }
  #add(block) {
    this.#blocks.push(block);
    return this;
  }
};
async function writeSummary(summary2) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) {
    warning(
      "No job summary was written: this runner does not set GITHUB_STEP_SUMMARY. Set show-summary: false to skip it."
    );
    return false;
  }
  await summary.addRaw(summary2.toString()).write();
  return true;
}
(0, import_part_KECMG5SU.__name)(writeSummary, "writeSummary");
