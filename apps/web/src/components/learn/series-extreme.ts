/** Index and value of the lowest (or highest) tick of a series. */
export function extremeOf(values: ArrayLike<number>, kind: 'min' | 'max'): { index: number; value: number } {
  let index = 0;
  for (let i = 1; i < values.length; i++) {
    if (kind === 'min' ? values[i]! < values[index]! : values[i]! > values[index]!) index = i;
  }
  return { index, value: values[index]! };
}
