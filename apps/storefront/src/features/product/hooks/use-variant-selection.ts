import type { ProductCardVariant } from '@noteshop/contracts';
import { useState } from 'react';

/** An option such as Size, with its values in the order the variants first use them. */
export type ProductOption = { title: string; values: string[] };

/** Option title → chosen value. */
export type OptionSelection = Record<string, string>;

export type OptionValueState = {
  value: string;
  selected: boolean;
  /** No variant exists for this value together with the options chosen before it. */
  disabled: boolean;
  /** Variants with this value exist, but none can be bought. */
  soldOut: boolean;
};

export function listProductOptions(variants: readonly ProductCardVariant[]): ProductOption[] {
  const options = new Map<string, string[]>();
  for (const variant of variants) {
    for (const [title, value] of Object.entries(variant.options)) {
      const values = options.get(title) ?? [];
      if (!values.includes(value)) values.push(value);
      options.set(title, values);
    }
  }
  return [...options].map(([title, values]) => ({ title, values }));
}

function matches(
  variant: ProductCardVariant,
  selection: OptionSelection,
  titles: readonly string[],
): boolean {
  return titles.every((title) => variant.options[title] === selection[title]);
}

/** The variant whose every option equals the selection, if the selection is complete. */
export function findVariant(
  variants: readonly ProductCardVariant[],
  options: readonly ProductOption[],
  selection: OptionSelection,
): ProductCardVariant | undefined {
  const titles = options.map((option) => option.title);
  if (titles.some((title) => selection[title] === undefined)) return undefined;
  return variants.find((variant) => matches(variant, selection, titles));
}

/** Variants compatible with the options chosen before `optionIndex`, with `value` for that option. */
function candidates(
  variants: readonly ProductCardVariant[],
  options: readonly ProductOption[],
  selection: OptionSelection,
  optionIndex: number,
  value: string,
): ProductCardVariant[] {
  const earlier = options.slice(0, optionIndex).map((option) => option.title);
  const title = options[optionIndex]?.title ?? '';
  return variants.filter(
    (variant) => variant.options[title] === value && matches(variant, selection, earlier),
  );
}

/**
 * Options are chosen in order (Size, then Colour): a value is possible when some variant has it together with
 * the values chosen for the options before it. That keeps every variant reachable while ruling out combinations
 * the catalog does not sell.
 */
export function optionValueStates(
  variants: readonly ProductCardVariant[],
  options: readonly ProductOption[],
  selection: OptionSelection,
  optionIndex: number,
): OptionValueState[] {
  const option = options[optionIndex];
  if (!option) return [];
  return option.values.map((value) => {
    const possible = candidates(variants, options, selection, optionIndex, value);
    return {
      value,
      selected: selection[option.title] === value,
      disabled: possible.length === 0,
      soldOut: possible.length > 0 && possible.every((variant) => !variant.inStock),
    };
  });
}

/** Sets one option and repairs the later ones: kept if still possible, else the first possible value (in stock first). */
export function selectOptionValue(
  variants: readonly ProductCardVariant[],
  options: readonly ProductOption[],
  selection: OptionSelection,
  title: string,
  value: string,
): OptionSelection {
  const changedIndex = options.findIndex((option) => option.title === title);
  if (changedIndex === -1) return selection;
  const next: OptionSelection = {};
  options.forEach((option, index) => {
    if (index < changedIndex) {
      const kept = selection[option.title];
      if (kept !== undefined) next[option.title] = kept;
      return;
    }
    if (index === changedIndex) {
      next[option.title] = value;
      return;
    }
    const states = optionValueStates(variants, options, next, index);
    const current = states.find(
      (state) => state.value === selection[option.title] && !state.disabled,
    );
    const fallback =
      states.find((state) => !state.disabled && !state.soldOut) ??
      states.find((state) => !state.disabled);
    const chosen = current ?? fallback;
    if (chosen) next[option.title] = chosen.value;
  });
  return next;
}

/** Starts on the first variant that can be bought, so a price shows before the shopper touches anything. */
export function initialSelection(variants: readonly ProductCardVariant[]): OptionSelection {
  const first = variants.find((variant) => variant.inStock) ?? variants[0];
  return first ? { ...first.options } : {};
}

export function useVariantSelection(variants: readonly ProductCardVariant[]) {
  const options = listProductOptions(variants);
  const [selection, setSelection] = useState<OptionSelection>(() => initialSelection(variants));
  return {
    options,
    selection,
    selectedVariant: findVariant(variants, options, selection),
    valueStates: (optionIndex: number) =>
      optionValueStates(variants, options, selection, optionIndex),
    select: (title: string, value: string) =>
      setSelection((current) => selectOptionValue(variants, options, current, title, value)),
  };
}
