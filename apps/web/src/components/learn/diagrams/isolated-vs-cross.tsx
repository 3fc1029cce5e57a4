import { liquidationPrice, positionMargin, toDecimal } from '@liqlab/core';
import { DIAGRAM_WIDTH, DiagramFigure, LABEL, SMALL } from './diagram-figure';
import { money, signedPercent } from './diagram-format';
import { MUTED } from './diagram-tones';
import { isolatedSpecOf, type PositionDiagramProps } from './position-ladder-inputs';

export interface IsolatedVsCrossProps extends PositionDiagramProps {
  walletBalance: string;
}

const BAR_X = 2;
const BAR_WIDTH = DIAGRAM_WIDTH - 4;
const PANEL = 84;

/**
 * One wallet, one position, two margin modes: how much of the wallet the position can lose, and where
 * it is liquidated. Isolated risks only the assigned margin and is liquidated sooner; cross risks the
 * whole wallet and is liquidated later.
 */
export function IsolatedVsCross(props: IsolatedVsCrossProps) {
  const isolated = isolatedSpecOf('IsolatedVsCross', props);
  const cross = { ...isolated, marginMode: 'cross' as const, walletBalance: props.walletBalance };
  const wallet = toDecimal(props.walletBalance, 'walletBalance');
  const entry = toDecimal(props.entryPrice, 'entryPrice');
  const margin = positionMargin(isolated);
  const modes = [
    { name: 'Isolated', atRisk: margin, liquidation: liquidationPrice(isolated) },
    { name: 'Cross', atRisk: wallet, liquidation: liquidationPrice(cross) },
  ].map((mode) => {
    if (mode.liquidation === null)
      throw new Error(`<IsolatedVsCross>: ${mode.name} has no liquidation price`);
    return { ...mode, liquidation: mode.liquidation, kept: wallet.minus(mode.atRisk) };
  });
  const size = `${props.quantity}${props.baseAsset ? ` ${props.baseAsset}` : ''}`;
  return (
    <DiagramFigure
      title="Isolated versus cross margin"
      description={`A wallet of ${money(wallet)} and a ${props.leverage}× ${props.side} of ${size} at ${money(entry)}. ${modes
        .map(
          (m) =>
            `${m.name}: ${money(m.atRisk)} of the wallet backs the position and can be lost, ${money(m.kept)} is kept apart; liquidation at ${money(m.liquidation)} (${signedPercent(m.liquidation.minus(entry).div(entry))} from the entry).`,
        )
        .join(' ')}`}
      caption="Same wallet, same position. Cross margin moves the liquidation price further away by putting the whole wallet behind the position."
      height={modes.length * PANEL + 4}
    >
      {modes.map((mode, i) => {
        const y = i * PANEL;
        const share = mode.atRisk.div(wallet).toNumber();
        return (
          <g key={mode.name}>
            <text x={BAR_X} y={y + 16} fontSize={LABEL} fontWeight={600} className="fill-current">
              {mode.name}
            </text>
            <text x={DIAGRAM_WIDTH - 2} y={y + 16} fontSize={SMALL} textAnchor="end" className={MUTED}>
              {`wallet ${money(wallet)}`}
            </text>
            <rect
              x={BAR_X}
              y={y + 24}
              width={BAR_WIDTH}
              height={22}
              rx={3}
              className="fill-none stroke-slate-400 dark:stroke-slate-500"
            />
            <rect
              x={BAR_X}
              y={y + 24}
              width={share * BAR_WIDTH}
              height={22}
              rx={3}
              className="fill-danger"
              opacity={0.85}
            />
            <text
              x={BAR_X + 6}
              y={y + 39}
              fontSize={SMALL}
              fontWeight={600}
              className="fill-white dark:fill-slate-950"
            >
              {`at risk ${money(mode.atRisk)}`}
            </text>
            {mode.kept.gt(0) ? (
              <text
                x={DIAGRAM_WIDTH - 8}
                y={y + 39}
                fontSize={SMALL}
                textAnchor="end"
                className="fill-current"
              >
                {`kept apart ${money(mode.kept)}`}
              </text>
            ) : null}
            <text x={BAR_X} y={y + 66} fontSize={SMALL} className="fill-current">
              {`liquidated at ${money(mode.liquidation)} (${signedPercent(mode.liquidation.minus(entry).div(entry))})`}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}
