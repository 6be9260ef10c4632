/** The preview page's files (style sheet, xychart-only mermaid, script), carried in the web bundle by the build (scripts/build.mjs). */
declare module 'skm:preview-assets' {
  const texts: { style: string; mermaid: string; script: string };
  export default texts;
}
