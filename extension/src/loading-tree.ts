/**
 * What the tree views that fill in the background share (the RTL history, the roll-up): the
 * change event, and the last load, which tests await through `settled()`.
 */
import * as vscode from 'vscode';

export abstract class LoadingTree<Node> implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private loading: Promise<void> | undefined;

  /** Runs `work` as the view's current load; the view refreshes when it ends, however it ends. */
  protected track(work: () => Promise<void>): Promise<void> {
    const loading = work().finally(() => this.emitter.fire(undefined));
    this.loading = loading;
    return loading;
  }

  /** Resolves when the last load has finished (for tests). */
  settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
