/**
 * Scopes of the Base service (Session, User, Ui, Menu, Blob, Logger): one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, SCOPE, type ScopeTable} from '../core/scopes';

export const BASE_SCOPES: ScopeTable = {
  // The emulator meters PromptResponse's methods under 'Ui'.
  ...rowsOf('Ui', 'base/prompt-response', [], {
    getResponseText: 'getResponseText()',
    getSelectedButton: 'getSelectedButton()',
  }),
  ...rowsOf('Session', 'base/session', [SCOPE.userinfoEmail], {
    getActiveUser: 'getActiveUser()',
    getEffectiveUser: 'getEffectiveUser()',
  }),
  ...rowsOf('Session', 'base/session', [], {
    getActiveUserLocale: 'getActiveUserLocale()',
    getScriptTimeZone: 'getScriptTimeZone()',
    getTemporaryActiveUserKey: 'getTemporaryActiveUserKey()',
  }),
  ...rowsOf('User', 'base/user', [], {
    getEmail: 'getEmail()',
  }),
  ...rowsOf('Ui', 'base/ui', [], {
    alert: 'alert(String)',
    createAddonMenu: 'createAddonMenu()',
    createMenu: 'createMenu(String)',
    prompt: 'prompt(String)',
  }),
  ...rowsOf('Ui', 'base/ui', [SCOPE.containerUi], {
    showModalDialog: 'showModalDialog(Object,String)',
    showModelessDialog: 'showModelessDialog(Object,String)',
    showSidebar: 'showSidebar(Object)',
  }),
  ...rowsOf('Menu', 'base/menu', [], {
    addItem: 'addItem(String,String)',
    addSeparator: 'addSeparator()',
    addSubMenu: 'addSubMenu(Menu)',
    addToUi: 'addToUi()',
  }),
  ...rowsOf('Blob', 'base/blob', [], {
    copyBlob: 'copyBlob()',
    getAs: 'getAs(String)',
    getBytes: 'getBytes()',
    getContentType: 'getContentType()',
    getDataAsString: 'getDataAsString()',
    getName: 'getName()',
    isGoogleType: 'isGoogleType()',
    setBytes: 'setBytes(Byte)',
    setContentType: 'setContentType(String)',
    setContentTypeFromExtension: 'setContentTypeFromExtension()',
    setDataFromString: 'setDataFromString(String)',
    setName: 'setName(String)',
  }),
  ...rowsOf('Logger', 'base/logger', [], {
    clear: 'clear()',
    getLog: 'getLog()',
    log: 'log(Object)',
  }),
};
