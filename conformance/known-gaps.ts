/**
 * The one list of cases known to differ between the emulator and Google,
 * each with its reason. The emulator suite (test/conformance/) expects these
 * cases to fail on the emulator and every other case to pass; a listed case
 * that starts passing fails the suite until its line is removed here.
 * "pas encore émulé (issue 14 point N)": a behaviour the emulator does not
 * model yet; the engineer who adds it removes the line.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // Point 1: scopes from the manifest, drive.file reach.
  'scopes.undeclared-refused':
    "pas encore émulé (issue 14 point 1) : l'émulateur ne lit pas les portées du manifeste et n'a pas UrlFetchApp",
  'drive.file.person-file-unreachable':
    'pas encore émulé (issue 14 point 1) : DriveApp atteint tout fichier fait hors exécution, sans tenir compte de drive.file',
  // Point 2: publishing, scale bounds, e-mail collection.
  'forms.publish.new-unpublished':
    "pas encore émulé (issue 14 point 2) : pas d'état publié (isPublished)",
  'forms.publish.set':
    "pas encore émulé (issue 14 point 2) : pas d'état publié (setPublished)",
  'forms.publish.unpublish-closes':
    "pas encore émulé (issue 14 point 2) : pas d'état publié (setPublished)",
  'forms.publish.unpublished-refuses':
    'pas encore émulé (issue 14 point 2) : un formulaire non publié accepte les réponses',
  'forms.scale.bounds-refused':
    'pas encore émulé (issue 14 point 2) : setBounds accepte une borne haute de 2 (Google : 3 à 10)',
  'forms.email.collection-type':
    'pas encore émulé (issue 14 point 2) : ni setEmailCollectionType ni FormApp.EmailCollectionType',
  // Point 3: strings typed by the spreadsheet's locale.
  'typing.fr.decimal-comma':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'typing.fr.leading-zeros':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'typing.fr.date':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'typing.fr.time':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'typing.fr.boolean':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'typing.fr.fraction-is-date':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'typing.en.date-order':
    'pas encore émulé (issue 14 point 3) : les textes écrits restent des textes',
  'timezone.spreadsheet.typed':
    "pas encore émulé (issue 14 point 3) : un texte date-heure n'est pas lu dans le fuseau du classeur",
  // Point 4: the manifest's time zone.
  'timezone.script.session':
    "pas encore émulé (issue 14 point 4) : getScriptTimeZone rend l'option timeZone du Workspace, pas le manifeste",
  'timezone.script.javascript':
    'pas encore émulé (issue 14 point 4) : le JavaScript tourne dans le fuseau de la machine hôte',
  // Point 5: who and when.
  'auth.simple-onOpen.limited':
    'pas encore émulé (issue 14 point 5) : ws.open lance onOpen en FULL par défaut',
  'session.active-user.simple-trigger-other':
    "pas encore émulé (issue 14 point 5) : getActiveUser rend l'adresse d'un autre compte grand public dans un déclencheur simple",
  'triggers.everyMinutes.rate':
    "pas encore émulé (issue 14 point 5) : les déclencheurs horaires s'exécutent au plus une fois par heure, même dans un script lié",
  'sheets.validation.list-no-blank':
    'pas encore émulé (issue 14 point 5) : requireValueInList garde un élément vide',
};
