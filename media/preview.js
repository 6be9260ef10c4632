// Runs inside the preview webview: receives the escaped HTML body, draws the mermaid charts with
// the bundled library (strict security level) in the colours of the current VS Code theme (light,
// dark, high contrast; redrawn when the theme changes), labels the grade threshold lines, scrolls
// to the section the editor's cursor is in, and sends row clicks and "Salin tabel" to the extension.
/* global mermaid, acquireVsCodeApi, document, window, getComputedStyle, MutationObserver, performance */
(function () {
  /** Wall-clock milliseconds, comparable with the extension's: the first open's marks. */
  const epoch = () => performance.timeOrigin + performance.now();
  const marks = { page: performance.timeOrigin, mermaidStart: window.skmMermaidStart, script: epoch() };
  let firstDone = false;
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  let generation = 0;
  let lastHtml;

  const cssVar = (name, fallback) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
  const themeKind = () => {
    const classes = document.body.classList;
    if (classes.contains('vscode-high-contrast-light')) return 'hc-light';
    if (classes.contains('vscode-high-contrast')) return 'hc-dark';
    return classes.contains('vscode-dark') ? 'dark' : 'light';
  };
  /** #rgb / #rrggbb / #rrggbbaa → [r, g, b] (0..255), or undefined for anything else. */
  const rgb = (colour) => {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(colour);
    if (!hex) return undefined;
    const digits = hex[1].length === 3 ? hex[1].replace(/./g, '$&$&') : hex[1].slice(0, 6);
    return [0, 2, 4].map((index) => parseInt(digits.slice(index, index + 2), 16));
  };
  const luminance = ([r, g, b]) => {
    const channel = (value) => {
      const s = value / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  /** WCAG contrast ratio of two hex colours (1 when either cannot be read). */
  const contrast = (one, two) => {
    const a = rgb(one);
    const b = rgb(two);
    if (!a || !b) return 1;
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const hex = (channels) => `#${channels.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
  /**
   * The theme colour, moved towards the text colour just enough to stand out from the background
   * (≥ 3:1, WCAG 1.4.11 for graphics): a pale orange on white becomes a darker orange, not black.
   */
  const visible = (colour, background, foreground) => {
    const from = rgb(colour);
    const to = rgb(foreground);
    if (!from || !to) return foreground;
    for (let step = 0; step <= 10; step++) {
      const mixed = hex(from.map((value, index) => value + ((to[index] - value) * step) / 10));
      if (contrast(mixed, background) >= 3) return mixed;
    }
    return foreground;
  };

  /** The chart colours of the current theme, read from VS Code's theme variables. */
  function palette() {
    const kind = themeKind();
    const dark = kind === 'dark' || kind === 'hc-dark';
    const background = rgb(cssVar('--vscode-editor-background', '')) ? cssVar('--vscode-editor-background', '') : dark ? '#1e1e1e' : '#ffffff';
    const foregroundVar = cssVar('--vscode-editor-foreground', '');
    const foreground = rgb(foregroundVar) ? foregroundVar.slice(0, 7) : dark ? '#cccccc' : '#333333';
    const pick = (name, light, darkColour) => visible((rgb(cssVar(name, '')) ? cssVar(name, '') : dark ? darkColour : light).slice(0, 7), background, foreground);
    return {
      kind,
      dark,
      background: background.slice(0, 7),
      foreground,
      bar: pick('--vscode-charts-blue', '#1a85ff', '#3794ff'),
      grades: {
        A: pick('--vscode-charts-green', '#388a34', '#89d185'),
        B: pick('--vscode-charts-orange', '#c15d00', '#d18616'),
        C: pick('--vscode-charts-red', '#e51400', '#f14c4c'),
        D: pick('--vscode-charts-purple', '#652d90', '#b180d7'),
      },
    };
  }

  let colours = palette();
  function configure() {
    colours = palette();
    const fontFamily = getComputedStyle(document.body).fontFamily;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      fontFamily,
      themeVariables: {
        darkMode: colours.dark,
        background: colours.background,
        primaryColor: colours.background,
        primaryTextColor: colours.foreground,
        textColor: colours.foreground,
        lineColor: colours.foreground,
        fontFamily,
      },
    });
    document.body.dataset.chartTheme = colours.kind;
  }

  /** Colours each chart's series from the theme: bars, then each threshold line in its grade's colour. */
  function withColours(pre) {
    const lines = (pre.dataset.lines || '').split('|').filter(Boolean);
    const series = [colours.bar, ...(lines.length > 0 ? lines.map((line) => colours.grades[line.charAt(0)] || colours.foreground) : [colours.foreground])];
    const source = pre.dataset.source || pre.textContent;
    pre.dataset.source = source;
    const config = [
      '---',
      'config:',
      '  themeVariables:',
      '    xyChart:',
      `      backgroundColor: "${colours.background}"`,
      `      titleColor: "${colours.foreground}"`,
      `      xAxisLabelColor: "${colours.foreground}"`,
      `      xAxisTitleColor: "${colours.foreground}"`,
      `      xAxisTickColor: "${colours.foreground}"`,
      `      xAxisLineColor: "${colours.foreground}"`,
      `      yAxisLabelColor: "${colours.foreground}"`,
      `      yAxisTitleColor: "${colours.foreground}"`,
      `      yAxisTickColor: "${colours.foreground}"`,
      `      yAxisLineColor: "${colours.foreground}"`,
      `      plotColorPalette: "${series.join(',')}"`,
      '---',
    ].join('\n');
    pre.removeAttribute('data-processed');
    pre.textContent = `${config}\n${source}`;
  }

  /** Writes each threshold line's label ("A ≥ 3,5324") at its right end, in the line's colour. */
  function labelLines(pre) {
    const labels = (pre.dataset.lineLabels || '').split('|').filter(Boolean);
    const svg = pre.querySelector('svg');
    if (!svg || labels.length === 0) return;
    labels.forEach((label, index) => {
      const path = svg.querySelector(`g.line-plot-${index + 1} path`);
      if (!path) return;
      const box = path.getBBox();
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.setAttribute('x', String(box.x + box.width - 4));
      text.setAttribute('y', String(box.y - 5));
      text.setAttribute('text-anchor', 'end');
      text.setAttribute('class', 'threshold-label');
      text.setAttribute('fill', colours.grades[label.charAt(0)] || colours.foreground);
      text.textContent = label;
      path.parentNode.appendChild(text);
    });
  }

  /**
   * The charts this page drew, by their themed mermaid source (at most 16): a refresh whose chart
   * did not change (most edits change a table, not a chart) shows the same SVG without redrawing.
   */
  // A page VS Code recreates (the panel kept while hidden is still reloaded when it moves to another
  // window, for instance) starts from the charts its predecessor kept.
  const drawn = new Map((vscode.getState() || {}).charts || []);
  const remember = (source, svg) => {
    drawn.delete(source);
    drawn.set(source, svg);
    if (drawn.size > 16) drawn.delete(drawn.keys().next().value);
  };
  /** Keeps the newest charts (a page's worth) in the webview's state, for a recreated page. */
  const keepCharts = () => vscode.setState({ ...(vscode.getState() || {}), charts: Array.from(drawn).slice(-4) });

  /** Draws `html` (already in the page when `inPlace`: the body the page was created with). */
  async function render(html, inPlace = false) {
    const mine = ++generation;
    if (!inPlace) content.innerHTML = html;
    if (!firstDone) marks.body = marks.body || epoch();
    const charts = Array.from(document.querySelectorAll('pre.mermaid'));
    charts.forEach(withColours);
    const fresh = [];
    const sources = new Map();
    for (const pre of charts) {
      const svg = drawn.get(pre.textContent);
      if (svg === undefined) {
        sources.set(pre, pre.textContent);
        fresh.push(pre);
      } else {
        pre.innerHTML = svg;
        pre.setAttribute('data-processed', 'true');
      }
    }
    let error;
    try {
      if (fresh.length > 0) await mermaid.run({ nodes: fresh });
    } catch (failure) {
      error = String(failure);
    }
    if (mine !== generation) return;
    fresh.forEach(labelLines);
    for (const pre of fresh) if (pre.querySelector('svg')) remember(sources.get(pre), pre.innerHTML);
    if (fresh.length > 0) keepCharts();
    document.body.dataset.chartsDone = String(mine);
    const first = !firstDone;
    if (first) {
      firstDone = true;
      marks.charts = epoch();
    }
    vscode.postMessage({
      type: 'rendered',
      charts: document.querySelectorAll('pre.mermaid svg').length,
      redrawn: fresh.length,
      error,
      theme: colours.kind,
      marks: first ? marks : undefined,
    });
  }

  /** Scrolls to the element of `anchor` (e.g. `unsur:U3`) and marks it; tells the extension what it found. */
  function reveal(anchor) {
    const target = Array.from(content.querySelectorAll('[data-anchor]')).find((element) => element.dataset.anchor === anchor);
    for (const element of content.querySelectorAll('.synced')) element.classList.remove('synced');
    if (target) {
      target.classList.add('synced');
      target.scrollIntoView({ block: 'center' });
    }
    vscode.postMessage({ type: 'revealed', anchor, found: Boolean(target) });
  }

  configure();
  marks.mermaidReady = epoch();
  // The page came with its first body: draw it now. A page VS Code recreates
  // carries that old body: it waits for the extension's current one instead.
  const state = vscode.getState() || {};
  if (content.dataset.embedded === '1') {
    if (state.drawn) content.textContent = '…';
    else {
      lastHtml = content.innerHTML;
      void render(lastHtml, true);
    }
  }
  vscode.setState({ ...state, drawn: true });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') {
      if (!firstDone) {
        marks.received = marks.received || epoch();
        marks.webviewUpdates = (marks.webviewUpdates || 0) + 1;
      }
      lastHtml = message.html;
      void render(message.html);
    } else if (message.type === 'confirm') {
      // The kept page shown again with the body it has: report the charts in its DOM, nothing redrawn.
      vscode.postMessage({ type: 'rendered', charts: document.querySelectorAll('pre.mermaid svg').length, redrawn: 0, theme: colours.kind });
    } else if (message.type === 'reveal' && typeof message.anchor === 'string') reveal(message.anchor);
  });
  // A theme change swaps the body's classes and the theme variables: redraw the charts in the new colours.
  const redraw = new MutationObserver(() => {
    if (JSON.stringify(palette()) === JSON.stringify(colours)) return;
    configure();
    if (lastHtml !== undefined) void render(lastHtml);
  });
  redraw.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  redraw.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  // Tell the extension the script is listening; it sends the first update only then.
  vscode.postMessage({ type: 'ready' });
  content.addEventListener('click', (event) => {
    const copy = event.target.closest('button[data-copy]');
    if (copy) {
      vscode.postMessage({ type: 'copyTable', table: copy.dataset.copy, format: copy.dataset.format });
      return;
    }
    const row = event.target.closest('tr[data-unsur]');
    if (row) vscode.postMessage({ type: 'reveal', unsur: row.dataset.unsur });
    const finding = event.target.closest('li[data-file]');
    if (finding) vscode.postMessage({ type: 'revealFinding', file: finding.dataset.file, line: Number(finding.dataset.line) });
  });
})();
