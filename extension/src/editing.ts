/**
 * Editing help without another extension: completion, go-to-definition, find-references, rename
 * of unsur and service codes across the workspace, and the outline of the YAML files. The logic
 * is the core's (`src/core/editing/`); this adapter converts positions and builds one
 * WorkspaceEdit for a rename.
 */
import * as vscode from 'vscode';
import { kindOfCode } from '../../src/core/editing/codes';
import type { Candidate } from '../../src/core/editing/completion';
import { completeCsv, completeYaml, fileKindOf, keyDocumentation } from '../../src/core/editing/completion';
import type { CodeLocation, TextFile } from '../../src/core/editing/references';
import { findCodeLocations, planRename } from '../../src/core/editing/references';
import type { OutlineSymbol } from '../../src/core/editing/symbols';
import { outlineOf } from '../../src/core/editing/symbols';
import type { Range } from '../../src/core/model/diagnostic';
import type { Unit } from '../../src/core/model/types';
import { decodeText } from '../../src/core/parse/decode-text';
import { tr } from './l10n';
import type { WorkspaceModel } from './workspace-model';

const WORD = /[A-Za-z][A-Za-z0-9_-]*/;
const COMPLETION_KIND: Record<Candidate['kind'], vscode.CompletionItemKind> = {
  unsur: vscode.CompletionItemKind.EnumMember,
  service: vscode.CompletionItemKind.Constant,
  profile: vscode.CompletionItemKind.Value,
  enum: vscode.CompletionItemKind.EnumMember,
  key: vscode.CompletionItemKind.Property,
  scale: vscode.CompletionItemKind.Value,
};

const toRange = (range: Range): vscode.Range => new vscode.Range(range.start.line, range.start.column, range.end.line, range.end.column);

export class EditingHelp
  implements
    vscode.CompletionItemProvider,
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.RenameProvider,
    vscode.DocumentSymbolProvider,
    vscode.HoverProvider
{
  constructor(private readonly model: () => WorkspaceModel | undefined) {}

  private relative(uri: vscode.Uri): string | undefined {
    const model = this.model();
    return model?.relativeOf(uri);
  }

  private unit(): Unit | undefined {
    return this.model()?.result.loaded.workspace?.unit;
  }

  /** The workspace's data files (open buffers first), decoded. */
  private files(): TextFile[] {
    const model = this.model();
    if (!model) return [];
    const files = model.files();
    return files
      .list()
      .filter((file) => file.endsWith('.md') || fileKindOf(file) !== undefined)
      .map((file) => {
        const content = files.read(file);
        return { file, text: typeof content === 'string' ? content : content ? decodeText(file, content).text : '' };
      });
  }

  private uriOf(file: string): vscode.Uri {
    const model = this.model();
    return model ? model.uriOf(file) : vscode.Uri.file(file);
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const relative = this.relative(document.uri);
    const kind = relative ? fileKindOf(relative) : undefined;
    if (!kind) return [];
    const unit = this.unit();
    const text = document.getText();
    const candidates =
      kind === 'csv'
        ? completeCsv(text, position.line, position.character, unit)
        : completeYaml(kind, text, position.line, position.character, unit);
    return candidates.map((candidate, index) => {
      const item = new vscode.CompletionItem({ label: candidate.label, description: candidate.detail }, COMPLETION_KIND[candidate.kind]);
      item.detail = candidate.detail;
      item.sortText = String(index).padStart(4, '0');
      if (candidate.kind === 'key') item.insertText = `${candidate.label}: `;
      return item;
    });
  }

  /** The unsur or service code under the cursor, with its range. */
  private codeAt(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { code: string; kind: 'unsur' | 'service'; range: vscode.Range } | undefined {
    const range = document.getWordRangeAtPosition(position, WORD);
    const unit = this.unit();
    if (!range || !unit) return undefined;
    const code = document.getText(range);
    const kind = kindOfCode(unit, code);
    return kind ? { code, kind, range } : undefined;
  }

  private locations(document: vscode.TextDocument, position: vscode.Position): CodeLocation[] {
    const found = this.codeAt(document, position);
    return found ? findCodeLocations(this.files(), found.code, found.kind) : [];
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    return this.locations(document, position)
      .filter((location) => location.definition)
      .map((location) => new vscode.Location(this.uriOf(location.file), toRange(location.range)));
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    return this.locations(document, position)
      .filter((location) => context.includeDeclaration || !location.definition)
      .map((location) => new vscode.Location(this.uriOf(location.file), toRange(location.range)));
  }

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const found = this.codeAt(document, position);
    if (!found) throw new Error(tr('Rename works on unsur and service codes.'));
    return { range: found.range, placeholder: found.code };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const found = this.codeAt(document, position);
    const unit = this.unit();
    if (!found || !unit) throw new Error(tr('Rename works on unsur and service codes.'));
    const taken = [...unit.unsur.map((unsur) => unsur.code), ...unit.services.map((service) => service.code)];
    const plan = planRename(this.files(), found.code, found.kind, newName, taken);
    if (plan.error) throw new Error(plan.error);
    const edit = new vscode.WorkspaceEdit();
    for (const change of plan.edits) edit.replace(this.uriOf(change.file), toRange(change.range), change.newText);
    return edit;
  }

  /** A key's meaning from the JSON Schema (what the YAML extension would show), in the schema's words. */
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const relative = this.relative(document.uri);
    const kind = relative ? fileKindOf(relative) : undefined;
    if (!kind || kind === 'csv') return undefined;
    const doc = keyDocumentation(kind, document.getText(), position.line, position.character);
    if (!doc) return undefined;
    const markdown = new vscode.MarkdownString();
    markdown.appendText(doc.title);
    if (doc.description) markdown.appendMarkdown('\n\n').appendText(doc.description);
    return new vscode.Hover(markdown);
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const convert = (symbol: OutlineSymbol): vscode.DocumentSymbol => {
      const kind =
        symbol.kind === 'item'
          ? vscode.SymbolKind.Object
          : symbol.kind === 'section'
            ? vscode.SymbolKind.Namespace
            : vscode.SymbolKind.Property;
      const range = toRange(symbol.range);
      const selection = toRange(symbol.selectionRange);
      const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, kind, range, range.contains(selection) ? selection : range);
      result.children = symbol.children.map(convert);
      return result;
    };
    return outlineOf(document.uri.path, document.getText()).map(convert);
  }
}
