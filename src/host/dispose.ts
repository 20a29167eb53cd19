// A small Disposable base: everything an object listens to is registered here, so disposing it releases all of it.
import type * as vscode from 'vscode';

/** Registered disposables not yet released, across all objects: the tests check that closing the panel returns
 * this to where it was before the panel opened. */
let live = 0;

export function liveDisposables(): number {
  return live;
}

export abstract class Disposable implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Last registered, first released: later listeners may depend on earlier resources.
    const registered = this.disposables.splice(0);
    live -= registered.length;
    for (const d of registered.reverse()) {
      try {
        d.dispose();
      } catch {
        // One failing disposer must not keep the others alive.
      }
    }
  }

  protected _register<T extends vscode.Disposable>(d: T): T {
    if (this.disposed) d.dispose();
    else {
      this.disposables.push(d);
      live++;
    }
    return d;
  }
}
