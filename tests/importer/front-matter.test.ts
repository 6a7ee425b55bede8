import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatFrontMatter, mapFrontMatter } from '../../src/importer/front-matter.ts';
import { parseFrontMatter, splitFrontMatter } from '../../src/markdown/front-matter.ts';

describe('the one front-matter splitter', () => {
  test.each([
    ['---\ntitle: a\n---\nbody', 'title: a', 'body', 3],
    ['\uFEFF---\r\ntitle: a\r\n...\r\nbody', 'title: a', 'body', 3],
    ['---\n---\nbody', '', 'body', 2],
    ['--- \ntitle: a\n---  \nbody', 'title: a', 'body', 3],
    ['body\n---\nx: 1\n---\n', null, 'body\n---\nx: 1\n---\n', 0],
  ])('%j', (text, yaml, body, offset) => {
    expect(splitFrontMatter(text)).toMatchObject({ yaml, body, bodyLineOffset: offset, unclosed: false });
  });
  test('an unclosed fence leaves the whole text as body, and says so', () => {
    expect(splitFrontMatter('---\ntitle: a\nbody')).toMatchObject({ yaml: null, unclosed: true });
  });
  test('a YAML error is placed at its line of the file', () => {
    expect(parseFrontMatter('title: a\ntags: [x', 2).problem?.line).toBe(3);
  });
});

describe('note properties → page front matter (https://help.obsidian.md/properties)', () => {
  const data = parse(`
title: 标题
description: 说明
tags: ["#a", b/c]
tag: d
aliases: 别名
cssclasses: wide
head: [{ tag: script, content: alert(1) }]
banner: { content: "<img src=x onerror=alert(1)>" }
hero: { title: x }
template: splash
prev: false
sidebar: { hidden: true }
pagefind: false
draft: true
slug: ../x
author: 张三
`) as Record<string, unknown>;
  const { fields } = mapFrontMatter(data, 'a/b.md', 'b');

  test('title, description, tags (without #, nested kept), aliases and cssclasses are mapped', () => {
    expect(fields).toMatchObject({
      title: '标题',
      description: '说明',
      tags: ['a', 'b/c', 'd'],
      aliases: ['别名'],
    });
    expect(fields.obsidian.cssclasses).toEqual(['wide']);
  });

  test('every Starlight key that would become markup or behaviour is kept, but only under obsidian.properties', () => {
    const page = parse(formatFrontMatter(fields).replace(/^---\n|---\n$/g, '')) as Record<string, unknown>;
    for (const key of [
      'head',
      'banner',
      'hero',
      'template',
      'prev',
      'next',
      'sidebar',
      'pagefind',
      'draft',
      'slug',
    ]) {
      expect(page, key).not.toHaveProperty(key);
    }
    expect(Object.keys((page.obsidian as { properties: object }).properties)).toEqual([
      'head',
      'banner',
      'hero',
      'template',
      'prev',
      'sidebar',
      'pagefind',
      'draft',
      'slug',
      'author',
    ]);
  });

  test('the title falls back to the file name, and tags may be one comma-separated string', () => {
    expect(mapFrontMatter({ tags: 'x, #y' }, 'n.md', 'n').fields).toMatchObject({
      title: 'n',
      tags: ['x', 'y'],
    });
  });

  test('tags differing only in case are one tag (https://help.obsidian.md/tags)', () => {
    expect(mapFrontMatter({ tags: ['Go', 'go'] }, 'n.md', 'n').fields.tags).toEqual(['Go']);
  });
});
