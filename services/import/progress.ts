import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  start(phase: string, total: number): void;
  advance(): void;
  stop(): void;
}

/** A progress bar on a terminal; elsewhere (CI, logs, pipes) a plain line every tenth of the way. */
export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: '{phase} [{bar}] {value}/{total} ({percentage} %)', stream },
      Presets.shades_classic,
    );
    return {
      start: (phase, total) => bar.start(total, 0, { phase }),
      advance: () => bar.increment(),
      stop: () => bar.stop(),
    };
  }
  let phase = '';
  let total = 0;
  let done = 0;
  let nextReport = 0;
  return {
    start(name, count) {
      phase = name;
      total = count;
      done = 0;
      nextReport = Math.ceil(total / 10);
      stream.write(`${phase}: 0/${total}\n`);
    },
    advance() {
      done += 1;
      if (done >= nextReport || done === total) {
        stream.write(`${phase}: ${done}/${total}\n`);
        nextReport = done + Math.ceil(total / 10);
      }
    },
    stop() {},
  };
}
