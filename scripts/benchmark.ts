/** One `npm run bench` figure: a name, what it measures, and the lines it prints. */
export interface Benchmark {
  name: string;
  summary: string;
  /** Lines to print. */
  run(): Promise<string[]>;
}
