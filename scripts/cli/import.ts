import { CliError } from './io';

// Placeholder until the import command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('import is not implemented yet');
}
