/** The three OMS cancellation-reason operations: list, detail and pull_from_omnitron. */
import type { Handler } from '../http/request-context';
import { empty, json, notFound } from '../http/mock-response';
import { renderCancellationReason } from '../models/cancellation-reason';
import { EMBEDDED_OMNITRON_REASONS } from '../data/omnitron-reasons';
import { fetchOmnitronReasons } from '../oms/fetch-omnitron-reasons';
import { applyPull } from '../oms/apply-pull';

/** GET /api/v1/oms/cancellation-reasons/: the pulled reasons, paginated in an envelope (empty before a pull). */
export const listCancellationReasons: Handler = (context) =>
  context.paginator.envelope(context.state.cancellationReasons.all().map(renderCancellationReason), context.pageRequest);

/** GET /api/v1/oms/cancellation-reasons/{pk}/: one reason, or 404. */
export const retrieveCancellationReason: Handler = (context) => {
  const row = context.state.cancellationReasons.get(context.params.pk as number);
  return row === undefined ? notFound() : json(200, renderCancellationReason(row));
};

/**
 * GET .../pull_from_omnitron/: copies the reasons from Omnitron (the upstream URL when configured, else the embedded
 * set) and answers 200 with an empty body, as the OMS page documents. An unreachable upstream is a 502.
 */
export const pullCancellationReasons: Handler = async (context) => {
  const { upstreamUrl, upstreamToken } = context.options;
  let reasons = EMBEDDED_OMNITRON_REASONS;
  if (upstreamUrl !== undefined) {
    try {
      reasons = await fetchOmnitronReasons({ url: upstreamUrl, token: upstreamToken });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return json(502, { detail: `Could not pull cancellation reasons from Omnitron: ${reason}`, code: 'upstream_error' });
    }
  }
  // The state is only touched after every await, in one synchronous step.
  applyPull(context.state.cancellationReasons, reasons, context.options.now());
  return empty(200);
};
