import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { FACTS } from '@/src/dossier/facts';
import { paragraphRanges } from '@/src/dossier/text-spans';
import { SourcePage } from '@/src/source/SourcePage';

describe('the source page', () => {
  let container: HTMLDivElement;

  beforeEach(() => {
    window.location.hash = '';
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('shows its title and the report date', () => {
    render(<SourcePage />, container);
    expect(container.querySelector('h1')?.textContent).toBe('Source report');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2022-01-07');
  });

  it('shows the whole report, paragraph by paragraph', () => {
    render(<SourcePage />, container);
    const shown = [...container.querySelectorAll('.report p')].map((p) => p.textContent);
    const expected = paragraphRanges(ARTICLE).map((r) => ARTICLE.slice(r.start, r.end));
    expect(shown).toEqual(expected);
  });

  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'anchors %s on an element holding part of its quote',
    (id, fact) => {
      render(<SourcePage />, container);
      const element = container.querySelector(`#fact-${id}`);
      expect(element?.textContent).toBeTruthy();
      expect(fact.quote).toContain(element?.textContent);
      expect(element?.getAttribute('title')).toContain(fact.statement);
      expect(container.querySelectorAll(`[id="fact-${id}"]`)).toHaveLength(1);
    },
  );

  it('emphasises the fact the URL hash points at, and follows hash changes', () => {
    window.location.hash = '#fact-arrests-2300';
    // act() flushes Preact's effects, so the hashchange listener is in place.
    act(() => render(<SourcePage win={window} />, container));
    expect(container.querySelector('#fact-arrests-2300')?.classList).toContain('is-target');

    act(() => {
      window.location.hash = '#fact-almaty-economic-capital';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(container.querySelector('#fact-almaty-economic-capital')?.classList).toContain(
      'is-target',
    );
    expect(container.querySelector('#fact-arrests-2300')?.classList).not.toContain('is-target');
  });

  it('focuses the sentence the URL points at, on arrival and on hash changes', () => {
    window.location.hash = '#fact-arrests-2300';
    act(() => render(<SourcePage win={window} />, container));
    expect(document.activeElement).toBe(container.querySelector('#fact-arrests-2300'));
    act(() => {
      window.location.hash = '#fact-no-negotiations';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(document.activeElement).toBe(container.querySelector('#fact-no-negotiations'));
    // Only the target can take focus: the other marks stay out of the Tab order.
    expect(container.querySelectorAll('mark[tabindex]')).toHaveLength(1);
  });

  it('says what the report is and when it is dated', () => {
    render(<SourcePage />, container);
    expect(container.querySelector('.about')?.textContent).toContain(
      'The news report on the January 2022 unrest in Kazakhstan',
    );
    expect(container.querySelector('.about')?.textContent).toContain('dated 7 January 2022');
  });

  it('links every marked statement to its sentence', () => {
    render(<SourcePage />, container);
    const links = [...container.querySelectorAll('.notes a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(FACTS.map((fact) => `#fact-${fact.id}`));
  });
});
