/** The side pane showing one row as formatted JSON (as text), with copy and close buttons. */
import { el } from './virtual-table';

export class RowPane {
  readonly root: HTMLElement;
  private readonly pre: HTMLPreElement;
  private json = '';

  constructor(parent: HTMLElement, copy: (text: string) => void) {
    this.root = el('aside', 'row-pane');
    this.root.hidden = true;
    const bar = el('div', 'row-pane-bar');
    const title = el('span', 'row-pane-title');
    title.textContent = 'Row';
    const copyBtn = el('button', 'copy-row');
    copyBtn.type = 'button';
    copyBtn.textContent = 'Copy row';
    copyBtn.addEventListener('click', () => copy(this.json));
    const close = el('button', 'close-row');
    close.type = 'button';
    close.textContent = '×';
    close.title = 'Close';
    close.addEventListener('click', () => this.hide());
    bar.append(title, copyBtn, close);
    this.pre = el('pre', 'row-json');
    this.root.append(bar, this.pre);
    parent.appendChild(this.root);
  }

  show(row: Record<string, unknown>): void {
    this.json = JSON.stringify(row, null, 2);
    this.pre.textContent = this.json;
    this.root.hidden = false;
  }

  hide(): void {
    this.root.hidden = true;
  }
}
