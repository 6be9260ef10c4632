/** The few assertions the web suite needs (node:assert does not exist in a web worker). */
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new Error(message ?? `expected ${String(expected)}, got ${String(actual)}`);
}

export function match(text: string, pattern: RegExp): void {
  if (!pattern.test(text)) throw new Error(`${JSON.stringify(text.slice(0, 300))} does not match ${String(pattern)}`);
}

export async function rejects(promise: Promise<unknown>, message = 'expected a rejection'): Promise<void> {
  try {
    await promise;
  } catch {
    return;
  }
  throw new Error(message);
}
