/**
 * Serving the add-on's pages. Pages are HtmlService templates under src/ui/;
 * values reach them only through `<?= ?>` (escaped); `<?!= include('…') ?>`
 * inserts the project's own files (styles, scripts, page parts) and nothing else.
 */
import {hostUi} from '../menu/open';
import {currentLanguage} from '../i18n';
import {kitTextJson} from '../ui/kit/texts';

export interface PageOptions {
  title: string;
  /** 'sidebar' (300 px wide) or a modal dialog of the given size. */
  kind: 'sidebar' | 'dialog';
  width?: number;
  height?: number;
}

/**
 * Evaluates the template `file` (e.g. 'ui/settings') with `data` as its
 * variables, plus `kitText`: the page kit's texts in the user's language
 * (pages put it on `<body data-kit="<?= kitText ?>">`) and `kitLang`, that
 * language's code (`<html lang="<?= kitLang ?>">`).
 */
export function renderTemplate(
  file: string,
  data: Record<string, unknown>,
): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile(file);
  Object.assign(
    template,
    {kitText: kitTextJson(), kitLang: currentLanguage()},
    data,
  );
  return template.evaluate();
}

/** Shows a page as a sidebar or a modal dialog of the editor that opened the script. */
export function showPage(
  file: string,
  data: Record<string, unknown>,
  options: PageOptions,
): void {
  const output = renderTemplate(file, data).setTitle(options.title);
  const ui = hostUi();
  if (options.kind === 'sidebar') {
    ui.showSidebar(output);
  } else {
    output.setWidth(options.width ?? 480).setHeight(options.height ?? 420);
    ui.showModalDialog(output, options.title);
  }
}

/** Content of one of the project's own HTML files, for `<?!= include('…') ?>`. */
export function includeFile(file: string): string {
  return HtmlService.createHtmlOutputFromFile(file).getContent();
}
