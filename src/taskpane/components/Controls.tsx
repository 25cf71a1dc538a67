import { Button } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DiamondDismiss20Filled, Dismiss20Regular, Warning20Filled } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';

/*
 * Small controls drawn with Fluent's tokens and the look of its Switch, Spinner and MessageBar, on
 * native elements (styles in styles.ts): the pane's JavaScript has a 110 KiB gzip budget, and
 * Fluent's versions bring their own style tables, Label, motion and reflow code (about 13 KiB gzip
 * together).
 */

/** An on/off switch: a native checkbox with role="switch", labelled by its visible text. */
export function Toggle({ checked, onChange, label }: { checked: boolean; onChange: (on: boolean) => void; label: string }) {
  const id = useId();
  return (
    <span className="toggle">
      <input id={id} type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

/** A spinning ring and what is being done. It sits inside the pane's live region, which announces the text. */
export function Busy({ label }: { label: string }) {
  return (
    <span className="busy">
      <span className="ring" aria-hidden="true" />
      {label}
    </span>
  );
}

const NOTICE_ICONS = { error: DiamondDismiss20Filled, warning: Warning20Filled, success: CheckmarkCircle20Filled };

interface NoticeProps {
  intent: keyof typeof NOTICE_ICONS;
  title: string;
  children: ReactNode;
  /** Buttons under the text (a question's answers). */
  actions?: ReactNode;
  /** Shows a dismiss button with this name. */
  dismiss?: { label: string; onClick: () => void };
}

/**
 * A message bar as Fluent draws its multiline MessageBar: intent icon, bold title then the text,
 * a dismiss button at the right, answers below. A group named by its title, as Fluent's is; the
 * pane's live region around it announces it.
 */
export function Notice({ intent, title, children, actions, dismiss }: NoticeProps) {
  const id = useId();
  const Icon = NOTICE_ICONS[intent];
  return (
    <div className="notice" data-intent={intent} role="group" aria-labelledby={id}>
      <span className="notice-icon" aria-hidden="true">
        <Icon />
      </span>
      <div className="notice-body">
        <span className="notice-title" id={id}>
          {title}
        </span>{' '}
        {children}
      </div>
      {dismiss && (
        <div className="notice-dismiss">
          <Button appearance="transparent" aria-label={dismiss.label} icon={<Dismiss20Regular />} onClick={dismiss.onClick} />
        </div>
      )}
      {actions && <div className="notice-actions">{actions}</div>}
    </div>
  );
}
