// Run by Bun for scripts/bun-cli-build.mjs: `Bun.build` of src/cli/main.ts into CommonJS modules
// with their JavaScriptCore bytecode (main.js for every command, fire.js for fire and run, below).
// Usage: bun scripts/bun-cli-bundle.mjs OUT_DIR [--all-external]
//
// Packages stay in node_modules (loaded when a command reaches them), except the small ones
// every `flows fire` needs before its first step: smol-toml (flow.toml) and ajv's deep equal (the
// generated validators). Read from node_modules they were parsed and compiled at each start;
// in the bundle they are bytecode too (2–3 ms of a fire). `--all-external` keeps every package
// in node_modules: for a checkout whose node_modules is a link (a git worktree sharing one
// install), where Bun would name the inlined files by a path outside the repository.
const INLINED = /^(smol-toml|fast-deep-equal|ajv\/dist\/runtime\/equal(\.js)?)$/;
// Packages this CommonJS build cannot leave outside: they export only to `import`, and the build
// loads its external packages with require(), which Bun refuses for them ("Cannot find module").
// Inlined even with `--all-external`; scripts/bun-cli-build.mjs fails a build that requires one.
const IMPORT_ONLY = /^@actions\/expressions(\/.*)?$/;

const [outdir, flag] = process.argv.slice(2);
const allExternal = flag === "--all-external";
const MODULE_URL = "__flowsModuleUrl";

// Two builds of the same entry. main.js: every command. fire.js: `flows fire` and `flows run`,
// which the launcher (src/cli/launcher.js) loads for those two: without the other commands'
// modules (the command table loads each command's module with import(), src/cli/command-table.ts),
// a start has less code to read and deserialise. In fire.js those imports lead to a module that
// fails as a bug: the launcher never starts it for another command.
const FIRE_BUILD_KEEPS = /^\.\/commands\.js$/;
const NOT_IN_FIRE = "flows-not-in-fire-build";

/** For fire.js: the other commands' modules, as the command table imports them, fail as a bug. */
const notInFireBuild = {
  name: "other-commands-not-in-fire-build",
  setup(builder) {
    builder.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      if (!/[\\/]src[\\/]cli[\\/]command-table\.ts$/.test(args.importer) || args.kind !== "dynamic-import" || FIRE_BUILD_KEEPS.test(args.path)) return undefined;
      return { path: args.path, namespace: NOT_IN_FIRE };
    });
    builder.onLoad({ filter: /.*/, namespace: NOT_IN_FIRE }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`flows' fire build has no ${args.path} (the launcher starts it only for fire and run): this is a bug in flows-action.`)});\n`,
      loader: "js",
    }));
  },
};

for (const build of [{ name: "main", fireOnly: false }, { name: "fire", fireOnly: true }]) {
  const result = await Bun.build({
    entrypoints: ["src/cli/main.ts"],
    target: "bun",
    format: "cjs",
    bytecode: true,
    // Whitespace and syntax only (names stay, for stack traces): a smaller file is less for Bun to
    // read and map at every start (`flows fire` 3–6 ms faster on a 2-core runner, BENCHMARKS.md).
    minify: { whitespace: true, syntax: true, identifiers: false },
    outdir,
    naming: `${build.name}.[ext]`,
    // import.meta.url is the bundle's own location at run time: Bun would otherwise write each
    // source file's absolute path into the output. The banner runs inside the module wrapper,
    // where __filename is this file; Bun.pathToFileURL, because node:url costs Bun about 1.5 ms to load.
    define: { "import.meta.url": MODULE_URL },
    banner: `var ${MODULE_URL} = Bun.pathToFileURL(__filename).href;`,
    plugins: [
      {
        name: "packages-stay-in-node-modules",
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.kind === "entry-point" || !args.importer || args.path.startsWith("node:")) return undefined;
            if (IMPORT_ONLY.test(args.path) || (!allExternal && INLINED.test(args.path))) return undefined;
            return { path: args.path, external: true };
          });
        },
      },
      ...(build.fireOnly ? [notInFireBuild] : []),
    ],
  });
  if (!result.success) {
    for (const log of result.logs) console.error(String(log));
    process.exit(1);
  }
}
