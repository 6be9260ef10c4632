/** One question on the terminal (interactive `skm init`); answers end at a newline. */
import * as readline from 'node:readline/promises';

export async function prompt(question: string): Promise<string> {
  const reader = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await reader.question(question);
  } finally {
    reader.close();
  }
}
