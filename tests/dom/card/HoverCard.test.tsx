import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { cardContent } from '@/src/card/card-content';
import { HoverCard, type HoverCardProps } from '@/src/card/HoverCard';
import { ENTITY_IDS, type EntityId } from '@/src/dossier/types';
import { renderTarget } from '../render-target';

const target = renderTarget();

function show(entityId: EntityId = 'kazakhstan', count = 3, extra: Partial<HoverCardProps> = {}) {
  const props: HoverCardProps = {
    content: cardContent(entityId, { [entityId]: count }),
    sourceUrl: (factId) => `chrome-extension://id/source.html#fact-${factId}`,
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
    expect(dialog.textContent).toContain(props.content.descriptor);
  });

  it.each(ENTITY_IDS)('lists 2 to 4 facts of %s, each with its attribution', (id) => {
    const { dialog, props } = show(id);
    const items = [...dialog.querySelectorAll('li[data-fact]')];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(4);
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

  it('quotes the report in a blockquote with its attribution', () => {
    const { dialog } = show('almaty');
    expect(dialog.querySelector('blockquote q')?.textContent).toBe(
      'In Almaty, the economic capital and where the clashes were most violent',
    );
    expect(dialog.querySelector('figcaption')?.textContent).toBe('— the report');
  });

  it.each([
    [1, '1 mention on this page'],
    [7, '7 mentions on this page'],
  ])('says how many mentions the page has (%i)', (count, text) => {
    const { dialog } = show('tokayev', count);
    expect(dialog.querySelector('.count')?.textContent).toBe(text);
  });

  it('links to the quoted sentence in the source report, in a new tab without opener', () => {
    const { dialog } = show('almaty');
    const link = dialog.querySelector('a.source');
    expect(link?.textContent).toBe('Open the source report');
    expect(dialog.querySelector('.quote-source')?.getAttribute('href')).toBe(
      link?.getAttribute('href'),
    );
    expect(link?.getAttribute('href')).toBe(
      'chrome-extension://id/source.html#fact-almaty-most-violent-clashes',
    );
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('opens the source through onOpenSource on a plain click, when given', () => {
    const onOpenSource = vi.fn();
    const { dialog } = show('almaty', 1, { onOpenSource });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    dialog.querySelector('a.source')?.dispatchEvent(click);
    expect(onOpenSource).toHaveBeenCalledWith('almaty-most-violent-clashes');
    const factLink = dialog.querySelector('[data-fact="almaty-riots-thursday"] a');
    factLink?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(onOpenSource).toHaveBeenLastCalledWith('almaty-riots-thursday');
    expect(click.defaultPrevented).toBe(true);
    // A modified click is left to the browser (new tab, window): the card does not prevent it.
    let preventedByCard: boolean | undefined;
    target().addEventListener('click', (event) => {
      preventedByCard = event.defaultPrevented;
      event.preventDefault(); // happy-dom would try to navigate
    });
    const withCtrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    dialog.querySelector('a.source')?.dispatchEvent(withCtrl);
    expect(onOpenSource).toHaveBeenCalledTimes(2);
    expect(preventedByCard).toBe(false);
  });

  it.each([
    ['Close', 'onClose', undefined],
    ['Turn off on this site', 'onTurnOffSite', undefined],
    ['Hide Kassym-Jomart Tokayev highlights', 'onHideEntity', 'tokayev'],
  ] as const)('calls back on "%s"', (name, callback, argument) => {
    const { button, props } = show('tokayev');
    button(name)?.click();
    const fn = props[callback] as ReturnType<typeof vi.fn>;
    expect(fn).toHaveBeenCalledOnce();
    if (argument) expect(fn).toHaveBeenCalledWith(argument);
  });

  it('mirrors its layout on right-to-left pages but keeps the English text left to right', () => {
    const { dialog } = show('almaty', 1, { dir: 'rtl' });
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.querySelector('h2')?.getAttribute('dir')).toBe('ltr');
    expect(dialog.querySelector('.body')?.getAttribute('dir')).toBe('ltr');
  });
});
