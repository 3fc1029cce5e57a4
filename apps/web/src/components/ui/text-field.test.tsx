import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

const change = () => {};

/** The value of attribute `name` on the first element `tag` in `html`. */
function attribute(html: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(html)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

describe('TextField', () => {
  it('labels its input: the label points at the input by id', () => {
    const html = renderToStaticMarkup(<TextField label="Title" value="My plan" onChange={change} />);
    const id = attribute(html, 'input', 'id');
    expect(id).toBeTruthy();
    expect(attribute(html, 'label', 'for')).toBe(id);
    expect(html).toContain('>Title</label>');
    expect(attribute(html, 'input', 'value')).toBe('My plan');
    expect(html).not.toContain('<textarea');
  });

  it('is a text area of the given rows for several lines', () => {
    const html = renderToStaticMarkup(<TextField label="Notes" value="" rows={3} onChange={change} />);
    expect(attribute(html, 'textarea', 'rows')).toBe('3');
    expect(attribute(html, 'label', 'for')).toBe(attribute(html, 'textarea', 'id'));
    expect(html).not.toContain('<input');
  });

  it('announces an error and ties it and the hint to the field', () => {
    const html = renderToStaticMarkup(
      <TextField
        label="Position JSON"
        value="{"
        rows={4}
        hint="As your exchange returns it"
        error="This is not JSON."
        onChange={change}
      />,
    );
    expect(attribute(html, 'textarea', 'aria-invalid')).toBe('true');
    const described = attribute(html, 'textarea', 'aria-describedby')?.split(' ') ?? [];
    expect(described).toHaveLength(2);
    const alert = /<p id="([^"]+)" role="alert"[^>]*>This is not JSON\.<\/p>/.exec(html);
    expect(alert).not.toBeNull();
    expect(described).toContain(alert![1]);
    const hint = /<p id="([^"]+)"[^>]*>As your exchange returns it<\/p>/.exec(html);
    expect(described).toContain(hint![1]);
  });

  it('says nothing is wrong when there is no error', () => {
    const html = renderToStaticMarkup(<TextField label="Symbol" value="" error={null} onChange={change} />);
    expect(html).not.toContain('role="alert"');
    expect(attribute(html, 'input', 'aria-invalid')).toBeUndefined();
    expect(attribute(html, 'input', 'aria-describedby')).toBeUndefined();
  });

  it('is read-only without onChange, for a link to copy', () => {
    const html = renderToStaticMarkup(
      <TextField label="Share link" value="https://example.test/s/abc" code testId="share-link" />,
    );
    expect(html).toMatch(/<input[^>]*\sreadOnly=""/);
    expect(attribute(html, 'input', 'data-testid')).toBe('share-link');
    expect(attribute(html, 'input', 'spellCheck')).toBe('false');
  });
});
