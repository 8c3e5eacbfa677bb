import { CliError } from './io';

// Placeholder until the source command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('source is not implemented yet');
}
