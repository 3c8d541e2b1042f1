/**
 * The `spec` suite of an API: one failing test per defect of its document (category `spec defect`, naming the
 * fragment file and JSON pointer, and what the run does instead), and one skipped test per operation that could
 * not be built, with the reason. With --shard they are shown in the first shard only, so a merged report has each once.
 */
import * as allure from 'allure-js-commons';
import type { ApiModel } from '../model/operation';
import type { SpecFinding } from '../spec/spec-finding';
import { Category } from '../checks/categories';
import type { Session } from '../engine/session';
import { reportsSpecDefects, specDefectFinding } from '../engine/spec-defects';
import { ConformanceFailure } from './conformance-failure';
import { skipWithReason } from './skip';
import { setCategory } from '../reporters/verdict-category';

/** True when the API has findings or skipped operations to show in this run. */
export function hasSpecSuite(session: Session, api: ApiModel): boolean {
  if (!reportsSpecDefects(session.config)) return false;
  return (api.specFindings?.length ?? 0) + (api.skippedOperations?.length ?? 0) > 0;
}

/** A test title: the kind of defect and where it is. */
function titleOf(finding: SpecFinding): string {
  return `${finding.kind.replace(/-/g, ' ')} at ${finding.file}#${finding.pointer}`;
}

async function label(api: ApiModel, story: string): Promise<void> {
  await allure.epic(api.title || api.name);
  await allure.feature('spec');
  await allure.story(story);
  await allure.severity('critical');
  await allure.tag('spec');
}

/** Declares the `spec` describe of one API (call inside the API's describe). */
export function describeSpecFindings(session: Session, api: ApiModel): void {
  if (!hasSpecSuite(session, api)) return;
  describe('spec', () => {
    for (const finding of api.specFindings ?? []) {
      it(titleOf(finding), async function () {
        await label(api, finding.operation ?? 'document');
        await allure.parameter('file', finding.file);
        await allure.parameter('pointer', finding.pointer);
        await allure.parameter('fallback', finding.fallback);
        setCategory(this, Category.specDefect);
        // The message of the typed finding the engine announced (`spec-finding`), so report and event say the same.
        throw new ConformanceFailure(specDefectFinding(api, finding).message);
      });
    }
    for (const skipped of api.skippedOperations ?? []) {
      it(`${skipped.operation} is not run`, async function () {
        await label(api, skipped.operation);
        await skipWithReason(this, `the operation cannot be built: ${skipped.reason}`);
      });
    }
  });
}
