/** One problem with a pack, located as precisely as the source allows. */
export interface PackError {
  packId?: string;
  ruleId?: string;
  /** Dotted path of the field inside the rule (or the pack, for pack-level fields), e.g. `message.vi`. */
  field?: string;
  /** 1-based line in the pack source (YAML or JSON). */
  line?: number;
  message: string;
}

/**
 * One line per error, e.g. `vn-x: rule "secrecy-stamp", field "message.vi" (line 12): required`. The file
 * name, when there is one, goes first so editors can jump to it.
 */
export function formatPackError(error: PackError, file?: string): string {
  const where: string[] = [];
  if (error.ruleId !== undefined) where.push(`rule "${error.ruleId}"`);
  if (error.field !== undefined) where.push(`field "${error.field}"`);
  let head = [file, error.packId ?? (file === undefined ? 'pack' : undefined)].filter(Boolean).join(': ');
  if (where.length) head += `${head ? ': ' : ''}${where.join(', ')}`;
  if (error.line !== undefined) head += ` (line ${error.line})`;
  return `${head}: ${error.message}`;
}
