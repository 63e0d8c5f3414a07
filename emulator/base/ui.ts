/**
 * The editor's user interface (SpreadsheetApp.getUi() / FormApp.getUi()):
 * menus, alerts, prompts, sidebars and dialogs, recorded so that tests can
 * read what was shown and answer alerts and prompts in advance.
 */
import type {EmuEnv} from '../core/env';

type Ui = GoogleAppsScript.Base.Ui;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export interface ShownPage {
  kind: 'sidebar' | 'dialog';
  /** false for showModelessDialog. */
  modal: boolean;
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  /** Id of the document whose editor showed it. */
  target: string | null;
  /** The top-level function that showed it. */
  fn: string;
}

export interface ShownAlert {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  /** The button the emulated user pressed. */
  answer: ButtonName;
  kind: 'alert' | 'prompt';
  /** Text typed in a prompt. */
  text?: string;
}

export interface MenuEntry {
  /** The menu's caption (createMenu(caption)) or the add-on's name. */
  menu: string;
  label: string;
  fn: string;
  /** Captions of enclosing sub-menus. */
  path: string[];
}

/** What the emulated editors showed, and the user's queued answers. */
export class UiRecorder {
  pages: ShownPage[] = [];
  alerts: ShownAlert[] = [];
  /** Menus added to the UI, by document id (reset when the document is opened). */
  menus = new Map<string, MenuEntry[]>();
  private alertAnswers: ButtonName[] = [];
  private promptAnswers: {text: string; button: ButtonName}[] = [];

  lastPage(): ShownPage | null {
    return this.pages[this.pages.length - 1] ?? null;
  }
  /** The answer to the next alert (default: the first button of its set). */
  queueAlert(button: ButtonName): void {
    this.alertAnswers.push(button);
  }
  /** The answer to the next prompt (default: CANCEL with empty text). */
  queuePrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({text, button});
  }
  nextAlert(set: ButtonSetName): ButtonName {
    const a = this.alertAnswers.shift() ?? BUTTONS[set][0];
    if (a !== 'CLOSE' && !BUTTONS[set].includes(a)) {
      throw new Error(
        `Emulator: queued answer ${a} is not a button of ButtonSet.${set}`,
      );
    }
    return a;
  }
  nextPrompt(set: ButtonSetName): {text: string; button: ButtonName} {
    const a = this.promptAnswers.shift() ?? {
      text: '',
      button: set === 'YES_NO' ? 'NO' : 'CANCEL',
    };
    if (a.button !== 'CLOSE' && !BUTTONS[set].includes(a.button)) {
      throw new Error(
        `Emulator: queued answer ${a.button} is not a button of ButtonSet.${set}`,
      );
    }
    return a;
  }
}

export const BUTTON_ENUM: Record<ButtonName, ButtonName> = {
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
  CLOSE: 'CLOSE',
};
export const BUTTON_SET_ENUM: Record<ButtonSetName, ButtonSetName> = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
};

interface MenuItemSpec {
  kind: 'item' | 'separator' | 'sub';
  label?: string;
  fn?: string;
  sub?: FakeMenu;
}

class FakeMenu implements Pick<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  items: MenuItemSpec[] = [];
  constructor(
    private readonly env: EmuEnv,
    private readonly recorder: UiRecorder,
    readonly caption: string,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Menu', method);
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.m('addItem');
    if (typeof functionName !== 'string' || !functionName) {
      throw new Error('Invalid argument: functionName');
    }
    this.items.push({kind: 'item', label: String(caption), fn: functionName});
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.m('addSeparator');
    this.items.push({kind: 'separator'});
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.m('addSubMenu');
    this.items.push({kind: 'sub', sub: menu as unknown as FakeMenu});
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  flatten(path: string[] = []): MenuEntry[] {
    const out: MenuEntry[] = [];
    for (const it of this.items) {
      if (it.kind === 'item')
        out.push({
          menu: path[0] ?? this.caption,
          label: it.label!,
          fn: it.fn!,
          path,
        });
      if (it.kind === 'sub' && it.sub) {
        out.push(
          ...it.sub.flatten([
            ...(path.length ? path : [this.caption]),
            it.sub.caption,
          ]),
        );
      }
    }
    return out;
  }
  addToUi(): void {
    this.m('addToUi');
    const target = this.env.context()?.activeId;
    if (!target)
      throw new Error('Cannot call Menu.addToUi() from this context.');
    const list = this.recorder.menus.get(target) ?? [];
    // Adding a menu with the same caption again replaces it, as in the editor.
    const kept = list.filter(e => e.menu !== this.caption);
    this.recorder.menus.set(target, [...kept, ...this.flatten()]);
  }
}

function contentOf(output: HtmlOutput): {
  html: string;
  title: string;
  width: number | null;
  height: number | null;
} {
  const o = output as unknown as {
    peek?(): {
      title: string;
      width: number | null;
      height: number | null;
      content: string;
    };
    getContent(): string;
    getTitle?(): string;
    getWidth?(): number;
    getHeight?(): number;
  };
  // peek() reads without metering: showing a page is one call (showSidebar…).
  const p = o.peek?.();
  if (p)
    return {html: p.content, title: p.title, width: p.width, height: p.height};
  return {
    html: o.getContent(),
    title: o.getTitle?.() ?? '',
    width: o.getWidth?.() ?? null,
    height: o.getHeight?.() ?? null,
  };
}

/**
 * A Ui for one editor. `host` names the service for messages; `addonName`
 * is the caption of createAddonMenu() (Extensions › add-on name).
 */
export function createUi(
  env: EmuEnv,
  recorder: UiRecorder,
  addonName: string,
): Pick<
  Ui,
  | 'alert'
  | 'prompt'
  | 'createMenu'
  | 'createAddonMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'Button'
  | 'ButtonSet'
> {
  const m = (method: string) => env.meter.call('Ui', method);
  const parseArgs = (
    args: unknown[],
  ): {title: string; prompt: string; set: ButtonSetName} => {
    if (args.length >= 3)
      return {
        title: String(args[0]),
        prompt: String(args[1]),
        set: args[2] as ButtonSetName,
      };
    if (args.length === 2)
      return {
        title: '',
        prompt: String(args[0]),
        set: args[1] as ButtonSetName,
      };
    return {title: '', prompt: String(args[0]), set: 'OK'};
  };
  const show = (
    kind: ShownPage['kind'] | 'modeless',
    output: HtmlOutput,
    title?: string,
  ) => {
    const c = contentOf(output);
    const ctx = env.context();
    recorder.pages.push({
      kind: kind === 'sidebar' ? 'sidebar' : 'dialog',
      modal: kind !== 'modeless',
      title: title ?? c.title,
      html: c.html,
      width: kind === 'sidebar' ? 300 : c.width,
      height: c.height,
      target: ctx?.activeId ?? null,
      fn: ctx?.fn ?? '',
    });
  };
  return {
    Button: BUTTON_ENUM as unknown as Ui['Button'],
    ButtonSet: BUTTON_SET_ENUM as unknown as Ui['ButtonSet'],
    alert(...args: unknown[]): GoogleAppsScript.Base.Button {
      m('alert');
      const {title, prompt, set} = parseArgs(args);
      const answer = recorder.nextAlert(set);
      recorder.alerts.push({
        title,
        prompt,
        buttons: set,
        answer,
        kind: 'alert',
      });
      return answer as unknown as GoogleAppsScript.Base.Button;
    },
    prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
      m('prompt');
      const {title, prompt, set} = parseArgs(
        args.length === 1 ? [args[0], 'OK_CANCEL'] : args,
      );
      const a = recorder.nextPrompt(set);
      recorder.alerts.push({
        title,
        prompt,
        buttons: set,
        answer: a.button,
        kind: 'prompt',
        text: a.text,
      });
      return {
        getResponseText: () => {
          m('getResponseText');
          return a.text;
        },
        getSelectedButton: () => {
          m('getSelectedButton');
          return a.button as unknown as GoogleAppsScript.Base.Button;
        },
      };
    },
    createMenu(caption: string): GoogleAppsScript.Base.Menu {
      m('createMenu');
      return new FakeMenu(
        env,
        recorder,
        String(caption),
      ) as unknown as GoogleAppsScript.Base.Menu;
    },
    createAddonMenu(): GoogleAppsScript.Base.Menu {
      m('createAddonMenu');
      return new FakeMenu(
        env,
        recorder,
        addonName,
      ) as unknown as GoogleAppsScript.Base.Menu;
    },
    showSidebar(userInterface: unknown): void {
      m('showSidebar');
      show('sidebar', userInterface as HtmlOutput);
    },
    showModalDialog(userInterface: unknown, title: string): void {
      m('showModalDialog');
      show('dialog', userInterface as HtmlOutput, String(title));
    },
    showModelessDialog(userInterface: unknown, title: string): void {
      m('showModelessDialog');
      show('modeless', userInterface as HtmlOutput, String(title));
    },
  };
}
