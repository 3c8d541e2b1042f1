/** A failing sequence written out for a person: each step, the requests it sent, the status each got. */
import type { Step } from './lifecycle-real';

/** The steps as indented lines; the step the server contradicted the model in is marked with its reason. */
export function describeSteps(steps: Step[]): string[] {
  const lines: string[] = [];
  steps.forEach((step, index) => {
    lines.push(`    ${index}. ${step.title}`);
    for (const request of step.requests) lines.push(`         ${request.method} ${request.path}${request.body === undefined ? '' : ` ${request.body}`} -> ${request.status}`);
    if (step.violation) lines.push(`         ✗ ${step.violation}`);
  });
  return lines;
}
