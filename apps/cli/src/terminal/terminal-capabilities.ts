/** What a stream can show: colour (SGR escapes) and an animated spinner (cursor control). */
export interface TerminalCapabilities {
  readonly colour: boolean;
  readonly animate: boolean;
}

export interface StreamLike {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** NO_COLOR counts when present and not empty (no-color.org). */
const noColorRequested = (env: NodeJS.ProcessEnv): boolean => (env.NO_COLOR ?? '') !== '';

/**
 * NO_COLOR forbids every escape sequence (colour and the spinner's cursor control); FORCE_COLOR asks for colour on
 * a stream that is not a terminal; the spinner needs a real terminal (not TERM=dumb).
 */
export function capabilitiesOf(stream: StreamLike, env: NodeJS.ProcessEnv): TerminalCapabilities {
  if (noColorRequested(env)) return { colour: false, animate: false };
  const terminal = stream.isTTY === true && env.TERM !== 'dumb';
  const forced = (env.FORCE_COLOR ?? '') !== '' && env.FORCE_COLOR !== '0';
  return { colour: terminal || forced, animate: terminal };
}
