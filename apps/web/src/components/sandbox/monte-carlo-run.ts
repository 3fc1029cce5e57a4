import { childSeed, Decimal, type MonteCarloLiquidationResult, monteCarloLiquidation } from '@liqlab/core';

export interface MonteCarloRequest {
  seed: string;
  paths: number;
  steps: number;
  spot: Decimal;
  barrier: Decimal;
  stop?: Decimal;
  takeProfit?: Decimal;
  annualVolatility: number;
  annualDrift: number;
  horizonDays: number;
}

export interface MonteCarloTally {
  done: number;
  liquidated: number;
  stoppedOut: number;
  tookProfit: number;
  survived: number;
}

export const CHUNK_PATHS = 500;

/** Chunk `k` of a run: its own child seed, so the total is the same however the chunks are scheduled. */
export function monteCarloChunk(request: MonteCarloRequest, k: number): MonteCarloLiquidationResult {
  const paths = Math.min(CHUNK_PATHS, request.paths - k * CHUNK_PATHS);
  return monteCarloLiquidation({
    seed: childSeed(request.seed, `monte-carlo-${k}`),
    paths,
    steps: request.steps,
    spot: request.spot,
    barrier: request.barrier,
    ...(request.stop ? { stop: request.stop } : {}),
    ...(request.takeProfit ? { takeProfit: request.takeProfit } : {}),
    annualVolatility: request.annualVolatility,
    annualDrift: request.annualDrift,
    horizonDays: request.horizonDays,
  });
}

/** Adds a chunk's shares back as path counts (shares × paths are whole numbers up to float rounding). */
export function addChunk(tally: MonteCarloTally, chunk: MonteCarloLiquidationResult): MonteCarloTally {
  const count = (share: number) => Math.round(share * chunk.paths);
  return {
    done: tally.done + chunk.paths,
    liquidated: tally.liquidated + count(chunk.liquidated),
    stoppedOut: tally.stoppedOut + count(chunk.stoppedOut),
    tookProfit: tally.tookProfit + count(chunk.tookProfit),
    survived: tally.survived + count(chunk.survived),
  };
}

export const EMPTY_TALLY: MonteCarloTally = {
  done: 0,
  liquidated: 0,
  stoppedOut: 0,
  tookProfit: 0,
  survived: 0,
};

/**
 * Runs the whole simulation in chunks, yielding to the browser between them so typing and scrolling
 * stay responsive; `onProgress` sees the running tally. Aborting stops after the current chunk.
 */
export async function runMonteCarlo(
  request: MonteCarloRequest,
  onProgress: (tally: MonteCarloTally) => void,
  signal?: AbortSignal,
): Promise<MonteCarloTally> {
  const chunks = Math.ceil(request.paths / CHUNK_PATHS);
  let tally = EMPTY_TALLY;
  for (let k = 0; k < chunks; k++) {
    if (signal?.aborted) break;
    tally = addChunk(tally, monteCarloChunk(request, k));
    onProgress(tally);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return tally;
}

export function share(count: number, tally: MonteCarloTally): Decimal {
  return tally.done === 0 ? new Decimal(0) : new Decimal(count).div(tally.done);
}
