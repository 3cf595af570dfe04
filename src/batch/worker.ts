import { move, transferableSymbol, valueSymbol, workerData } from "piscina";
import { createUnitRenderer, type RendererSpec, type UnitOutcome, type UnitRenderer, type UnitTask } from "./render-unit.js";

/**
 * Worker-thread entry (piscina). Each worker prepares the plan and reads the templates once,
 * from the spec the pool was created with, then renders the units it is sent. Node 20 cannot
 * start a .ts worker, so this runs compiled, from dist/batch/worker.js (run-batch.ts).
 */
let render: UnitRenderer | undefined;

export default async function renderInWorker(task: UnitTask): Promise<UnitOutcome> {
  render ??= createUnitRenderer(workerData as RendererSpec);
  const outcome = await render(task);
  if (!outcome.bytes) return outcome;
  // Hand the document's buffer over instead of copying it (only with returnBytes): piscina
  // transfers what [transferableSymbol] lists and delivers [valueSymbol].
  const buffer = outcome.bytes.buffer;
  return move({
    get [transferableSymbol]() {
      return [buffer];
    },
    get [valueSymbol]() {
      return outcome;
    },
  }) as unknown as UnitOutcome;
}
