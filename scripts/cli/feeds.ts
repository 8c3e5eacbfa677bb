import { CliError } from './io';

// Placeholder until the feeds command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('feeds is not implemented yet');
}
