import { useTranslation } from 'react-i18next';
import { classNames } from '../../../lib/class-names';
import type {
  OptionSelection,
  OptionValueState,
  ProductOption,
} from '../hooks/use-variant-selection';
import styles from './variant-picker.module.css';

/** One row of buttons per option (Size, Colour…); impossible combinations are disabled, sold-out ones tagged. */
export function VariantPicker({
  options,
  selection,
  valueStates,
  onSelect,
}: {
  options: readonly ProductOption[];
  selection: OptionSelection;
  valueStates: (optionIndex: number) => OptionValueState[];
  onSelect: (title: string, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.picker}>
      {options.map((option, optionIndex) => (
        <fieldset key={option.title} className={styles.option}>
          <legend className={styles.legend}>
            {option.title}
            <span className={styles.current}>{selection[option.title]}</span>
          </legend>
          <div className={styles.values}>
            {valueStates(optionIndex).map((state) => (
              <button
                key={state.value}
                type="button"
                className={classNames(styles.value, state.soldOut && styles.soldOut)}
                aria-pressed={state.selected}
                disabled={state.disabled}
                onClick={() => onSelect(option.title, state.value)}
              >
                {state.value}
                {state.soldOut && !state.disabled ? (
                  <span className={styles.soldOutTag}>{t('product.soldOut')}</span>
                ) : null}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
