import { resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// A library caller who writes a store of their own, or passes options to createStateStore, names
// the types the state API takes and returns: `saveEvent(record, options: SaveOptions)`, `readOnly:
// ReadOnlySetting`, `damageOf(): RecordDamage`. Each type those signatures use, and each type
// those types use in turn, must be importable from flows-action, or the caller can only copy it.

const root = resolve(".");
const stateFolder = resolve(root, "src", "state") + sep;

/** Every type declared under src/state/ that the public state API uses and src/index.ts does not export, with what uses it. */
function unexportedStateTypes(): string[] {
  const { config } = ts.readConfigFile(resolve(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  const entry = resolve(root, "src", "index.ts");
  const program = ts.createProgram([entry], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const library = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const real = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const exported = new Set(checker.getExportsOfModule(library).map(real));
  const inState = (symbol: ts.Symbol): boolean => symbol.declarations?.some((declaration) => declaration.getSourceFile().fileName.startsWith(stateFolder)) === true;
  const missing = new Map<string, Set<string>>();
  const queue = [...exported].filter(inState);
  const seen = new Set<ts.Symbol>();

  const visit = (node: ts.Node, user: string): void => {
    // What a caller sees: signatures and types, not bodies, private members or inferred initialisers.
    if (ts.isBlock(node)) return;
    if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node)) && (ts.isPrivateIdentifier(node.name) || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword))) return;
    if (ts.isPropertyDeclaration(node) && node.type === undefined) return;
    const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isExpressionWithTypeArguments(node) ? node.expression : undefined;
    const found = name && checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
    if (found) {
      const symbol = real(found);
      if (inState(symbol) && !(symbol.flags & ts.SymbolFlags.TypeParameter)) {
        if (!exported.has(symbol)) missing.set(symbol.name, (missing.get(symbol.name) ?? new Set()).add(user));
        queue.push(symbol);
      }
    }
    ts.forEachChild(node, (child) => visit(child, user));
  };
  for (let symbol = queue.shift(); symbol !== undefined; symbol = queue.shift()) {
    if (seen.has(symbol)) continue;
    seen.add(symbol);
    for (const declaration of symbol.declarations ?? []) visit(declaration, symbol.name);
  }
  return [...missing].map(([name, users]) => `${name} (used by ${[...users].sort().join(", ")})`).sort();
}

describe("the library's state API", () => {
  it("exports every type its functions, classes and options take or return", () => {
    expect(unexportedStateTypes()).toEqual([]);
  }, 120_000);
});
