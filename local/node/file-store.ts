import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MemoryStore } from '../../src/store/memory-store';

/**
 * The workbench's store: the in-memory store, written through to one JSON file after every
 * change (write to a temp file, then rename, so a crash never leaves half a file). A restart
 * loses nothing.
 */
export class FileStore extends MemoryStore {
  private readonly file: string;

  constructor(dir: string) {
    super();
    this.file = join(dir, 'store.json');
    mkdirSync(dir, { recursive: true });
    try {
      const entries = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(entries)) this.data.set(k, JSON.stringify(v));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error(`Cannot read the workbench store ${this.file}: ${(err as Error).message}`);
      }
    }
  }

  protected override async persist(): Promise<void> {
    const obj: Record<string, unknown> = {};
    for (const [k, raw] of this.data) obj[k] = JSON.parse(raw);
    const tmp = `${this.file}.${process.pid}.tmp`;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(tmp, JSON.stringify(obj, null, 1));
    renameSync(tmp, this.file);
  }
}
