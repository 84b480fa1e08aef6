import { ProgressReporter, SPINNER_FRAMES } from './progress-reporter';
import { capabilitiesOf } from './terminal-capabilities';
import { textStyle } from './text-style';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { isTTY, columns: 80, write: (t: string) => out.push(t), text: () => out.join('') };
}
const hasFrame = (s: string) => SPINNER_FRAMES.some((f) => s.includes(f));

describe('terminal capabilities', () => {
  it('a terminal gets colour and the spinner; a pipe neither; FORCE_COLOR gives a pipe colour but no spinner', () => {
    expect(capabilitiesOf({ isTTY: true, write: () => 0 }, {})).toEqual({ colour: true, animate: true });
    expect(capabilitiesOf({ isTTY: false, write: () => 0 }, {})).toEqual({ colour: false, animate: false });
    expect(capabilitiesOf({ write: () => 0 }, { FORCE_COLOR: '1' })).toEqual({ colour: true, animate: false });
    expect(capabilitiesOf({ isTTY: true, write: () => 0 }, { TERM: 'dumb' })).toEqual({ colour: false, animate: false });
  });

  it('NO_COLOR (not empty) turns off colour and the spinner even on a terminal with FORCE_COLOR; empty NO_COLOR does not', () => {
    expect(capabilitiesOf({ isTTY: true, write: () => 0 }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toEqual({ colour: false, animate: false });
    expect(capabilitiesOf({ isTTY: true, write: () => 0 }, { NO_COLOR: '' })).toEqual({ colour: true, animate: true });
    expect(textStyle({ colour: false, animate: false }).bad('DOWN')).toBe('DOWN');
    expect(textStyle({ colour: true, animate: false }).bad('DOWN')).toBe('\x1b[31mDOWN\x1b[0m');
  });
});

describe('ProgressReporter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('on a terminal: the spinner advances frame by frame under the lines, and stop() erases it', () => {
    const s = stream(true);
    let t = 0;
    const p = new ProgressReporter(s, capabilitiesOf(s, {}), () => t);
    p.start('ping');
    t = 250;
    jest.advanceTimersByTime(250);
    p.line('ping: iommu answered');
    p.stop();
    const text = s.text();
    expect(SPINNER_FRAMES.slice(0, 4).every((f) => text.includes(`${f} `))).toBe(true);
    expect(text).toContain('\r\x1b[Kping: iommu answered\n');
    expect(text).toContain('0.3s');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
    const after = text.length;
    jest.advanceTimersByTime(1000);
    expect(s.text().length).toBe(after); // no frame after stop()
  });

  it('not a terminal, or NO_COLOR: plain lines only, no frame, no escape', () => {
    for (const [isTTY, env] of [[false, {}], [true, { NO_COLOR: '1' }]] as const) {
      const s = stream(isTTY);
      const p = new ProgressReporter(s, capabilitiesOf(s, env));
      p.start('boot');
      jest.advanceTimersByTime(1000);
      p.line('boot: PROTECTED');
      p.stop();
      expect(s.text()).toBe('boot: PROTECTED\n');
      expect(hasFrame(s.text())).toBe(false);
    }
  });
});
