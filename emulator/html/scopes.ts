/**
 * Scopes of HtmlService and its outputs: one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, type ScopeTable} from '../core/scopes';

export const HTML_SCOPES: ScopeTable = {
  ...rowsOf('HtmlService', 'html/html-service', [], {
    createHtmlOutput: 'createHtmlOutput()',
    createHtmlOutputFromFile: 'createHtmlOutputFromFile(String)',
    createTemplate: 'createTemplate(BlobSource)',
    createTemplateFromFile: 'createTemplateFromFile(String)',
    getUserAgent: 'getUserAgent()',
  }),
  ...rowsOf('HtmlOutput', 'html/html-output', [], {
    addMetaTag: 'addMetaTag(String,String)',
    append: 'append(String)',
    appendUntrusted: 'appendUntrusted(String)',
    asTemplate: 'asTemplate()',
    clear: 'clear()',
    getAs: 'getAs(String)',
    getBlob: 'getBlob()',
    getContent: 'getContent()',
    getFaviconUrl: 'getFaviconUrl()',
    getHeight: 'getHeight()',
    getTitle: 'getTitle()',
    getWidth: 'getWidth()',
    setContent: 'setContent(String)',
    setFaviconUrl: 'setFaviconUrl(String)',
    setHeight: 'setHeight(Integer)',
    setSandboxMode: 'setSandboxMode(SandboxMode)',
    setTitle: 'setTitle(String)',
    setWidth: 'setWidth(Integer)',
    setXFrameOptionsMode: 'setXFrameOptionsMode(XFrameOptionsMode)',
  }),
  ...rowsOf('HtmlTemplate', 'html/html-template', [], {
    evaluate: 'evaluate()',
    getCode: 'getCode()',
    getCodeWithComments: 'getCodeWithComments()',
    getRawContent: 'getRawContent()',
  }),
};
