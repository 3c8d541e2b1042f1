/**
 * The system under test as the commands see it: the collection's operations bound to one scope, every request
 * written into a step log so a failing sequence can be shown request by request.
 */
import type { Operation } from '../../model/operation';
import type { RequestValues, ScenarioContext, ScenarioResponse } from '../../engine/scenario-context';
import type { WritableCollection } from './collection';
import { shortJson } from './expectations';
import type { LifecycleModel } from './lifecycle-model';
import { ModelViolation } from './violation';

/** One request of a step as the failure message shows it. */
export interface StepRequest {
  method: string;
  path: string;
  body?: string;
  status: number;
}

/** One command (or the start / cleanup) with the requests it sent. */
export interface Step {
  /** `Create #1`, `Retrieve #1`, `start`, `final check: Retrieve #1`, `cleanup`. */
  title: string;
  /** True for a generated command; false for the start, the final check and the cleanup. */
  command: boolean;
  requests: StepRequest[];
  /** What the model expected and the server contradicted, on the failing step. */
  violation?: string;
}

const SHOWN_BODY = 160;

/** The collection bound to its scope, with the log of what each step sent. */
export class LifecycleReal {
  readonly steps: Step[] = [];
  private final = false;

  constructor(
    readonly context: ScenarioContext,
    readonly collection: WritableCollection,
    /** Values of the collection path's own parameters (`{channel_id: 1}`). */
    readonly scopeParams: Record<string, unknown>,
  ) {}

  /** Opens a step; returns how messages name it (`step 3 (Update #1)`). */
  begin(title: string, command = true): string {
    const shown = this.final ? `final check: ${title}` : title;
    this.steps.push({ title: shown, command: command && !this.final, requests: [] });
    return `step ${this.steps.length - 1} (${shown})`;
  }

  /** From now on steps belong to the final check the sequence ends with, not to its generated commands. */
  startFinalCheck(): void {
    this.final = true;
  }

  /** How many generated commands ran. */
  commandCount(): number {
    return this.steps.filter((step) => step.command).length;
  }

  /** Sends one request of the current step and logs it; a transport error propagates as the context's Failure. */
  async send(operation: Operation, values: RequestValues): Promise<ScenarioResponse> {
    const response = await this.context.send(operation, values);
    const { request } = response.exchange;
    const body = typeof request.body === 'string' ? request.body : undefined;
    const shown: StepRequest = { method: request.method.toUpperCase(), path: request.path, status: response.status };
    if (body !== undefined) shown.body = body.length > SHOWN_BODY ? `${body.slice(0, SHOWN_BODY - 1)}…` : body;
    this.steps[this.steps.length - 1]?.requests.push(shown);
    return response;
  }

  /** Path values addressing one item. */
  item(id: unknown): Record<string, unknown> {
    return { ...this.scopeParams, [this.collection.itemParam]: id };
  }

  /** Marks the current step as the one the server contradicted the model in, and returns the error to throw. */
  violation(message: string): ModelViolation {
    const step = this.steps[this.steps.length - 1];
    if (step) step.violation = message;
    return new ModelViolation(message);
  }

  /** The list's `count` now (the smallest page is asked for: only the count is read). */
  async count(): Promise<number> {
    const limit = this.collection.list.inferred.pagination?.limitParam;
    const response = await this.send(this.collection.list, { pathParams: this.scopeParams, query: limit ? { [limit]: 1 } : {} });
    const count = (response.json as { count?: unknown } | undefined)?.count;
    if (response.status !== 200) throw this.violation(`the list answered ${response.status}, not 200`);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw this.violation(`the list answered count ${shortJson(count)}, not a whole number`);
    return count;
  }

  /** Deletes what the sequence left, so the next sequence starts from the same collection; never throws. */
  async cleanup(model: LifecycleModel | undefined): Promise<void> {
    const left = model?.live() ?? [];
    if (left.length === 0) return;
    this.final = false;
    this.begin('cleanup', false);
    for (const object of left) {
      try {
        await this.send(this.collection.destroy, { pathParams: this.item(object.id) });
      } catch {
        // A lost connection here must not hide the verdict the sequence already reached.
      }
    }
  }
}
