import { isRules, type PositionSpec } from '@liqlab/core';

/** The position props several diagrams share, as a lesson writes them (all strings). */
export interface PositionDiagramProps {
  rules: string;
  side: string;
  entryPrice: string;
  quantity: string;
  leverage: string;
  maintenanceMarginRate: string;
  /** Isolated margin overriding notional ÷ leverage. */
  margin?: string;
  baseAsset?: string;
}

/**
 * An isolated position spec from a lesson's props. The props are fixed by the lesson and rendered at
 * build time, so a wrong one is an authoring error that must fail the build, not a reader's input.
 */
export function isolatedSpecOf(component: string, props: PositionDiagramProps): PositionSpec {
  if (!isRules(props.rules)) throw new Error(`<${component}>: unknown rules "${props.rules}"`);
  if (props.side !== 'long' && props.side !== 'short') {
    throw new Error(`<${component}>: side must be long or short, got "${props.side}"`);
  }
  return {
    rules: props.rules,
    side: props.side,
    marginMode: 'isolated',
    entryPrice: props.entryPrice,
    quantity: props.quantity,
    leverage: props.leverage,
    maintenanceMarginRate: props.maintenanceMarginRate,
    ...(props.margin === undefined ? {} : { margin: props.margin }),
  };
}
