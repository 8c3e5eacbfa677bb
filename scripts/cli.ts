/**
 * Parallax's command line: the extension's own core, reachable from Node.
 * The commands, flags and output shapes are fixed by ../shared/CONTRACT.md.
 *   npm run --silent cli -- <command> [flags]
 */
import { CliError } from './cli/io';

type Command = (args: string[]) => Promise<void>;

// Each command lives in its own module, loaded only when asked for (jsdom is slow to load).
const commands: Record<string, () => Promise<{ run: Command }>> = {
  extract: () => import('./cli/extract'),
  source: () => import('./cli/source'),
  import: () => import('./cli/import'),
  feeds: () => import('./cli/feeds'),
  related: () => import('./cli/related'),
  cluster: () => import('./cli/cluster'),
  analyze: () => import('./cli/analyze'),
};

const usage = `usage: npm run --silent cli -- <command> [flags]
commands: ${Object.keys(commands).join(', ')} (see ../shared/CONTRACT.md and README.md)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(`${usage}\n`);
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`unknown command "${name}"\n${usage}\n`);
    return 1;
  }
  try {
    const { run } = await load();
    await run(args);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`parallax ${name}: ${error.message}\n`);
      return 1;
    }
    // An unexpected failure still gets a one-line reason first; the stack follows for bug reports.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parallax ${name}: internal error: ${message.split('\n')[0]}\n`);
    if (process.env.PARALLAX_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
