/** Every lint rule, in the order findings are reported. */
import type { LintRule } from '../finding';
import { ambiguousOneOf } from './ambiguous-one-of';
import { invalidExample } from './invalid-example';
import { missingOperationId } from './missing-operation-id';
import { missingServerError } from './missing-server-error';
import { parameterNamesOtherEntity } from './parameter-names-other-entity';
import { partialUpdateRequiresFields } from './partial-update-requires-fields';
import { refWithSiblings } from './ref-with-siblings';
import { repeatedUrlPrefix } from './repeated-url-prefix';
import { responseStatusMismatch } from './response-status-mismatch';
import { undefinedSecurityScheme } from './undefined-security-scheme';
import { writeResponseWithoutBody } from './write-response-without-body';

/** The registered rules. */
export const lintRules: readonly LintRule[] = [
  undefinedSecurityScheme,
  responseStatusMismatch,
  partialUpdateRequiresFields,
  missingOperationId,
  writeResponseWithoutBody,
  missingServerError,
  repeatedUrlPrefix,
  ambiguousOneOf,
  invalidExample,
  parameterNamesOtherEntity,
  refWithSiblings,
];
