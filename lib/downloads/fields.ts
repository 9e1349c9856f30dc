import { datePrecisions, passageKinds, units } from '../data/vocabulary';
import { localeInfo, translatedLocales, type Locale } from '../i18n/locales';
import { translator, type Messages } from '../i18n/messages';

/**
 * The columns of the download tables: a name and a Table Schema type
 * (datapackage.org: a date field holds YYYY-MM-DD only), and where its
 * description is among the messages (DownloadTables.fields), so that the
 * files describe their columns in English and a reader's "Download this view"
 * workbook in the reader's language. Names and values stay as they are in
 * every language: one machine-readable schema.
 */
export type FieldType = 'string' | 'number' | 'date';

type FieldMessages = Messages['DownloadTables']['fields'];
type FieldGroup = {
  [G in keyof FieldMessages]: FieldMessages[G] extends string ? never : G;
}[keyof FieldMessages];
type FieldName<G extends FieldGroup> = keyof FieldMessages[G] & string;

/** A column as the tables define it. */
export interface Column {
  name: string;
  type: FieldType;
  /** Its description: a column of its group, or the briefing's translation of another column. */
  describe:
    | { group: FieldGroup; values?: Record<string, string> }
    | { translates: string; language: Locale; quote: boolean };
}

/** A column as the files publish it: described in one language. */
export interface Field {
  name: string;
  type: FieldType;
  description: string;
}

/** A column of a group, described by the message of the same name: column('claim', 'label'). */
export function column<G extends FieldGroup>(
  group: G,
  name: FieldName<G>,
  type: FieldType = 'string',
  values?: Record<string, string>,
): Column {
  return { name, type, describe: { group, ...(values ? { values } : {}) } };
}

/**
 * A column a reader reads as words (a label, a title, a quote) gets the briefing's translation
 * beside it, one column per language (`title_bn`, `title_ru`); a language added to
 * lib/i18n/locales.ts adds its columns. A quote's translation says where the verbatim words are.
 */
export function translationColumns(translates: string, quote = false): Column[] {
  return translatedLocales.map((language) => ({
    name: `${translates}_${language}`,
    type: 'string',
    describe: { translates, language, quote },
  }));
}

/** "a, b, or c" from a vocabulary list, so descriptions follow lib/data/vocabulary.ts. */
const listOf = (list: readonly string[], locale: Locale) =>
  new Intl.ListFormat(localeInfo[locale].tag, { type: 'disjunction' }).format(list);

/** The values a vocabulary column holds, named in the description's language. */
export const vocabularyValues = {
  datePrecision: (locale: Locale) => listOf(datePrecisions, locale),
  unit: (locale: Locale) => listOf(units, locale),
  passageKind: (locale: Locale) => listOf(passageKinds, locale),
};

/** Each column with its description in `locale`. */
export function describeColumns(columns: readonly Column[], locale: Locale): Field[] {
  const t = translator(locale, 'DownloadTables');
  const languageName = new Intl.DisplayNames([localeInfo[locale].tag], { type: 'language' });
  const site = translator(locale, 'Site')('name');
  const vocabulary: Record<string, string> = {
    date_precision: vocabularyValues.datePrecision(locale),
    unit: vocabularyValues.unit(locale),
    kind: vocabularyValues.passageKind(locale),
  };
  return columns.map(({ name, type, describe }) => {
    let description: string;
    if ('translates' in describe) {
      const values = {
        column: describe.translates,
        language: languageName.of(describe.language) ?? describe.language,
      };
      description = describe.quote
        ? t('fields.quoteTranslation', values)
        : t('fields.translation', values);
    } else {
      const key = `fields.${describe.group}.${name}` as Parameters<typeof t>[0];
      description = t(key, { values: vocabulary[name] ?? '', site, ...describe.values });
    }
    return { name, type, description };
  });
}
