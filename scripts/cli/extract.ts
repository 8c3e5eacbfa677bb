import { CliError } from './io';

// Placeholder until the extract command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('extract is not implemented yet');
}
