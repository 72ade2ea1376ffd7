import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { cardContent } from '@/src/card/card-content';
import { HoverCard, type HoverCardProps } from '@/src/card/HoverCard';
import { ENTITY_IDS, type EntityId } from '@/src/dossier/types';
import { renderTarget } from '../render-target';
import { asReader } from './reader-events';

const target = renderTarget();

function show(entityId: EntityId = 'kazakhstan', _count = 3, extra: Partial<HoverCardProps> = {}) {
  const props: HoverCardProps = {
    content: cardContent(entityId),
    onOpenSource: vi.fn(),
    onClose: vi.fn(),
    onTurnOffSite: vi.fn(),
    onHideEntity: vi.fn(),
    ...extra,
  };
  render(<HoverCard {...props} />, target());
  const dialog = target().querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog');
  const button = (name: string) =>
    [...dialog.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === name || b.textContent === name,
    );
  return { props, dialog, button };
}

describe('the hover card', () => {
  it('is a non-modal dialog labelled by its heading, focusable by script only', () => {
    const { dialog } = show();
    const heading = dialog.querySelector('h2');
    expect(heading?.id).toBeTruthy();
    expect(dialog.getAttribute('aria-labelledby')).toBe(heading?.id);
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('tabindex')).toBe('-1');
  });

  it.each(ENTITY_IDS)('shows the name and descriptor of %s', (id) => {
    const { dialog, props } = show(id);
    expect(dialog.querySelector('h2')?.textContent).toBe(props.content.name);
    expect(dialog.querySelector('.descriptor')?.textContent).toBe(
      `${props.content.descriptor.text} — the report`,
    );
  });

  it.each(ENTITY_IDS)('lists 2 or 3 facts of %s, each with its attribution', (id) => {
    const { dialog, props } = show(id);
    const items = [...dialog.querySelectorAll('li[data-fact]')];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(3);
    items.forEach((item, i) => {
      const fact = props.content.facts[i];
      expect(item.textContent).toContain(`— ${fact?.attribution}`);
    });
  });

  it('emphasises every figure of a fact in <strong>', () => {
    const { dialog } = show('kazakhstan');
    const toll = dialog.querySelector('[data-fact="interior-ministry-toll"]');
    expect([...(toll?.querySelectorAll('strong') ?? [])].map((s) => s.textContent)).toEqual([
      '26',
      '18',
    ]);
    expect(toll?.textContent).toContain(
      'The Interior Ministry reported 26 “armed criminals” dead and 18 wounded.',
    );
    expect(toll?.textContent).toContain('— the Interior Ministry');
  });

  it('shows the date the editor reads from a relative one, labelled', () => {
    const { dialog } = show('almaty');
    const fact = dialog.querySelector('[data-fact="almaty-riots-thursday"]');
    expect(fact?.querySelector('.when')?.textContent).toBe(
      'Thursday, 6 January 2022 (editor’s reading)',
    );
  });

  it('says that figures from different sources may overlap', () => {
    const { dialog } = show('kazakhstan');
    expect(dialog.querySelector('.note')?.textContent).toBe(
      'Figures from different sources; they may overlap.',
    );
  });

  it('shows no quotation block and no count: the card keeps to its facts and actions', () => {
    const { dialog } = show('almaty');
    expect(dialog.querySelector('blockquote, figure, .count')).toBeNull();
  });

  it('has source links a page cannot follow to an extension page, reachable by keyboard', () => {
    const { dialog } = show('almaty');
    const link = dialog.querySelector('a.descriptor-source');
    expect(link?.textContent).toBe('the report');
    // No href: middle-click, "Open in new tab" or a drag would give a chrome-error:// tab.
    for (const each of dialog.querySelectorAll('a')) {
      expect(each.hasAttribute('href')).toBe(false);
      expect(each.getAttribute('role')).toBe('link');
      expect(each.tabIndex).toBe(0);
    }
  });

  it.each([
    ['a click', 'click', { button: 0 }, false],
    ['a Ctrl click', 'click', { button: 0, ctrlKey: true }, true],
    ['a ⌘ click', 'click', { button: 0, metaKey: true }, true],
    ['a middle click', 'auxclick', { button: 1 }, true],
    ['Enter', 'keydown', { key: 'Enter' }, false],
  ] as const)('opens the source on %s (background: %s)', (_what, type, init, background) => {
    const { dialog, props } = show('almaty', 1);
    const Event = type === 'keydown' ? KeyboardEvent : MouseEvent;
    const event = asReader(new Event(type, { bubbles: true, cancelable: true, ...init }));
    dialog.querySelector('a.descriptor-source')?.dispatchEvent(event);
    expect(props.onOpenSource).toHaveBeenCalledWith('almaty-most-violent-clashes', background);
    expect(event.defaultPrevented).toBe(true);
  });

  it("opens each fact's own sentence from its source link", () => {
    const { dialog, props } = show('almaty', 1);
    const factLink = dialog.querySelector('[data-fact="almaty-riots-thursday"] a');
    factLink?.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(props.onOpenSource).toHaveBeenLastCalledWith('almaty-riots-thursday', false);
  });

  it.each([
    ['Close', 'onClose', undefined],
    ['Turn off on this site', 'onTurnOffSite', undefined],
    ['Hide Tokayev', 'onHideEntity', 'tokayev'],
  ] as const)('calls back on "%s"', (name, callback, argument) => {
    const { button, props } = show('tokayev');
    button(name)?.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true })));
    const fn = props[callback] as ReturnType<typeof vi.fn>;
    expect(fn).toHaveBeenCalledOnce();
    if (argument) expect(fn).toHaveBeenCalledWith(argument);
  });

  it('ignores clicks, keys and .click() calls a page script makes', () => {
    const { button, dialog, props } = show('tokayev');
    for (const name of ['Close', 'Turn off on this site', 'Hide Tokayev']) {
      button(name)?.click();
      button(name)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    for (const link of dialog.querySelectorAll('a')) {
      link.click();
      link.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 1 }));
      link.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    }
    for (const fn of [props.onClose, props.onTurnOffSite, props.onHideEntity, props.onOpenSource]) {
      expect(fn).not.toHaveBeenCalled();
    }
  });

  it('shows a notice when given one, as a status', () => {
    const { dialog } = show('tokayev', 1, { notice: 'Nothing was changed.' });
    expect(dialog.querySelector('[role="status"]')?.textContent).toBe('Nothing was changed.');
  });

  it('says on the Hide button’s tooltip that hiding is for every site', () => {
    const { button } = show('tokayev');
    expect(button('Hide Tokayev')?.title).toBe(
      'Stop highlighting Kassym-Jomart Tokayev on every site',
    );
  });

  it.each([
    ['Tab on the last control goes to the first', false, 'last', 'first'],
    ['Shift+Tab on the first control goes to the last', true, 'first', 'last'],
    ['Shift+Tab on the dialog itself goes to the last', true, 'dialog', 'last'],
  ] as const)('keeps Tab inside the card: %s', (_what, shiftKey, from, to) => {
    const { dialog } = show('tokayev');
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    const at = { first: controls[0], last: controls[controls.length - 1], dialog };
    at[from]?.focus();
    const tab = asReader(
      new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }),
    );
    (at[from] ?? dialog).dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(at[to]);
  });

  it('leaves Tab between the card’s controls to the browser', () => {
    const { dialog } = show('tokayev');
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    controls[1]?.focus();
    const tab = asReader(
      new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
    );
    controls[1]?.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
  });

  it('mirrors its layout on right-to-left pages but keeps the English text left to right', () => {
    const { dialog } = show('almaty', 1, { dir: 'rtl' });
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.querySelector('h2')?.getAttribute('dir')).toBe('ltr');
    expect(dialog.querySelector('.body')?.getAttribute('dir')).toBe('ltr');
  });
});
