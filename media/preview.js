// Runs inside the preview webview: receives the escaped HTML body, draws the mermaid charts with
// the bundled library (strict security level), and reports row clicks back to the extension.
/* global mermaid, acquireVsCodeApi, document, window, getComputedStyle */
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  const dark = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default', fontFamily: getComputedStyle(document.body).fontFamily });
  let generation = 0;
  window.addEventListener('message', async (event) => {
    const message = event.data;
    if (message.type !== 'update') return;
    const mine = ++generation;
    content.innerHTML = message.html;
    let error;
    try {
      await mermaid.run({ querySelector: 'pre.mermaid' });
    } catch (failure) {
      error = String(failure);
    }
    if (mine !== generation) return;
    document.body.dataset.chartsDone = String(mine);
    vscode.postMessage({ type: 'rendered', charts: document.querySelectorAll('pre.mermaid svg').length, error });
  });
  // Tell the extension the script is listening; it sends the first update only then.
  vscode.postMessage({ type: 'ready' });
  content.addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-unsur]');
    if (row) vscode.postMessage({ type: 'reveal', unsur: row.dataset.unsur });
    const finding = event.target.closest('li[data-file]');
    if (finding) vscode.postMessage({ type: 'revealFinding', file: finding.dataset.file, line: Number(finding.dataset.line) });
  });
})();
