/** Groups the positions of values that occur more than once (empty values are ignored). */
export function findDuplicates(values: readonly string[]): { value: string; first: number; repeats: number[] }[] {
  const seen = new Map<string, { value: string; first: number; repeats: number[] }>();
  values.forEach((value, index) => {
    if (value === '') return;
    const entry = seen.get(value);
    if (entry) entry.repeats.push(index);
    else seen.set(value, { value, first: index, repeats: [] });
  });
  return [...seen.values()].filter((entry) => entry.repeats.length > 0);
}
