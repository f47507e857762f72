// Tracks what the emitted module imports: runtime helpers (only those used, like
// sucrase's HelperManager) and the runtime modules that mirror Python imports
// (`import os` -> `import * as os from "py2ts-mp/runtime/os"`). Helper names that
// the script itself binds are imported under an alias (`import { sum as pySum }`).

import ts from "typescript";
import type { NameManager } from "./names.js";

export const runtimeSpecifier = "py2ts-mp/runtime";

/** The runtime bundle exports each runtime module's namespace as `__runtime_<module>` (tools/bundleRuntime.ts). */
const bundleNamespacePrefix = "__runtime_";

/**
 * The runtime bundle's export of a runtime module's namespace (`os/path` ->
 * `__runtime_os_path`), or of one of its members (`__runtime_string$whitespace`):
 * a member is re-exported by name so that it stays a live binding (sys.version_info
 * and string.whitespace change when runModule sets the dialect).
 */
export function bundleExportName(module: string, member?: string): string {
  const namespace = `${bundleNamespacePrefix}${module.replace(/\//g, "_")}`;
  return member === undefined ? namespace : `${namespace}$${member}`;
}

interface ModuleImport {
  /** `import * as local from ...`, once per name the script gives the module (`import os`, `import os as o`). */
  namespaces: string[];
  /** Named members: imported name -> local name. */
  members: Map<string, string>;
}

export class ImportManager {
  private readonly _helpers = new Map<string, string>();
  private readonly _modules = new Map<string, ModuleImport>();

  constructor(private readonly _names: NameManager) {}

  /** An identifier for runtime helper `name`, recording the import. */
  helper(name: string): ts.Identifier {
    let local = this._helpers.get(name);
    if (!local) {
      local = this._names.isTaken(name) ? this._names.unique(`py${name[0]!.toUpperCase()}${name.slice(1)}`) : name;
      this._helpers.set(name, local);
    }
    return ts.factory.createIdentifier(local);
  }

  /** `import * as local from "py2ts-mp/runtime/<path>"`. */
  namespace(path: string, local: string): void {
    const namespaces = this._module(path).namespaces;
    if (!namespaces.includes(local)) namespaces.push(local);
  }

  /** `import { member as local } from "py2ts-mp/runtime/<path>"`. */
  member(path: string, member: string, local: string): void {
    this._module(path).members.set(member, local);
  }

  private _module(path: string): ModuleImport {
    let entry = this._modules.get(path);
    if (!entry) {
      entry = { namespaces: [], members: new Map() };
      this._modules.set(path, entry);
    }
    return entry;
  }

  /** The import declarations, runtime modules first in the order Python imported them, then helpers. */
  declarations(): ts.ImportDeclaration[] {
    const f = ts.factory;
    const out: ts.ImportDeclaration[] = [];
    for (const [path, entry] of this._modules) {
      const specifier = f.createStringLiteral(`${runtimeSpecifier}/${path}`);
      for (const namespace of entry.namespaces) {
        out.push(f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamespaceImport(f.createIdentifier(namespace))), specifier));
      }
      if (entry.members.size > 0) out.push(namedImport(entry.members, specifier));
    }
    if (this._helpers.size > 0) {
      const sorted = new Map([...this._helpers].sort(([a], [b]) => a.localeCompare(b)));
      out.push(namedImport(sorted, ts.factory.createStringLiteral(runtimeSpecifier)));
    }
    return out;
  }
}

function namedImport(members: ReadonlyMap<string, string>, specifier: ts.StringLiteral): ts.ImportDeclaration {
  const f = ts.factory;
  const specifiers = [...members].map(([imported, local]) =>
    f.createImportSpecifier(false, imported === local ? undefined : f.createIdentifier(imported), f.createIdentifier(local)),
  );
  return f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports(specifiers)), specifier);
}
