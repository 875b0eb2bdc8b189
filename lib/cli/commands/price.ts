import { CliError, type CliIO } from '../io';

export async function run(_args: string[], _io: CliIO): Promise<number> {
  throw new CliError('price: not built yet', 1);
}
