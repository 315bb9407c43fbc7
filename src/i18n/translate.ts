/**
 * Messages live in `locales/<lang>/<namespace>.json` as flat `key: text` maps.
 * Placeholders are `{name}`; a missing parameter is left visible rather than hidden.
 * Callers import only the namespaces they need, so the content script does not
 * carry the whole catalogue.
 */
export type Messages = Readonly<Record<string, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;

export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Looks a key up in the first dictionary that has it (the user's language, then English). */
export function createTranslator(...dictionaries: Messages[]) {
  return (key: string, params?: MessageParams): string => {
    for (const dictionary of dictionaries) {
      const template = dictionary[key];
      if (template !== undefined) return format(template, params);
    }
    return key;
  };
}

export type Translate = ReturnType<typeof createTranslator>;
