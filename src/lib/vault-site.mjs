import { existsSync, readFileSync } from 'node:fs';

/**
 * A vault published as a site of its own (`npm run import -- <vault> <out> --site --title T --lang en`):
 * the importer writes this file at the project root, and the build then makes a site of the notes alone,
 * with its title, interface language and home page, instead of the book. Importing without `--site`
 * removes it, so the book stays the default. Not committed (.gitignore).
 */
export const VAULT_SITE_FILE = 'vault-site.json';

/** The interface languages a vault site can have: Starlight's locale for each. */
export const SITE_LANGS = /** @type {const} */ ({
  en: { label: 'English', lang: 'en' },
  zh: { label: '简体中文', lang: 'zh-CN' },
});

/**
 * @typedef {object} VaultSite
 * @property {string} title The site's title (header, `<title>`).
 * @property {'en' | 'zh'} lang The interface language.
 * @property {string} contentDir The folder of the imported pages, relative to the project root.
 * @property {string | undefined} home The page shown at `/`: the file of the vault's home note, relative to `contentDir`.
 */

/**
 * Checks a parsed vault-site file; throws a sentence naming the file and the field.
 * @param {unknown} value
 * @param {string} file
 * @returns {VaultSite}
 */
export function parseVaultSite(value, file) {
  const fail = (/** @type {string} */ why) => {
    throw new Error(`${file}: ${why}`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('expected a JSON object');
  const record = /** @type {Record<string, unknown>} */ (value);
  const { title, lang, contentDir, home } = record;
  if (typeof title !== 'string' || title.trim() === '') fail('"title" must be a non-empty string');
  if (lang !== 'en' && lang !== 'zh') fail(`"lang" must be "en" or "zh", not ${JSON.stringify(lang)}`);
  if (typeof contentDir !== 'string' || contentDir.trim() === '' || contentDir.startsWith('/'))
    fail('"contentDir" must be a folder relative to the project root');
  if (home !== undefined && typeof home !== 'string') fail('"home" must be a string');
  return {
    title: /** @type {string} */ (title),
    lang: /** @type {'en' | 'zh'} */ (lang),
    contentDir: /** @type {string} */ (contentDir).replace(/\/+$/, ''),
    home: /** @type {string | undefined} */ (home),
  };
}

/**
 * The vault site to build, if any: `VAULT_SITE` (a file path) when set; else, unless a test build names
 * its own folder (`BOOK_CONTENT_DIR`) or Vitest runs, `vault-site.json` in the working directory (the project root).
 * @param {Record<string, string | undefined>} env
 * @returns {VaultSite | undefined}
 */
export function vaultSite(env) {
  // Tests (Vitest) check the book: a vault-site.json left by an import does not change them.
  const implicit = env.BOOK_CONTENT_DIR?.trim() || env.VITEST ? undefined : VAULT_SITE_FILE;
  const file = env.VAULT_SITE?.trim() || implicit;
  if (!file || !existsSync(file)) {
    if (env.VAULT_SITE?.trim()) throw new Error(`VAULT_SITE: ${file} does not exist`);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${/** @type {Error} */ (error).message})`, { cause: error });
  }
  return parseVaultSite(parsed, file);
}

/**
 * The folder of the imported notes below the site's pages: `notes` in the book, `` when the vault is the site.
 * @param {Record<string, string | undefined>} env
 */
export function notesDirOf(env) {
  return vaultSite(env) ? '' : 'notes';
}

/** The few words the build writes into pages itself (not Starlight's interface), in each language. */
export const BUILD_WORDS = {
  zh: {
    property: '属性',
    value: '值',
    missingPage: '页面尚未创建',
    missingLabel: '{{text}}（页面尚未创建）',
  },
  en: {
    property: 'Property',
    value: 'Value',
    missingPage: 'Page not written yet',
    missingLabel: '{{text}} (page not written yet)',
  },
};

/**
 * The build's words in the site's interface language: English for an English vault site, else Chinese.
 * @param {Record<string, string | undefined>} env
 */
export function buildWords(env) {
  return BUILD_WORDS[vaultSite(env)?.lang ?? 'zh'];
}
