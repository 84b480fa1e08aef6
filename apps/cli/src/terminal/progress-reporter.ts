import type { StreamLike, TerminalCapabilities } from './terminal-capabilities';

/** Braille spinner frames (as cli-spinners' "dots"). */
export const SPINNER_FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;
const FRAME_MS = 80;
const CLEAR_LINE = '\r\x1b[K';

/**
 * Progress on stderr. Every line is printed as it comes; on a terminal a spinner line under them repeats the latest
 * one with the seconds waited, so a slow call shows it is alive. Without a terminal (or with NO_COLOR) there is no
 * spinner and no escape sequence: plain lines only.
 */
export class ProgressReporter {
  private frame = 0;
  private timer?: NodeJS.Timeout;
  private current = '';
  private startedAt = 0;

  constructor(
    private readonly stream: StreamLike & { columns?: number },
    private readonly caps: TerminalCapabilities,
    private readonly now: () => number = Date.now,
  ) {}

  /** A progress line (stderr); the spinner, when running, moves below it. */
  readonly line = (text: string): void => {
    if (!this.timer) {
      this.stream.write(`${text}\n`);
      return;
    }
    this.current = text;
    this.stream.write(`${CLEAR_LINE}${text}\n`);
    this.draw();
  };

  /** Starts the spinner (a terminal only) with what is being waited for. */
  start(activity: string): void {
    if (!this.caps.animate || this.timer) return;
    this.current = activity;
    this.startedAt = this.now();
    this.timer = setInterval(() => this.draw(), FRAME_MS);
    this.timer.unref();
    this.draw();
  }

  /** Erases the spinner line before something else writes to the same terminal (stdout); the next frame redraws it. */
  clearForOutput(): void {
    if (this.timer) this.stream.write(CLEAR_LINE);
  }

  /** Stops the spinner and erases its line, so stdout and the shell prompt start on a clean line. */
  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.stream.write(CLEAR_LINE);
  }

  private draw(): void {
    const seconds = ((this.now() - this.startedAt) / 1000).toFixed(1);
    const width = Math.max(20, (this.stream.columns ?? 80) - 12);
    const text = this.current.length > width ? `${this.current.slice(0, width - 1)}…` : this.current;
    this.stream.write(`${CLEAR_LINE}${SPINNER_FRAMES[this.frame++ % SPINNER_FRAMES.length]} ${text} ${seconds}s`);
  }
}
