/** The "Columns" menu: one checkbox per column to show or hide it. */
import { DisplayColumn } from './source';
import { el } from './virtual-table';

export class ColumnMenu {
  readonly button: HTMLButtonElement;
  private readonly menu: HTMLDivElement;

  constructor(parent: HTMLElement, private readonly toggle: (column: number, visible: boolean) => void) {
    const wrap = el('div', 'column-menu');
    this.button = el('button', 'columns-button');
    this.button.type = 'button';
    this.button.textContent = 'Columns';
    this.menu = el('div', 'column-menu-list');
    this.menu.hidden = true;
    this.button.addEventListener('click', () => {
      this.menu.hidden = !this.menu.hidden;
    });
    wrap.append(this.button, this.menu);
    parent.appendChild(wrap);
  }

  setColumns(columns: readonly DisplayColumn[], hidden: readonly number[]): void {
    this.menu.textContent = '';
    for (const c of columns) {
      const label = el('label', 'column-toggle');
      const box = el('input', 'column-check');
      box.type = 'checkbox';
      box.checked = !hidden.includes(c.index);
      box.dataset.col = String(c.index);
      box.addEventListener('change', () => this.toggle(c.index, box.checked));
      const name = el('span', 'column-toggle-name');
      name.textContent = c.name;
      label.append(box, name);
      this.menu.appendChild(label);
    }
  }
}
