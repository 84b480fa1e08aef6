import type { TerminalCapabilities } from './terminal-capabilities';

/** Words that carry an outcome, coloured only where the stream may show colour. */
export interface TextStyle {
  good(text: string): string;
  bad(text: string): string;
}

const sgr = (code: number) => (text: string) => `\x1b[${code}m${text}\x1b[0m`;
const plain = (text: string) => text;

export function textStyle(c: TerminalCapabilities): TextStyle {
  return c.colour ? { good: sgr(32), bad: sgr(31) } : { good: plain, bad: plain };
}
