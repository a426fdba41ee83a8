import { describe, expect, it } from 'vitest';
import { variant } from '../../../testing/fixtures';
import {
  findVariant,
  initialSelection,
  listProductOptions,
  optionValueStates,
  selectOptionValue,
} from './use-variant-selection';

// S and M come in Red and Blue, L only in Red; M / Red is sold out.
const variants = [
  variant({ id: 'v_s_red', options: { Size: 'S', Colour: 'Red' }, inStock: false }),
  variant({ id: 'v_s_blue', options: { Size: 'S', Colour: 'Blue' } }),
  variant({ id: 'v_m_red', options: { Size: 'M', Colour: 'Red' }, inStock: false }),
  variant({ id: 'v_m_blue', options: { Size: 'M', Colour: 'Blue' } }),
  variant({ id: 'v_l_red', options: { Size: 'L', Colour: 'Red' } }),
];
const options = listProductOptions(variants);

describe(listProductOptions.name, () => {
  it('lists each option once with its values in catalog order', () => {
    expect(options).toEqual([
      { title: 'Size', values: ['S', 'M', 'L'] },
      { title: 'Colour', values: ['Red', 'Blue'] },
    ]);
  });
});

describe(initialSelection.name, () => {
  it('starts on the first variant that is in stock', () => {
    expect(initialSelection(variants)).toEqual({ Size: 'S', Colour: 'Blue' });
  });
});

describe(findVariant.name, () => {
  it('finds the variant matching every chosen option', () => {
    expect(findVariant(variants, options, { Size: 'M', Colour: 'Blue' })?.id).toBe('v_m_blue');
  });

  it('finds nothing until every option is chosen', () => {
    expect(findVariant(variants, options, { Size: 'M' })).toBeUndefined();
  });
});

describe(optionValueStates.name, () => {
  it('disables a colour the chosen size does not come in', () => {
    const colours = optionValueStates(variants, options, { Size: 'L', Colour: 'Red' }, 1);
    expect(colours.map(({ value, disabled }) => ({ value, disabled }))).toEqual([
      { value: 'Red', disabled: false },
      { value: 'Blue', disabled: true },
    ]);
  });

  it('keeps every value of the first option possible, so each variant stays reachable', () => {
    const sizes = optionValueStates(variants, options, { Size: 'L', Colour: 'Red' }, 0);
    expect(sizes.every((state) => !state.disabled)).toBe(true);
  });

  it('marks a value sold out when every variant with it is out of stock', () => {
    const colours = optionValueStates(variants, options, { Size: 'M', Colour: 'Blue' }, 1);
    expect(colours.find((state) => state.value === 'Red')).toMatchObject({
      disabled: false,
      soldOut: true,
    });
    expect(colours.find((state) => state.value === 'Blue')).toMatchObject({
      selected: true,
      soldOut: false,
    });
  });
});

describe(selectOptionValue.name, () => {
  it('switches to the size and keeps the colour when that combination exists', () => {
    const sut = selectOptionValue(variants, options, { Size: 'S', Colour: 'Blue' }, 'Size', 'M');
    expect(findVariant(variants, options, sut)?.id).toBe('v_m_blue');
  });

  it('moves the colour to one the new size comes in when the old one is impossible', () => {
    const sut = selectOptionValue(variants, options, { Size: 'S', Colour: 'Blue' }, 'Size', 'L');
    expect(sut).toEqual({ Size: 'L', Colour: 'Red' });
    expect(findVariant(variants, options, sut)?.id).toBe('v_l_red');
  });

  it('ignores an option the product does not have', () => {
    const selection = { Size: 'S', Colour: 'Blue' };
    expect(selectOptionValue(variants, options, selection, 'Material', 'Silk')).toBe(selection);
  });
});
