import { CliError } from './io';

// Placeholder until the cluster command lands.
export async function run(_args: string[]): Promise<void> {
  throw new CliError('cluster is not implemented yet');
}
