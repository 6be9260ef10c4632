/**
 * The print stylesheet of the HTML and PDF reports, embedded in every HTML file (kept here as a
 * module so the bundled CLI needs no file beside it). A4 with 2,5 cm margins; fonts named
 * explicitly (DejaVu, present on Debian) so output does not depend on fontconfig's defaults;
 * left-aligned text, since no Indonesian hyphenation dictionary is available offline. Page
 * numbers are CSS page-margin boxes ("Halaman N dari M"), which Chromium prints since version
 * 131; the cover is a named page without one.
 */
export const REPORT_CSS = `
@page {
  size: A4;
  margin: 2.5cm;
  @bottom-center { content: 'Halaman ' counter(page) ' dari ' counter(pages); font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #333; }
}
@page cover { @bottom-center { content: none; } }
html { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0; padding: 0; text-align: left; hyphens: manual; overflow-wrap: break-word; }
@media screen {
  body { max-width: 16cm; margin: 2rem auto; padding: 0 1rem; }
  .page-break { border-top: 1px dashed #bbb; margin: 2rem 0; }
}
#title-block-header { display: none; }
h1, h2, h3, h4 { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 0 0 1.4em; letter-spacing: 0.02em; }
h2 { font-size: 12pt; margin: 1.4em 0 0.5em; }
h3 { font-size: 11pt; margin: 1.2em 0 0.4em; }
h4 { font-size: 11pt; font-style: italic; margin: 1em 0 0.3em; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.4em; }
li { margin: 0.15em 0; }
code, pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
strong { font-weight: bold; }
hr { border: none; border-top: 0.5pt solid #000; margin: 1em 0; }

.page-break { break-after: page; page-break-after: always; height: 0; margin: 0; padding: 0; }
/* Leaving the named cover page already starts a new page. */
.cover + .page-break { break-after: auto; page-break-after: auto; }

.cover { page: cover; text-align: center; font-family: 'DejaVu Sans', sans-serif; padding-top: 5cm; }
.cover p { font-size: 14pt; line-height: 1.6; margin: 0 0 2.2em; }
.cover p:first-child { font-size: 18pt; margin-bottom: 3cm; }
.cover img { max-width: 4cm; max-height: 4cm; }

table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; line-height: 1.3; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
col { width: auto !important; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; text-align: center; vertical-align: middle; }
table caption { caption-side: top; font-size: 9.5pt; font-weight: bold; text-align: left; padding-bottom: 0.3em; }

pre.mermaid { font-family: 'DejaVu Sans', sans-serif; text-align: center; white-space: pre; margin: 0.8em 0 0.2em; break-inside: avoid; page-break-inside: avoid; }
pre.mermaid svg { max-width: 100%; height: auto; max-height: 7cm; }
pre.mermaid svg[aria-roledescription='pie'] { max-height: 7cm; }
p.figure { text-align: center; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; margin: 0.2em 0 1.2em; break-inside: avoid; page-break-inside: avoid; break-before: avoid; }
p.figure img { display: block; margin: 0 auto 0.4em; max-width: 75%; max-height: 9cm; border: 0.5pt solid #999; }

/* A marked report (draft, or open findings that touch printed figures; see review.ts): a fixed
   element repeats on every printed page, so the watermark needs no script and no image. */
.skm-draf { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-35deg); font-family: 'DejaVu Sans', sans-serif; font-size: 110pt; font-weight: bold; letter-spacing: 0.15em; color: rgba(192, 0, 0, 0.14); z-index: 10; pointer-events: none; white-space: nowrap; }
mark.skm-cek { background: #ffe08a; color: #000; border-bottom: 1.2pt solid #c00000; padding: 0 1pt; }
.skm-draf p, .skm-draf strong { margin: 0; font-weight: bold; }
.skm-cek-catatan { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; font-weight: bold; color: #c00000; white-space: nowrap; }

/* The roll-up's trend and compliance tables: figures, period ids and check marks stay on one
   line; the unit name (and the compliance headings, status and reasons) wrap. */
.skm-rekap th:not(:first-child), .skm-rekap td:not(:first-child) { white-space: nowrap; }
.skm-kepatuhan th, .skm-kepatuhan td:nth-child(2), .skm-kepatuhan td:last-child { white-space: normal; }

.signature { width: 7.5cm; margin: 2em 0 0 auto; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.signature p { margin: 0; }
.signature p + p { margin-top: 2.4cm; }
.signature strong { text-decoration: underline; }
`;
