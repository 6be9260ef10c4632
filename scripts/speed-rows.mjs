// The speed workspace's responses: the sample's 2023-s1 with 10,000 deterministic rows instead of
// its own. The real-VS Code speed stages (test-vscode.mjs) and `npm run bench -- lint-edit` measure
// the same files, so their figures can be compared.

/** `count` responses.csv data rows (no header), in the sample's column order. */
export function speedRows(count = 10_000) {
  return Array.from(
    { length: count },
    (_, index) =>
      `s${index},2023-03-01,08.00-12.00,rapat,${index % 3 ? 'L' : 'P'},${20 + (index % 40)},S1,PNS,${Array.from({ length: 9 }, (_, unsur) => 1 + ((index * 7 + unsur * 5) % 4)).join(',')},`,
  );
}
