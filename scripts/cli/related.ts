import { CliError } from './io';

// Placeholder until the related command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('related is not implemented yet');
}
