/** `1 epoch`, `2 epochs`: a count with its noun in the right number (`plural` for irregular nouns). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
