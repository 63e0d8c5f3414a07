/**
 * The document's element classes extend one another and refer to one another
 * (a paragraph holds text, a table cell holds paragraphs, every element can
 * find its paragraph). Every module of this folder imports its siblings from
 * here, and this list loads them base classes first; code outside this folder
 * imports from index.ts, which loads this list before anything else, so that
 * no class is extended before it is defined. The ORDER of these lines
 * matters: do not let an editor sort them ("organize imports").
 */
export * from './element';
export * from './replace-text';
export * from './text';
export * from './container-element';
export * from './inline-elements';
export * from './paragraph';
export * from './section';
export * from './table';
export * from './document';
export * from './tree';
export * from './document-app';
