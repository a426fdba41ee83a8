import type { ButtonHTMLAttributes } from 'react';
import { classNames } from '../lib/class-names';
import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary';

/** The class list of a button, for links that should look like one. */
export function buttonClassName(
  variant: ButtonVariant,
  { block = false }: { block?: boolean } = {},
): string {
  return classNames(styles.button, styles[variant], block && styles.block);
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  block?: boolean;
};

export function Button({
  variant = 'primary',
  block = false,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames(buttonClassName(variant, { block }), className)}
      {...rest}
    />
  );
}
