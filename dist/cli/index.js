const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// packages/cli/src/commands/help.ts
var help = {
  name: "help",
  aliases: ["--help", "-h"],
  summary: "list the commands",
  run: /* @__PURE__ */ __name(({ stdout }) => {
    const width = Math.max(...commands.map((c) => c.name.length));
    const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    stdout.write(`usage: sign <command> [arguments]

commands:
${lines.join("\n")}
`);
    return Promise.resolve(0);
  }, "run")
};

// packages/cli/src/version.ts
var VERSION = "0.1.0";

// packages/cli/src/commands/version.ts
var version = {
  name: "version",
  aliases: ["--version", "-v"],
  summary: "print the version of sign",
  run: /* @__PURE__ */ __name(({ stdout }) => {
    stdout.write(`sign ${VERSION}
`);
    return Promise.resolve(0);
  }, "run")
};

// packages/cli/src/commands.ts
var commands = [help, version];

// packages/cli/src/main.ts
async function main(options) {
  const [name = "help", ...args] = options.argv;
  const command = commands.find((c) => c.name === name || c.aliases?.includes(name));
  const context = { args, stdout: options.stdout, stderr: options.stderr };
  if (!command) {
    options.stderr.write(`sign: unknown command '${name}'. Run 'sign help' for the list.
`);
    return 2;
  }
  return command.run(context);
}
__name(main, "main");

// packages/cli/src/bin.ts
main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `sign: internal error: ${error instanceof Error ? error.message : String(error)}
`
    );
    process.exitCode = 70;
  }
);
