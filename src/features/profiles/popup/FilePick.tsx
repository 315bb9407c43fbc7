/**
 * A file picker in the page's language. The browser's own file button speaks the browser's
 * language, not the page's: the input is hidden, and a label (which opens the same picker)
 * shows the words instead. The import and the page maps use it.
 */
export interface FilePickProps {
  readonly id: string;
  readonly accept: string;
  /** What is picked, e.g. "Import profiles from a file". */
  readonly label: string;
  /** The button's words, e.g. "Choose file…". */
  readonly button: string;
  /** The marker attribute tests find the input by, e.g. `data-import-file`. */
  readonly marker: `data-${string}`;
  readonly describedBy?: string;
  readonly onFile: (input: HTMLInputElement) => void;
}

export function FilePick({ id, accept, label, button, marker, describedBy, onFile }: FilePickProps) {
  return (
    <>
      <input
        id={id}
        type="file"
        class="visually-hidden file-input"
        accept={accept}
        aria-describedby={describedBy}
        onChange={(event) => onFile(event.currentTarget as HTMLInputElement)}
        {...{ [marker]: true }}
      />
      <label for={id} class="file-pick">
        <span>{label}</span>
        <span class="file-pick-button" aria-hidden="true">
          {button}
        </span>
      </label>
    </>
  );
}
