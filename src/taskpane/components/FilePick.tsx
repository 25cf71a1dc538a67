import { Button } from '@fluentui/react-components';
import { useRef, type ReactElement } from 'react';
import type { PickedFile } from '../../app/actions';

/** A file's bytes (FileReader where a browser's File has no arrayBuffer). */
export function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

interface FilePickProps {
  label: string;
  icon: ReactElement;
  multiple: boolean;
  disabled: boolean;
  /** The files picked, read; never called with none. */
  onPick: (files: PickedFile[]) => void;
  testId: string;
}

/**
 * A button of the pane's list that opens the file picker (`.xlsx` only); the files picked are read in the
 * pane and handed on. The input is hidden from the eye and from the tab order: the button is the control.
 */
export function FilePick({ label, icon, multiple, disabled, onPick, testId }: FilePickProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance="subtle" icon={icon} onClick={() => input.current?.click()} disabled={disabled}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        multiple={multiple}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // The same files can be picked again later (a change event needs a new value).
          e.target.value = '';
          if (files.length === 0) return;
          void Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) }))).then(onPick);
        }}
      />
    </>
  );
}
