import { describe, expect, it } from 'vitest';
import { buildOnce } from '../../../src/page/build-once';
import { fieldCatalogue } from '../../../src/page/catalogue';
import { pageCatalogue } from '../../../src/page/pages';

describe('buildOnce', () => {
  it('builds on the first call, not before, and only once', () => {
    let builds = 0;
    const table = buildOnce(() => {
      builds += 1;
      return { built: builds };
    });
    expect(builds).toBe(0);
    const first = table();
    expect(table()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a falsy table instead of building it again', () => {
    let builds = 0;
    const nothing = buildOnce(() => {
      builds += 1;
      return null;
    });
    expect([nothing(), nothing()]).toEqual([null, null]);
    expect(builds).toBe(1);
  });

  it('gives the recognition tables the same object on every call', () => {
    expect(fieldCatalogue()).toBe(fieldCatalogue());
    expect(pageCatalogue()).toBe(pageCatalogue());
  });
});
