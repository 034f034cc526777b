import { readFileSync } from "node:fs";
import { resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// A library caller who passes options to an exported function, reads its result or an error's
// fields, or writes a store of their own names the types those signatures use: `dispatch(event,
// options: DispatchOptions)`, `renderSummary(outcome, options: SummaryOptions)`, `saveEvent(record,
// options: SaveOptions)`. Each type declared in src/ that a signature of an export of src/index.ts
// uses, and each type those types use in turn, must be importable from flows-action, or the
// caller can only copy it.

const root = resolve(".");
const sourceFolder = resolve(root, "src") + sep;

/**
 * Types of src/ that stay private although an exported signature reaches them, with the reason.
 * Keep this short: a type a caller can meet in a signature is a type they need to name.
 */
const privateTypes = new Map<string, string>([
  // Only FlowEvent's definition uses it (`Omit<FlowEventShape, "payload"> & { payload: T }`), no signature does; FlowEvent<unknown> is its public name.
  ["FlowEventShape", "the generated schema shape FlowEvent is made from"],
]);

type LibraryApi = {
  /** Every type declared under src/ that the public API uses and src/index.ts does not export, with what uses it. */
  unexported: string[];
  /** The names src/index.ts exports. */
  names: Set<string>;
};

/** Building the program costs about 5 s of CPU: once per run, for both tests. */
let built: LibraryApi | undefined;
function libraryApi(): LibraryApi {
  built ??= readLibraryApi();
  return built;
}

/**
 * A compiler host that reads @octokit/openapi-types (GitHub's REST description as types: three
 * copies of 5 MB, a third of this program's parse and bind time) as `any`. Those files import
 * nothing and take no type parameters, so no type of src/ can be reached through them: the walk
 * below meets the same src/ types either way.
 */
function hostWithoutGitHubApiTypes(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  const stub = ["paths", "webhooks", "components", "$defs", "external", "operations"].map((name) => `export type ${name} = any;`).join("\n");
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    /[\\/]@octokit[\\/]openapi-types[\\/]types\.d\.ts$/.test(fileName) ? ts.createSourceFile(fileName, stub, languageVersion) : read(fileName, languageVersion, ...rest);
  return host;
}

function readLibraryApi(): LibraryApi {
  const { config } = ts.readConfigFile(resolve(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  const entry = resolve(root, "src", "index.ts");
  const program = ts.createProgram([entry], { ...options, noEmit: true }, hostWithoutGitHubApiTypes(options));
  const checker = program.getTypeChecker();
  const library = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const real = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const exports = checker.getExportsOfModule(library);
  const exported = new Set(exports.map(real));
  // `export type FlowResult = Generated.FlowResult`: the generated type is exported under the alias's name.
  for (const symbol of [...exported]) {
    const alias = symbol.declarations?.find(ts.isTypeAliasDeclaration);
    if (alias && ts.isTypeReferenceNode(alias.type) && alias.type.typeArguments === undefined) {
      const target = checker.getSymbolAtLocation(ts.isQualifiedName(alias.type.typeName) ? alias.type.typeName.right : alias.type.typeName);
      if (target) exported.add(real(target));
    }
  }
  const inSource = (symbol: ts.Symbol): boolean => symbol.declarations?.some((declaration) => declaration.getSourceFile().fileName.startsWith(sourceFolder)) === true;
  const missing = new Map<string, Set<string>>();
  const queue = [...exported].filter(inSource);
  const seen = new Set<ts.Symbol>();
  const seenTypes = new Set<ts.Type>();

  const use = (found: ts.Symbol, user: string): void => {
    const symbol = real(found);
    if (!inSource(symbol) || symbol.flags & (ts.SymbolFlags.TypeParameter | ts.SymbolFlags.Property | ts.SymbolFlags.Method | ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral)) return;
    // A value a signature names with `typeof` (`ChecksMode = (typeof CHECKS_MODES)[number]`) is walked, not asked for: the type has the name.
    const isType = (symbol.flags & ts.SymbolFlags.Type) !== 0;
    if (isType && !exported.has(symbol) && !privateTypes.has(symbol.name)) missing.set(symbol.name, (missing.get(symbol.name) ?? new Set()).add(user));
    queue.push(symbol);
  };
  // A type the compiler infers (a return type or initialiser left unwritten) is part of the signature too.
  const visitType = (type: ts.Type, user: string): void => {
    if (seenTypes.has(type)) return;
    seenTypes.add(type);
    const named = type.aliasSymbol ?? type.getSymbol();
    if (named && !(named.flags & (ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral | ts.SymbolFlags.Function | ts.SymbolFlags.Method))) {
      use(named, user);
      for (const argument of type.aliasTypeArguments ?? checker.getTypeArguments(type as ts.TypeReference) ?? []) visitType(argument, user);
      return;
    }
    if (type.isUnionOrIntersection()) for (const member of type.types) visitType(member, user);
    for (const property of type.getProperties()) visitType(checker.getTypeOfSymbol(property), user);
    for (const signature of type.getCallSignatures()) {
      for (const parameter of signature.getParameters()) visitType(checker.getTypeOfSymbol(parameter), user);
      visitType(signature.getReturnType(), user);
    }
  };
  const visit = (node: ts.Node, user: string): void => {
    // What a caller sees: signatures and types, not bodies or private members.
    if (ts.isBlock(node)) return;
    if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node)) && (ts.isPrivateIdentifier(node.name) || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword))) return;
    if ((ts.isPropertyDeclaration(node) || ts.isVariableDeclaration(node)) && node.type === undefined) {
      visitType(checker.getTypeAtLocation(node.name), user);
      return;
    }
    if (ts.isFunctionLike(node) && node.type === undefined && !ts.isConstructorDeclaration(node) && !ts.isSetAccessorDeclaration(node)) {
      const signature = checker.getSignatureFromDeclaration(node);
      if (signature) visitType(signature.getReturnType(), user);
    }
    const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isExpressionWithTypeArguments(node) ? node.expression : ts.isTypeQueryNode(node) ? node.exprName : undefined;
    const found = name && checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
    if (found) use(found, user);
    ts.forEachChild(node, (child) => visit(child, user));
  };
  for (let symbol = queue.shift(); symbol !== undefined; symbol = queue.shift()) {
    if (seen.has(symbol)) continue;
    seen.add(symbol);
    for (const declaration of symbol.declarations ?? []) visit(declaration, symbol.name);
  }
  return {
    unexported: [...missing].map(([name, users]) => `${name} (used by ${[...users].sort().join(", ")})`).sort(),
    names: new Set(exports.map((symbol) => symbol.name)),
  };
}

/** The capitalised names in backticks in a markdown file's section (`## heading` up to the next `## `). */
function namesInSection(file: string, heading: string): string[] {
  const text = readFileSync(resolve(root, file), "utf8");
  const start = text.indexOf(`\n## ${heading}\n`);
  expect(start, `${file} has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, end === -1 ? undefined : end);
  return [...new Set([...section.matchAll(/`([A-Z][A-Za-z]+)`/g)].map((match) => match[1]!))];
}

/** Capitalised names those sections give that are not flows-action's: a JavaScript global, a variable. */
const notLibraryNames = new Set(["Infinity", "N", "PATH", "TypeError"]);

describe("the library's public API", () => {
  it("exports every type its functions, classes, options, results and errors take or return", () => {
    expect(libraryApi().unexported).toEqual([]);
  }, 120_000);

  it("exports every type and class README's \"As a library\" and the watcher's \"Library API\" name", () => {
    const named = [...new Set([...namesInSection("README.md", "As a library"), ...namesInSection("docs/upstream-releases.md", "Library API")])];
    expect(named.length).toBeGreaterThan(20);
    const { names } = libraryApi();
    expect(named.filter((name) => !notLibraryNames.has(name) && !names.has(name)).sort()).toEqual([]);
  }, 120_000);
});
