/**
 * The Measures view: the coverage of the engagement of the active YAML editor (for a DCA, its
 * engagement), asked of the language server with `outsourcingPolicy/coverage` after every
 * validation round and when the active editor changes. Never throws: a failed request is
 * logged to the output channel and the view keeps what it showed.
 */
import * as vscode from 'vscode';
import { RequestType, State, type LanguageClient } from 'vscode-languageclient/node';
import {
  COVERAGE_REQUEST,
  type CoverageParams,
  type CoverageResult,
  type WireRange,
} from '../../../server/src/lsp/protocol';
import { measureNodeId, measureTree, type MeasureNode } from './model';
import { measureTexts } from './texts';

export const MEASURES_VIEW_ID = 'outsourcingPolicy.measures';

const CoverageRequest = new RequestType<CoverageParams, CoverageResult | null, void>(
  COVERAGE_REQUEST,
);

/** A validation round comes with many notifications at once: wait this long for the last. */
const REFRESH_DELAY_MS = 100;

/** What the view shows: the document it follows and its engagement's coverage (null: none). */
export interface ShownCoverage {
  uri: string;
  result: CoverageResult | null;
}

function toRange(range: WireRange): vscode.Range {
  return new vscode.Range(
    range.start.line,
    range.start.character,
    range.end.line,
    range.end.character,
  );
}

function treeItem(node: MeasureNode): vscode.TreeItem {
  const collapsed = node.children.length
    ? vscode.TreeItemCollapsibleState.Collapsed
    : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(node.label, collapsed);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = node.tooltip;
  item.contextValue = node.kind;
  item.iconPath = new vscode.ThemeIcon(
    node.icon.id,
    node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined,
  );
  if (node.target) {
    const options: vscode.TextDocumentShowOptions = node.target.range
      ? { selection: toRange(node.target.range), preserveFocus: false }
      : {};
    item.command = {
      title: vscode.l10n.t('Go to'),
      command: 'vscode.open',
      arguments: [vscode.Uri.parse(node.target.uri), options],
    };
  }
  return item;
}

/** The document the view follows: the active editor's, when it is YAML. */
function followedDocument(editor: vscode.TextEditor | undefined): string | undefined {
  return editor?.document.languageId === 'yaml' ? editor.document.uri.toString() : undefined;
}

export class MeasuresView implements vscode.TreeDataProvider<MeasureNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MeasureNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly coverageChanged = new vscode.EventEmitter<ShownCoverage | undefined>();
  /** Fires with what the view shows after each refresh. */
  readonly onDidChangeCoverage = this.coverageChanged.event;

  private readonly treeView: vscode.TreeView<MeasureNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private shown: ShownCoverage | undefined;
  private roots: MeasureNode[] = [];
  private readonly parents = new Map<string, MeasureNode>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the requests, so that an answer that arrives after a newer one is dropped. */
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.treeView = vscode.window.createTreeView(MEASURES_VIEW_ID, {
      treeDataProvider: this,
      showCollapseAll: true,
    });
    this.disposables.push(
      this.treeView,
      this.changed,
      this.coverageChanged,
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) this.scheduleRefresh();
        else if (newState === State.Stopped) this.show(undefined);
      }),
    );
  }

  getTreeItem(node: MeasureNode): vscode.TreeItem {
    return treeItem(node);
  }

  getChildren(node?: MeasureNode): MeasureNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: MeasureNode): MeasureNode | undefined {
    return this.parents.get(node.id);
  }

  /** The document to show: the active YAML editor's, else the one shown now. */
  followedUri(): string | undefined {
    return followedDocument(vscode.window.activeTextEditor) ?? this.shown?.uri;
  }

  /** What the view shows now. */
  get coverage(): ShownCoverage | undefined {
    return this.shown;
  }

  /** Asks for the coverage again shortly; many calls in a row make one request. */
  scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /**
   * Asks for the coverage of `uri` (default: the active YAML editor's document, else the one
   * shown). Without a document, or while the server is not running, the view is emptied.
   */
  async refresh(uri?: string): Promise<void> {
    const target = uri ?? this.followedUri();
    const generation = ++this.generation;
    if (!target || this.client.state !== State.Running) {
      this.show(undefined);
      return;
    }
    try {
      const result = await this.client.sendRequest(CoverageRequest, { uri: target });
      if (generation === this.generation) this.show({ uri: target, result });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.output.error(
        vscode.l10n.t('The coverage of {0} could not be read: {1}', target, reason),
      );
    }
  }

  /**
   * Shows `measure` of the engagement of `uri` (default: the document followed) in the view:
   * focuses the view and selects the measure, or the engagement when no measure is named.
   */
  async revealMeasure(uri?: string, measure?: string): Promise<void> {
    await this.refresh(uri);
    await vscode.commands.executeCommand(`${MEASURES_VIEW_ID}.focus`);
    const result = this.shown?.result;
    if (!result) return;
    const id = measure ? measureNodeId(result.file, measure) : undefined;
    const node = this.roots.find((root) => root.id === id) ?? this.roots[0];
    if (node) await this.treeView.reveal(node, { select: true, focus: true, expand: true });
  }

  private show(shown: ShownCoverage | undefined): void {
    this.shown = shown;
    const result = shown?.result;
    this.roots = result ? measureTree(result, measureTexts()) : [];
    this.parents.clear();
    for (const root of this.roots)
      for (const child of root.children) this.parents.set(child.id, root);
    this.treeView.description = result ? (result.id ?? undefined) : undefined;
    this.changed.fire(undefined);
    this.coverageChanged.fire(shown);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
