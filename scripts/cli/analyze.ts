import { CliError } from './io';

// Placeholder until the analyze command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('analyze is not implemented yet');
}
