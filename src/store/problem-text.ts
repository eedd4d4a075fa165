import type { PackProblem } from './pack-record';

/** One line per problem, naming the rule, field and line it is about (for logs and subscription errors). */
export function describeProblem(problem: PackProblem): string {
  const where = [
    problem.packId ? `pack ${problem.packId}` : '',
    problem.ruleId ? `rule ${problem.ruleId}` : '',
    problem.field ? `field ${problem.field}` : '',
    problem.line ? `line ${problem.line}` : '',
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${problem.message}` : problem.message;
}
