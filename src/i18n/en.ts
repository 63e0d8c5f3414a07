/** The English catalogue: same keys as fr.ts (the type makes sure of it). */
import type {FR} from './fr';
import {BOOKINGS_EN} from './bookings';

export const EN: Record<keyof typeof FR, string> = {
  ...BOOKINGS_EN,
  'menu.title': 'Territoire de sciences',
  'menu.about': 'About…',
  'menu.settings': 'Settings…',
  // Installation check
  'menu.check': 'Check the installation…',
  'check.title': 'Installation check',
  'check.todo': 'To do: {todo}',
  'check.summary.ok':
    'All set: nothing that was checked will block the event. Nothing was created or changed.',
  'check.summary.issues':
    'To fix: {errors} · to watch: {warnings}. The check created and changed nothing.',
  'check.scope.spreadsheets': 'Google Sheets (spreadsheets)',
  'check.scope.forms': 'Google Forms (questionnaires)',
  'check.scope.documents': 'Google Docs (documents)',
  'check.scope.driveFile': 'Google Drive (files the add-on made or you chose)',
  'check.scope.scriptapp': 'automatic triggers',
  'check.scope.sendMail': 'sending e-mail as you',
  'check.scope.containerUi': 'menus and windows in Sheets and Forms',
  'check.scope.userinfo': 'your e-mail address',
  'check.mode.bound':
    'Deployment: script bound to the spreadsheet (the "Modèle de suivi", copied for each event), {project} project.',
  'check.mode.addon':
    'Deployment: editor add-on of the domain, {project} project.',
  'check.scopes.ok':
    'Permissions: all {count} permissions of the add-on are granted.',
  'check.scopes.missing': 'Permissions declined or not granted yet: {list}.',
  'check.scopes.todo':
    'run a menu action again and, in Google’s window, tick every box before "Continue"; otherwise the features that need them will stop.',
  'check.notChecked':
    '{what}: not checked, the "{scope}" permission is missing.',
  'check.form.ok':
    'Questionnaires: a test questionnaire was created, published and trashed.',
  'check.form.createFailed':
    'Questionnaires: Google refused to create a questionnaire ({detail}).',
  'check.form.createTodo':
    'check that Google Forms is on for your account (admin console › Apps › Google Workspace › Google Forms); try again later if Google was unavailable.',
  'check.form.publishFailed':
    'Questionnaires: the test questionnaire was created but could not be published: the add-on’s questionnaires would accept no response.',
  'check.form.publishTodo':
    'check that the domain’s sharing rules allow publishing a form (admin console › Google Forms), then run the check again.',
  'check.form.trashFailed':
    'Questionnaires: the test questionnaire "{name}" could not be trashed.',
  'check.form.trashTodo': 'delete it by hand in Google Drive (it is empty).',
  'check.folder.none':
    'Documents folder: not created yet; it will be at the first generation, named "{name}".',
  'check.folder.ok': 'Documents folder: "{name}" can be reached.',
  'check.folder.missing':
    'Documents folder: the folder saved in the settings cannot be found or is out of the add-on’s reach.',
  'check.folder.todo':
    'in "Settings…", empty the folder field: the add-on will make a new one at the next generation (documents already made stay where they are).',
  'check.templates.none':
    'Document templates: none saved; documents use the add-on’s layout.',
  'check.templates.ok': 'Document templates: {count} saved, all readable.',
  'check.templates.broken': 'Document template out of reach: {detail}',
  'check.templates.todo':
    'share the template with your account (read access at least) or give another template’s address in the "Documents…" window.',
  'check.triggers.none':
    'Triggers: none is needed yet (no weekly summary, no questionnaire, no generation under way).',
  'check.trigger.weekly': 'weekly summary',
  'check.trigger.submit': 'questionnaire responses',
  'check.trigger.batch': 'sheet generation under way',
  'check.trigger.ok': 'Trigger "{what}": in place (account {owner}).',
  'check.trigger.other':
    'Trigger "{what}": belongs to {owner}; only that account can check it still exists.',
  'check.trigger.otherTodo':
    'ask {owner} to run "Check the installation…" too, or turn the feature on again from your account to take it over.',
  'check.trigger.missing':
    'Trigger "{what}": missing (deleted by hand or never installed).',
  'check.trigger.weeklyTodo': 'menu "Send the summary now": it reinstalls it.',
  'check.trigger.submitTodo':
    'run "Create the questionnaire…" again for the same audience: nothing is duplicated and the trigger is reinstalled.',
  'check.trigger.batchTodo':
    'open "Documents…" again and start the same generation: it resumes where it stopped.',
  'check.triggers.many':
    'Triggers: your account has {count} for this add-on, of the 20 Google allows.',
  'check.triggers.manyTodo':
    'turn off the weekly summary of finished events’ trackers.',
  'check.mail.ok': 'E-mail: {count} more recipient(s) possible today.',
  'check.mail.low':
    'E-mail: only {count} recipient(s) possible today, for {needed} recipient(s) of the weekly summary.',
  'check.mail.lowTodo':
    'the summary will wait until the next day (nothing is lost); shorten the recipient list or avoid other sendings that day.',
  'check.mail.none':
    'E-mail: today’s quota is used up; no e-mail will leave before tomorrow.',
  'check.tz.ok':
    'Time zone: the spreadsheet and the add-on share one time zone, {zone}.',
  'check.tz.differs':
    'Time zone: the spreadsheet is set to {sheet}, the add-on to {manifest}; times read from the spreadsheet would be shifted.',
  'check.tz.todo': 'File › Settings › Time zone: choose "(GMT+01:00) Paris".',
  'check.locale.ok': 'Spreadsheet locale: {locale}.',
  'check.locale.differs':
    'Spreadsheet locale: {locale}; a number like "12,5" or a date like "03/10/2026" would not be read as in France.',
  'check.locale.todo': 'File › Settings › Locale: choose "France".',
  'check.link.none':
    'Linked tracker: this form is linked to no tracker and sends its responses to no spreadsheet.',
  'check.link.noneTodo':
    'menu "Link to a tracker…": paste the address of the event’s tracker.',
  'check.link.ok': 'Linked tracker: "{name}" can be reached.',
  'check.link.broken':
    'Linked tracker: the saved spreadsheet ({id}) cannot be found or you have no access to it.',
  'check.link.brokenTodo':
    'ask for access to the tracker, or link the form again with "Link to a tracker…".',
  'about.title': 'About',
  'about.description':
    "Territoire de sciences' add-on for the cultural-engineering team: event trackers, evaluation questionnaires, reports, documents and weekly summaries.",
  'about.version': 'Version {version}',
  'about.help': 'Help and user guide',
  'error.unexpected': 'An unexpected error occurred: {detail}',
  'error.tooManyTriggers':
    "Your account already has 20 triggers for this add-on, Google's limit: turn off the weekly summary of another tracker or delete a trigger (Extensions › Apps Script › Triggers), then try again.",
  'forms.error.notPublished':
    'The form "{title}" could not be published: it would accept no responses. Open it in Google Forms, click "Publish", then run the action again (nothing was lost).',
  'error.cellLimit':
    'The spreadsheet would pass Google\'s limit of 10 million cells by growing the "{tab}" tab: nothing was written. Delete unused tabs or rows, or split the tracker across several spreadsheets.',
  'error.lockBusy':
    'Another operation is running on this spreadsheet. Try again in a moment.',
  'error.noSpreadsheet':
    'Open a Google Sheets spreadsheet to use this function.',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  // --- settings (keys 'settings.*') ---
  'settings.title': 'Settings',
  'settings.intro':
    'These settings apply to this document and to everyone on the team who uses it.',
  'settings.section.organisation': 'Organisation',
  'settings.section.weekly': 'Weekly summary',
  'settings.section.privacy': 'Privacy',
  'settings.section.language': 'Language',
  'settings.organisation.label': 'Organisation name',
  'settings.organisation.hint': 'Shown in documents and e-mails.',
  'settings.departements.label': 'Départements',
  'settings.departements.hint':
    'Official codes, separated by commas (for example 38, 73).',
  'settings.documentsFolder.label': 'Drive folder for documents',
  'settings.documentsFolder.hint':
    'Name of a folder (created if needed) or link to an existing folder.',
  'settings.teamEmails.label': 'Team e-mail addresses',
  'settings.teamEmails.hint':
    'One per line or separated by commas. They receive the weekly summary.',
  'settings.weeklyDay.label': 'Day sent',
  'settings.weeklyHour.label': 'Time sent',
  'settings.weeklyHour.option': '{hour}:00',
  'settings.weeklyEvenIfNothingChanged.label':
    'Send the summary even when nothing changed',
  'settings.smallGroupK.label': 'Small-group threshold (k)',
  'settings.smallGroupK.hint':
    'Reports hide groups of fewer than k people: 5 by default, never under 3.',
  'settings.retentionMonths.label': 'Keep answers for (months)',
  'settings.retentionMonths.hint':
    'After this time, questionnaire answers are deleted; reports are kept.',
  'settings.language.label': 'Language of menus, documents and e-mails',
  'settings.language.fr': 'Français',
  'settings.language.en': 'English',
  'settings.day.MONDAY': 'Monday',
  'settings.day.TUESDAY': 'Tuesday',
  'settings.day.WEDNESDAY': 'Wednesday',
  'settings.day.THURSDAY': 'Thursday',
  'settings.day.FRIDAY': 'Friday',
  'settings.day.SATURDAY': 'Saturday',
  'settings.day.SUNDAY': 'Sunday',
  'settings.saved': 'Settings saved.',
  'settings.savedLanguage':
    'Settings saved. The new language applies the next time the document is opened.',
  'settings.error.smallGroupK':
    'The threshold must be at least {min}: below that, people could be recognised.',
  'settings.error.departementUnknown':
    'Unknown département: “{value}”. Enter an official code, for example 38.',
  'settings.error.folderNotFound':
    'The add-on cannot open this folder: with its permissions (drive.file scope) it only reaches folders it created itself, never one made by hand or shared. Enter a folder name instead: the add-on will create it and put the documents there. Your other settings were not saved; they are still in the form.',
  'settings.error.departementsRequired': 'Enter at least one département.',
  'settings.error.teamEmailsTooMany':
    'At most {max} addresses (the limit of one e-mail).',
  // --- ui (keys 'ui.*') ---
  'ui.rule.required': 'This field is required.',
  'ui.rule.tooLong': 'This text is too long: at most {max} characters.',
  'ui.rule.wrongType': 'This value is not valid.',
  'ui.rule.html': 'The characters < and > are not accepted.',
  'ui.rule.formula': 'The text cannot start with =, +, - or @.',
  'ui.rule.integer': 'Enter a whole number.',
  'ui.rule.min': 'The value must be at least {min}.',
  'ui.rule.max': 'The value must be at most {max}.',
  'ui.rule.choice': 'Choose one of the values offered.',
  'ui.rule.email': '“{value}” is not a valid e-mail address.',
  'ui.rule.unknown': '“{value}” is not a known value.',
  'ui.rule.tooFew': 'Enter at least {min} items.',
  'ui.rule.tooMany': 'At most {max} items.',
  'ui.form.invalid': 'Some fields need correcting: see the messages in red.',
  'ui.busy': 'Working…',
  'ui.error.network':
    'The server did not answer. Check your connection, then try again.',
  'ui.dismiss': 'Dismiss message',
  'ui.required': 'required',
  'ui.progress.waiting': 'Starting…',
  'ui.progress.step': 'Step {step}/{total} – {count} items',
  'ui.progress.stepSingular': 'Step {step}/{total} – {count} item',
  'ui.progress.done': 'Done.',
  'ui.progress.open': 'Open the result',
  // --- tracker (keys 'tracker.*') ---
  'tracker.menu.tracker': 'Create / update the tracker…',
  'tracker.menu.import': 'Import events…',
  'tracker.unknownUser': 'unknown',
  'tracker.dialog.title': 'Create or update the tracker',
  'tracker.dialog.intro':
    'The tracker is built in this spreadsheet. Running this again never deletes, moves or overwrites your data: it adds missing tabs and columns and repairs validation and formatting.',
  'tracker.dialog.name': 'Event name',
  'tracker.dialog.kind': 'Kind of event',
  'tracker.dialog.edition': 'Edition',
  'tracker.dialog.editionHelp': 'For example 2026 or "12th edition".',
  'tracker.dialog.startDate': 'Start date',
  'tracker.dialog.endDate': 'End date',
  'tracker.dialog.departement': 'Département',
  'tracker.dialog.teamEmails': "Team's e-mail addresses",
  'tracker.dialog.teamEmailsHelp': 'Separated by commas or line breaks.',
  'tracker.dialog.submit': 'Create / update',
  'tracker.dialog.done': 'Tracker ready. Changes:',
  'tracker.import.dialog.title': 'Import events',
  'tracker.import.dialog.intro':
    'Accepted formats: the Fête de la science open-data export (JSON), OpenAgenda events (API JSON: one page, a list of events or several pages), the OpenDataSoft dataset "evenements-publics-openagenda" (JSON or CSV), an iCalendar file (.ics, exported from OpenAgenda, Google Calendar, Framagenda…) and a CSV of the Schedule (comma or semicolon separated, French or English headers). Importing the same file again updates the sessions instead of duplicating them.',
  'tracker.import.dialog.file': 'File to import',
  'tracker.import.dialog.submit': 'Import',
  'tracker.import.dialog.noFile': 'Choose a file.',
  'tracker.import.dialog.readError': 'The browser could not read this file.',
  'tracker.import.dialog.rejectedTitle': 'Refused, by reason:',
  'tracker.import.reason.missing': 'missing value',
  'tracker.import.reason.duplicate':
    'duplicate id "{value}" (already on line {first})',
  'tracker.import.reason.duplicateLine':
    'same title, date, time and town as line {first}',
  'tracker.import.reason.badSlot':
    'unreadable time slot "{value}" (expected: begin-end in ISO 8601, e.g. 2026-10-10T14:00:00+02:00-2026-10-10T16:00:00+02:00)',
  'tracker.import.reason.badDate':
    'unreadable date "{value}" (expected: DD/MM/YYYY or YYYY-MM-DD)',
  'tracker.import.reason.badTime':
    'unreadable time "{value}" (expected: HH:MM, e.g. 14:30)',
  'tracker.import.reason.notNumber': '"{value}" is not a number',
  'tracker.import.reason.negative':
    'negative number ({value}): zero or more expected',
  'tracker.import.reason.badChoice':
    'unknown value "{value}" (possible values: {choices})',
  'tracker.import.reason.unknownCommune':
    'unknown town in département {departement}: "{value}"',
  'tracker.import.reason.ambiguousCommune':
    'ambiguous town "{value}": several towns of département {departement} match; give the exact name or the INSEE code',
  'tracker.import.reason.outside':
    'town outside département {departement}: "{value}"',
  'tracker.import.rejection.line': 'Line {line}, field "{field}": {reason}.',
  'tracker.import.rejection.record':
    'Record #{line}, field "{field}": {reason}.',
  'tracker.import.registrationRequired': 'Registration required',
  'tracker.import.full': 'Full (according to OpenAgenda)',
  'tracker.import.format.fds': 'Fête de la science open-data export',
  'tracker.import.format.openagenda': 'OpenAgenda export',
  'tracker.import.format.csv': 'Schedule CSV',
  'tracker.import.report.summary':
    '{file} ({format}): records read: {given}; accepted: {accepted}; rejected: {rejected}. Sessions added: {imported}; sessions updated: {updated}.',
  'tracker.import.report.partners':
    'Organisations added to the "{tab}" tab: {count}.',
  'tracker.import.progress.reading': 'Reading the file…',
  'tracker.import.progress.communes':
    'Events read: {count}; accepted after checking their towns: {accepted}.',
  'tracker.import.progress.programme':
    'Writing the schedule: {count} session(s) added or updated.',
  'tracker.import.progress.partners':
    'Partners: {count} organisation(s) added.',
  'tracker.import.progress.done': 'Import finished.',
  'tracker.import.progress.open': 'Open the "{tab}" tab',
  'csv.error.unclosedQuote':
    'The CSV file is malformed on line {line}: a quote there opens a cell that is never closed, so everything after it would be read as one cell. Close that quote (or remove it), then import again. Nothing was imported.',
  'csv.error.strayQuote':
    'The CSV file is malformed on line {line}: a quote stands in the middle of a cell. A cell that holds quotes must be entirely in quotes, with the quotes inside doubled (""). Fix that line, then import again. Nothing was imported.',
  'tracker.import.error.empty': 'The file is empty: no event to import.',
  'tracker.import.error.json':
    'The JSON file is malformed (line {line}, column {column}): check that it is a complete export. Nothing was imported.',
  'tracker.import.error.jsonNoPlace':
    'The JSON file is malformed: check that it is a complete export. Nothing was imported.',
  'tracker.import.error.format':
    'Unknown format: the file is neither a Fête de la science open-data export, nor an OpenAgenda events export ({events: [...]} or a list of events), nor the OpenDataSoft dataset "evenements-publics-openagenda", nor an iCalendar file (.ics). Nothing was imported.',
  'tracker.import.error.csvColumns':
    'CSV line 1: required columns missing: {columns}. Headers must be those of the Schedule tab (French or English). Nothing was imported.',
  'tracker.import.error.noTracker':
    'This spreadsheet holds no tracker yet: use "Create / update the tracker…" first.',
  'tracker.import.error.noCommunes':
    'The towns of département {departement} are not bundled with this add-on: events cannot be matched to their town.',
  'tracker.import.dialog.fullList': 'Full list of refusals',
  'tracker.import.reason.online':
    'online event without a place: it cannot be matched to a town',
  'tracker.import.reason.noPlace':
    'no place: no town, postal code or INSEE code',
  'tracker.import.reason.noDetailedTimings':
    'only the first and last time slots are given (firstTiming, lastTiming): the sessions are unknown',
  'tracker.import.reason.badDateTime':
    'unreadable date or time "{value}" (expected: YYYYMMDD or YYYYMMDDTHHMMSS, followed by Z for a UTC time)',
  'tracker.import.reason.badDuration':
    'unreadable duration "{value}" (expected: e.g. PT1H30M or P1D)',
  'tracker.import.reason.unknownZone':
    'unknown time zone "{value}": export the times in UTC or in the Europe/Paris zone',
  'tracker.import.reason.endBeforeStart':
    'the end "{value}" is before the start',
  'tracker.import.reason.badRule':
    'recurrence rule not supported: "{value}" (read: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY with COUNT or UNTIL, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH and WKST)',
  'tracker.import.reason.endless':
    'endless series (neither COUNT nor UNTIL): give it an end date in the source calendar and export it again',
  'tracker.import.reason.tooMany':
    'more than {max} sessions: split the series or export a shorter period',
  'tracker.import.reason.allExcluded':
    'every date of the series is excluded (EXDATE): no session',
  'tracker.import.reason.icsLine': 'line {value} is not of the form NAME:value',
  'tracker.import.rejection.event':
    'Event starting on line {line}, field "{field}": {reason}.',
  'tracker.import.format.ods-openagenda':
    'OpenDataSoft dataset "evenements-publics-openagenda"',
  'tracker.import.format.ics': 'iCalendar file',
  'tracker.import.report.journal':
    'The full list of refusals ({count}) is written in the "{tab}" tab.',
  'tracker.import.journal.source': 'Event import',
  'tracker.import.journal.summary':
    '{file}: records read: {given}; accepted: {accepted}; refused: {rejected}.',
  'tracker.import.group.missing': '{count} without "{field}"',
  'tracker.import.group.duplicate': '{count} duplicated',
  'tracker.import.group.duplicateLine': '{count} duplicated',
  'tracker.import.group.badSlot': '{count} with unreadable time slots',
  'tracker.import.group.badDate': '{count} with an unreadable date',
  'tracker.import.group.badTime': '{count} with an unreadable time',
  'tracker.import.group.notNumber':
    '{count} with an unreadable number ("{field}")',
  'tracker.import.group.negative': '{count} with a negative number ("{field}")',
  'tracker.import.group.badChoice': '{count} with an unknown value ("{field}")',
  'tracker.import.group.unknownCommune':
    '{count} in a town unknown in département {departement}',
  'tracker.import.group.ambiguousCommune': '{count} in an ambiguous town',
  'tracker.import.group.outside': '{count} outside département {departement}',
  'tracker.import.group.online': '{count} online, without a place',
  'tracker.import.group.noPlace': '{count} without a place',
  'tracker.import.group.noDetailedTimings':
    '{count} without detailed time slots',
  'tracker.import.group.badDateTime': '{count} with an unreadable date or time',
  'tracker.import.group.badDuration': '{count} with an unreadable duration',
  'tracker.import.group.unknownZone': '{count} in an unknown time zone',
  'tracker.import.group.endBeforeStart': '{count} ending before they start',
  'tracker.import.group.badRule': '{count} with an unsupported recurrence',
  'tracker.import.group.endless': '{count} repeated endlessly',
  'tracker.import.group.tooMany': '{count} with more than {max} sessions',
  'tracker.import.group.allExcluded': '{count} whose dates are all excluded',
  'tracker.import.group.icsLine': '{count} holding an unreadable line',
  'tracker.import.error.noTimings':
    'This OpenAgenda export does not give the detailed time slots (no "{field}" field): for {count} event(s), only the first and last slots are known. Export it again with the detailed slots: add the parameter detailed=1 (or includeFields[]=timings) to the OpenAgenda API request. Nothing was imported.',
  'tracker.import.error.icsNotCalendar':
    'Line {line}: this file is not an iCalendar calendar (it must start with BEGIN:VCALENDAR). Nothing was imported.',
  'tracker.import.error.icsLine':
    'Line {line} of the iCalendar file: "{value}" is not of the form NAME:value or stands outside any calendar. Nothing was imported.',
  'tracker.import.error.icsNesting':
    'Line {line} of the iCalendar file: END:{found} where END:{expected} was expected. Nothing was imported.',
  'tracker.import.error.icsTruncated':
    'The iCalendar file stops on line {line} without closing the {name} block opened on line {start}: check that it is a complete export. Nothing was imported.',
  'tracker.import.error.icsEmpty':
    'The iCalendar file holds no event (VEVENT): nothing to import.',
  'tracker.report.tabCreated': 'Tab "{tab}" created.',
  'tracker.report.columnAdded': 'Column "{column}" added to the "{tab}" tab.',
  'tracker.report.cardSet': 'Event card: "{field}" filled in.',
  'tracker.report.cardUpdated': 'Event card: "{field}" updated.',
  'tracker.report.tasksAdded':
    'Tasks of the "{kind}" checklist added to the "{tab}" tab: {count}.',
  'tracker.report.budgetAdded':
    'Budget lines added to the "{tab}" tab: {count}.',
  'tracker.report.formulas':
    'Rows of the "{tab}" tab given the gap formula: {count}.',
  'tracker.report.communesAdded': 'Towns added to the "{tab}" tab: {count}.',
  'tracker.report.repaired':
    'Validation, conditional formatting, filters, named ranges and header protections checked on {count} tabs.',
  'tracker.report.nothing': 'No data added: the tracker was already complete.',
  'tracker.form.error.name': 'Enter the name of the event.',
  'tracker.form.error.kind': 'Choose the kind of event.',
  'tracker.form.error.date':
    'Unreadable date "{value}" (expected: YYYY-MM-DD).',
  'tracker.form.error.dateOrder': 'The end date is before the start date.',
  'tracker.form.error.departement': 'Unknown département: "{value}".',
  'tracker.form.error.departementNotBundled':
    'The towns of département {value} are not bundled with this add-on (available: {list}).',
  'tracker.form.error.email': 'Invalid e-mail address: "{value}".',
  'tracker.task.fds.callForProjects':
    'Launch the call for projects to the organisations of the département',
  'tracker.task.fds.openagenda':
    'Help project leaders register their events on OpenAgenda',
  'tracker.task.fds.labelling':
    'Hold the labelling committee and notify the labelled projects',
  'tracker.task.fds.importProgramme':
    'Import the labelled programme into the Schedule tab',
  'tracker.task.fds.kits':
    'Order and hand out the communication kits (posters, programmes, banners)',
  'tracker.task.fds.schools': 'Open class bookings for the school sessions',
  'tracker.task.fds.press': 'Prepare the press kit and press conference',
  'tracker.task.fds.insurance':
    'Check insurance and event declarations of the science villages',
  'tracker.task.fds.transport':
    'Organise the transport of the science villages’ equipment',
  'tracker.task.fds.volunteers':
    'Plan welcome and meals for the science villages’ volunteers',
  'tracker.task.fds.survey':
    'Send the evaluation questionnaire to the organisers',
  'tracker.task.fds.bilans':
    'Collect the organisers’ reports (attendance, school pupils, feedback)',
  'tracker.task.fds.regional':
    'Send the département report to the regional coordination',
  'tracker.task.festival.programme':
    'Settle the programme and confirm the speakers',
  'tracker.task.festival.venues': 'Sign the agreements with the partner venues',
  'tracker.task.festival.equipment':
    'Book rooms and equipment (sound, video, immersive room)',
  'tracker.task.festival.booking': 'Open online bookings',
  'tracker.task.festival.communication':
    'Publicise the programme (posters, social media, press)',
  'tracker.task.festival.travel': 'Arrange travel and lodging for the speakers',
  'tracker.task.festival.welcome':
    'Plan the welcome of the public and the volunteers’ rota',
  'tracker.task.festival.catering': 'Order catering for the social events',
  'tracker.task.festival.safety':
    'Check venue safety (capacities, evacuation, first aiders)',
  'tracker.task.festival.survey':
    'Set up the evaluation questionnaire at each venue',
  'tracker.task.festival.bilan': 'Write the festival report',
  'tracker.task.ecole.theme':
    'Choose the scientific theme and gather the programme committee',
  'tracker.task.ecole.registration':
    'Open registration (mediators, PhD students, researchers)',
  'tracker.task.ecole.lodging': 'Book lodging for the participants',
  'tracker.task.ecole.speakers': 'Confirm speakers and workshops',
  'tracker.task.ecole.agreements': 'Send the training agreements',
  'tracker.task.ecole.meals': 'List dietary needs and order the meals',
  'tracker.task.ecole.shuttles':
    'Organise shuttles (station, Cosmocité, lodging)',
  'tracker.task.ecole.material': 'Prepare the workshop materials',
  'tracker.task.ecole.badges': 'Prepare badges and the welcome booklet',
  'tracker.task.ecole.survey':
    'Send the evaluation questionnaire to the participants',
  'tracker.task.ecole.certificates': 'Send the attendance certificates',
  'tracker.task.autre.plan': 'Define the programme and the budget',
  'tracker.task.autre.venue': 'Book the venue and the equipment',
  'tracker.task.autre.communication': 'Publicise the event',
  'tracker.task.autre.welcome': 'Organise the welcome of the public',
  'tracker.task.autre.bilan': 'Write the event report',
  'tracker.budget.communication': 'Communication (printing, distribution)',
  'tracker.budget.speakers': 'Speakers',
  'tracker.budget.rental': 'Room and equipment hire',
  'tracker.budget.transport': 'Transport',
  'tracker.budget.catering': 'Catering',
  'tracker.budget.lodging': 'Lodging',
  'tracker.role.organiser': 'organiser',
  'tracker.role.partner': 'partner',
  'tracker.tab.event': 'Event',
  'tracker.tab.programme': 'Schedule',
  'tracker.tab.logistics': 'Logistics',
  'tracker.tab.partners': 'Partners',
  'tracker.tab.budget': 'Budget',
  'tracker.tab.communes': 'Towns',
  'tracker.tab.participants': 'Participants',
  'tracker.kind.festival': 'Festival',
  'tracker.kind.ecole': 'Summer school',
  'tracker.kind.fds': 'Fête de la science (science festival)',
  'tracker.kind.autre': 'Other',
  'tracker.col.card.field': 'Field',
  'tracker.col.card.value': 'Value',
  'tracker.col.event.name': 'Event name',
  'tracker.col.event.kind': 'Kind of event',
  'tracker.col.event.edition': 'Edition',
  'tracker.col.event.startDate': 'Start date',
  'tracker.col.event.endDate': 'End date',
  'tracker.col.event.departement': 'Département',
  'tracker.col.event.mainVenue': 'Main venue',
  'tracker.col.event.lead': 'Lead',
  'tracker.col.event.teamEmails': 'Team e-mails',
  'tracker.col.event.context': 'Context',
  'tracker.col.event.objectives': 'Objectives',
  'tracker.col.event.targetPublics': 'Target publics',
  'tracker.col.session.id': 'ID',
  'tracker.col.session.title': 'Title',
  'tracker.col.session.animationKind': 'Kind of activity',
  'tracker.col.session.date': 'Date',
  'tracker.col.session.start': 'Start',
  'tracker.col.session.end': 'End',
  'tracker.col.session.venue': 'Venue',
  'tracker.col.session.address': 'Address',
  'tracker.col.session.commune': 'Town',
  'tracker.col.session.insee': 'INSEE code',
  'tracker.col.session.structure': 'Host organisation',
  'tracker.col.session.speakers': 'Speakers',
  'tracker.col.session.public': 'Audience',
  'tracker.col.session.minAge': 'Minimum age',
  'tracker.col.session.capacity': 'Capacity',
  'tracker.col.session.registered': 'Registered',
  'tracker.col.session.attended': 'Attended',
  'tracker.col.session.status': 'Status',
  'tracker.col.session.questionnaireLink': 'Questionnaire link',
  'tracker.col.session.registrationLink': 'Registration link',
  'tracker.col.session.description': 'Description',
  'tracker.col.session.notes': 'Notes',
  'tracker.col.session.sourceId': 'Source ID',
  'tracker.col.session.updatedOn': 'Updated on',
  'tracker.col.session.updatedBy': 'Updated by',
  'tracker.col.task.task': 'Task',
  'tracker.col.task.category': 'Category',
  'tracker.col.task.owner': 'Owner',
  'tracker.col.task.dueDate': 'Due date',
  'tracker.col.task.status': 'Status',
  'tracker.col.task.priority': 'Priority',
  'tracker.col.task.session': 'Linked session',
  'tracker.col.task.updatedOn': 'Updated on',
  'tracker.col.task.updatedBy': 'Updated by',
  'tracker.col.partner.structure': 'Organisation',
  'tracker.col.partner.kind': 'Kind of organisation',
  'tracker.col.partner.contact': 'Contact person',
  'tracker.col.partner.email': 'E-mail',
  'tracker.col.partner.phone': 'Phone',
  'tracker.col.partner.commune': 'Town',
  'tracker.col.partner.role': 'Role',
  'tracker.col.partner.agreement': 'Agreement',
  'tracker.col.budget.line': 'Budget line',
  'tracker.col.budget.category': 'Category',
  'tracker.col.budget.planned': 'Planned (€)',
  'tracker.col.budget.committed': 'Committed (€)',
  'tracker.col.budget.spent': 'Spent (€)',
  'tracker.col.budget.gap': 'Gap (€)',
  'tracker.col.budget.funder': 'Funder',
  'tracker.col.commune.insee': 'INSEE code',
  'tracker.col.commune.name': 'Town',
  'tracker.col.commune.postalCodes': 'Postal codes',
  'tracker.col.commune.population': 'Population',
  'tracker.col.commune.sessions': 'Sessions',
  'tracker.col.commune.structures': 'Organisations',
  'tracker.col.participant.name': 'Name',
  'tracker.col.participant.organisation': 'Organisation',
  'tracker.col.participant.status': 'Status',
  'tracker.col.participant.workshop': 'Workshop',
  'tracker.col.participant.lodging': 'Lodging',
  'tracker.col.participant.dietary': 'Dietary needs',
  'tracker.col.participant.registration': 'Registration status',
  // --- import (keys 'import.*') ---
  // --- questionnaire (keys 'questionnaire.*') ---
  'questionnaire.menu.create': 'Create the questionnaire…',
  'questionnaire.menu.bank': 'Prepare the question bank',
  'questionnaire.menu.counts': 'Update the response counts',
  'questionnaire.help.number': 'Enter a whole number.',
  'questionnaire.tab': 'Questionnaire',
  'questionnaire.countsTab': 'Questionnaire responses',
  'questionnaire.col.id': 'ID',
  'questionnaire.col.question': 'Question',
  'questionnaire.col.kind': 'Type',
  'questionnaire.col.choices': 'Choices',
  'questionnaire.col.required': 'Required',
  'questionnaire.col.audience': 'Audience',
  'questionnaire.col.help': 'Help text',
  'questionnaire.yes': 'yes',
  'questionnaire.no': 'no',
  'questionnaire.kind.section': 'Section title',
  'questionnaire.kind.session': 'Session (list from the Programme)',
  'questionnaire.kind.scale': 'Scale',
  'questionnaire.kind.nps': 'Recommendation 0–10',
  'questionnaire.kind.choice': 'Single choice',
  'questionnaire.kind.multi': 'Checkboxes',
  'questionnaire.kind.list': 'Dropdown',
  'questionnaire.kind.text': 'Short answer',
  'questionnaire.kind.paragraph': 'Paragraph',
  'questionnaire.kind.number': 'Number',
  'questionnaire.kind.grid': 'Rating grid (one row per session)',
  'questionnaire.audience.public': 'General public',
  'questionnaire.audience.teachers': 'Teachers (with a class)',
  'questionnaire.audience.summer': 'Professionals (summer school)',
  'questionnaire.audience.organisers': 'Organisers (Fête de la science)',
  'questionnaire.item.public.session': 'Which activity did you attend?',
  'questionnaire.item.public.commune': 'In which town do you live?',
  'questionnaire.item.public.with': 'Who did you come with?',
  'questionnaire.choices.public.with':
    'Alone | With family | With friends | With school | Other',
  'questionnaire.item.public.age': 'Your age band',
  'questionnaire.choices.public.age':
    'Under 15 | 15-24 | 25-39 | 40-59 | 60 and over',
  'questionnaire.item.public.heard': 'How did you hear about this event?',
  'questionnaire.help.public.heard': 'Several answers possible.',
  'questionnaire.choices.public.heard':
    'Poster or printed programme | Website | Social media | Press, radio | Word of mouth | School or teacher | Other',
  'questionnaire.item.public.satisfaction':
    'Overall, how satisfied are you with this activity?',
  'questionnaire.choices.public.satisfaction':
    '1–5 | Not at all satisfied | Very satisfied',
  'questionnaire.item.public.explanations': 'Were the explanations clear?',
  'questionnaire.choices.public.explanations':
    '1–5 | Not clear at all | Very clear',
  'questionnaire.item.public.length': 'The length of the activity was…',
  'questionnaire.choices.public.length': 'Too short | About right | Too long',
  'questionnaire.item.public.recommend':
    'How likely are you to recommend this event to a friend or relative?',
  'questionnaire.choices.public.recommend':
    '0–10 | Not at all likely | Extremely likely',
  'questionnaire.item.public.first': 'Is this your first time at this event?',
  'questionnaire.choices.public.first': 'Yes | No',
  'questionnaire.item.public.comments': 'Your comments and suggestions',
  'questionnaire.help.public.comments':
    'Please do not give your name, e-mail address or phone number.',
  'questionnaire.item.teachers.session':
    'Which activity did your class attend?',
  'questionnaire.item.teachers.school': 'School name',
  'questionnaire.item.teachers.commune': 'Town of the school',
  'questionnaire.item.teachers.level': 'Class level',
  'questionnaire.choices.teachers.level':
    'Nursery | Primary | Lower secondary | Upper secondary | Higher education | Other',
  'questionnaire.item.teachers.pupils': 'Number of pupils present',
  'questionnaire.item.teachers.opinion': 'Your opinion',
  'questionnaire.item.teachers.satisfaction':
    'Overall, how satisfied are you with the activity?',
  'questionnaire.choices.teachers.satisfaction':
    '1–5 | Not at all satisfied | Very satisfied',
  'questionnaire.item.teachers.curriculum':
    'Was the activity related to your curriculum?',
  'questionnaire.choices.teachers.curriculum': '1–5 | Not at all | Completely',
  'questionnaire.item.teachers.engagement':
    'Were your pupils active and interested?',
  'questionnaire.choices.teachers.engagement': '1–5 | Not at all | Completely',
  'questionnaire.item.teachers.fit':
    "Was the content suited to the pupils' age?",
  'questionnaire.choices.teachers.fit': 'Too easy | Suitable | Too hard',
  'questionnaire.item.teachers.prepare':
    'Did you prepare or follow up the activity in class?',
  'questionnaire.choices.teachers.prepare':
    'Yes, before | Yes, after | Yes, before and after | No',
  'questionnaire.item.teachers.recommend':
    'How likely are you to recommend this activity to a colleague?',
  'questionnaire.choices.teachers.recommend':
    '0–10 | Not at all likely | Extremely likely',
  'questionnaire.item.teachers.again':
    'Would you like to take part again next year?',
  'questionnaire.choices.teachers.again': 'Yes | No | Maybe',
  'questionnaire.item.teachers.comments': 'Your comments and suggestions',
  'questionnaire.item.summer.status': 'Your position',
  'questionnaire.choices.summer.status':
    'Science communicator | PhD student | Researcher | Teacher | Other',
  'questionnaire.item.summer.workshops': 'Rate each workshop',
  'questionnaire.choices.summer.workshops': '1–5',
  'questionnaire.help.summer.workshops':
    '1 = not at all satisfied, 5 = very satisfied.',
  'questionnaire.item.summer.satisfaction':
    'Overall, how satisfied are you with the summer school?',
  'questionnaire.choices.summer.satisfaction':
    '1–5 | Not at all satisfied | Very satisfied',
  'questionnaire.item.summer.organisation':
    'Practical organisation (welcome, meals, lodging)',
  'questionnaire.choices.summer.organisation': '1–5 | Very poor | Excellent',
  'questionnaire.item.summer.reuse': 'What will you reuse in your practice?',
  'questionnaire.choices.summer.reuse':
    'Activity formats or tools | Scientific content | Contacts, a network | Evaluation methods | Other',
  'questionnaire.item.summer.reuseDetail': 'Tell us what you intend to reuse',
  'questionnaire.item.summer.recommend':
    'How likely are you to recommend the summer school to a colleague?',
  'questionnaire.choices.summer.recommend':
    '0–10 | Not at all likely | Extremely likely',
  'questionnaire.item.summer.comments': 'Your comments and suggestions',
  'questionnaire.item.organisers.structure': 'Name of your organisation',
  'questionnaire.item.organisers.kind': 'Type of organisation',
  'questionnaire.choices.organisers.kind':
    'Association | Local authority or library | Research body | Museum or science centre | University or school | Company | Other',
  'questionnaire.item.organisers.commune': 'Main town of your activities',
  'questionnaire.item.organisers.figures': 'Your figures',
  'questionnaire.item.organisers.sessions': 'Number of sessions held',
  'questionnaire.item.organisers.visitors': 'Total number of visitors',
  'questionnaire.item.organisers.pupils': 'Of whom school pupils',
  'questionnaire.item.organisers.classes': 'Number of classes welcomed',
  'questionnaire.item.organisers.communes':
    'Other towns where you ran activities (one per line)',
  'questionnaire.item.organisers.difficulties': 'Difficulties met',
  'questionnaire.item.organisers.comments': 'Comments and suggestions',
  'questionnaire.form.title': '{event} – {audience} questionnaire',
  'questionnaire.form.description':
    "Thank you for taking two minutes to give us your opinion. This questionnaire is anonymous: please do not give your name, e-mail address or phone number. Answers are used only for the event's report.",
  'questionnaire.form.thanks': 'Thank you for your answer!',
  'questionnaire.form.defaultEvent': 'Event',
  'questionnaire.dialog.title': 'Create the questionnaire',
  'questionnaire.dialog.intro':
    'The form is built from the "{tab}" tab (editable before creation). Sessions come from the Programme.',
  'questionnaire.dialog.audience': 'Audience',
  'questionnaire.dialog.collectEmails': "Collect respondents' e-mail addresses",
  'questionnaire.dialog.collectEmailsHelp':
    'Leave unticked: answers stay anonymous (GDPR).',
  'questionnaire.dialog.submit': 'Create the questionnaire',
  'questionnaire.dialog.busy': 'Creating the form, links and QR codes…',
  'questionnaire.dialog.done':
    'Questionnaire ready: {items} questions, {links} prefilled links, QR code document created.',
  'questionnaire.dialog.updated':
    "This audience already had its questionnaire: the session list, links and QR codes were updated (the form's questions were not changed).",
  'questionnaire.dialog.scalesAdjusted':
    'Google Forms only accepts scales from 0 or 1 up to 3 to 10: {list}.',
  'questionnaire.dialog.scaleAdjusted':
    '"{question}" asked for {written}, made as {made}',
  'questionnaire.dialog.openForm': 'Open the form',
  'questionnaire.dialog.openDoc': 'Open the QR codes',
  'questionnaire.bank.created':
    '"{tab}" tab created with {n} standard questions. Edit them before creating the questionnaire.',
  'questionnaire.bank.exists':
    'The "{tab}" tab already exists: it was not changed.',
  'questionnaire.qr.title': 'Questionnaire QR codes – {title}',
  'questionnaire.qr.intro':
    "Print this page and display each session's QR code: it opens the questionnaire with the session already chosen.",
  'questionnaire.qr.general': 'Questionnaire (all sessions)',
  'questionnaire.counts.form': 'Questionnaire',
  'questionnaire.counts.session': 'Session',
  'questionnaire.counts.responses': 'Responses',
  'questionnaire.counts.attended': 'Attendance',
  'questionnaire.counts.rate': 'Response rate (%)',
  'questionnaire.counts.total': 'Total',
  'questionnaire.error.badKind':
    '"Questionnaire" tab, row {row}: the type "{value}" is not recognised. Pick a type from the list.',
  'questionnaire.error.badAudience':
    '"Questionnaire" tab, row {row}: the audience "{value}" is not recognised. Pick an audience from the list.',
  'questionnaire.error.noItems':
    'No question for the "{audience}" audience in the "{tab}" tab.',
  'questionnaire.error.badAudienceChoice': 'Unknown audience: "{value}".',
  'questionnaire.error.noSessions':
    'The Programme holds no (non-cancelled) session: add sessions before creating this questionnaire.',
  'questionnaire.error.noProgramme':
    'This spreadsheet has no "Programme" tab: open a tracker spreadsheet.',
  // --- bilan (keys 'bilan.*') ---
  'bilan.dialog.title': 'Generate the report',
  'bilan.dialog.intro':
    'The report reads the answers of every form linked to this spreadsheet, computes the statistics (groups that are too small are hidden) and writes them to the "Report" tab. Progress is shown below.',
  'bilan.dialog.run': 'Generate the report',
  'bilan.progress.reading': 'Reading the answers…',
  'bilan.progress.read':
    'Answers read: {count} answer(s) from {forms} form(s).',
  'bilan.progress.stats': 'Statistics: {count} question(s) computed.',
  'bilan.progress.written': 'Tab "{tab}" written.',
  'bilan.progress.done': 'Report finished.',
  'bilan.progress.open': 'Open the "{tab}" tab',
  'bilan.menu.generate': 'Generate the report',
  'bilan.menu.generateForm': "Generate this form's report",
  'bilan.menu.link': 'Link to a tracker…',
  'bilan.other': 'Other',
  'bilan.unnamed': '(not given)',
  'bilan.untitledColumn': 'Untitled column {n}',
  'bilan.mask.email': '[e-mail hidden]',
  'bilan.mask.phone': '[phone hidden]',
  'bilan.anomaly.outOfScale': 'Answer outside the scale',
  'bilan.anomaly.notANumber': 'Text instead of a number',
  'bilan.anomaly.notAnInteger': 'Non-integer number on a scale',
  'bilan.anomaly.other': '"Other" answer (not a known option)',
  'bilan.anomaly.renamed': 'Question renamed (old title as value)',
  'bilan.anomaly.added': 'Question added since the last report',
  'bilan.anomaly.deleted': 'Question deleted since the last report',
  'bilan.anomaly.notInForm':
    'Column missing from the form (question deleted or renamed in the form)',
  'bilan.anomaly.duplicate': 'Duplicate column title',
  'bilan.anomaly.empty': 'Empty response sheet',
  'bilan.kind.timestamp': 'Timestamp',
  'bilan.kind.scale': 'Scale',
  'bilan.kind.nps': 'Recommendation (NPS 0–10)',
  'bilan.kind.choice': 'Single choice',
  'bilan.kind.multi': 'Multiple choice',
  'bilan.kind.number': 'Number',
  'bilan.kind.text': 'Free text',
  'bilan.kind.personal': 'Personal data (excluded)',
  'bilan.role.session': 'Session',
  'bilan.role.commune': 'Commune',
  'bilan.role.age': 'Age band',
  'bilan.role.structure': 'Organisation',
  'bilan.role.visitors': 'Visitors',
  'bilan.role.pupils': 'Pupils',
  'bilan.role.classes': 'Classes',
  'bilan.role.satisfaction': 'Overall satisfaction',
  'bilan.params.tab': 'Report – settings',
  'bilan.params.source': 'Response sheet',
  'bilan.params.column': 'Column no.',
  'bilan.params.question': 'Question',
  'bilan.params.kind': 'Type',
  'bilan.params.scale': 'Scale',
  'bilan.params.role': 'Role',
  'bilan.params.options':
    'Options, or the scale\'s order from lowest to highest (separated by "|")',
  'bilan.params.origin': 'Decided from',
  'bilan.params.signature': 'Fingerprint (do not edit)',
  'bilan.origin.params': 'your settings',
  'bilan.origin.form': 'the form',
  'bilan.origin.answers': 'the answers',
  'bilan.tab': 'Report',
  'bilan.out.title': 'Questionnaire report',
  'bilan.out.generated':
    'Generated on {date} – groups under {k} answers hidden',
  'bilan.out.summary': 'Key figures',
  'bilan.out.responses': 'Responses',
  'bilan.out.sources': 'Forms',
  'bilan.out.satisfaction': 'Mean satisfaction',
  'bilan.out.nps': 'NPS (recommendation)',
  'bilan.out.anomalies': 'Anomalies',
  'bilan.out.programme': 'Programme',
  'bilan.out.sessionsPlanned': 'Sessions planned',
  'bilan.out.sessionsHeld': 'Sessions held (date past, not cancelled)',
  'bilan.out.registered': 'Registered',
  'bilan.out.attended': 'Present (Programme)',
  'bilan.out.schoolSessions': 'School sessions held',
  'bilan.out.generalPublicSessions': 'General-public sessions held',
  'bilan.out.schoolAttended': 'School attendance',
  'bilan.out.generalPublicAttended': 'General public attendance',
  'bilan.out.communesReached': 'Communes reached',
  'bilan.out.communesInDepartement': 'Communes of the département',
  'bilan.out.populationShare':
    "Share of the département's population in those communes (%)",
  'bilan.out.structures': 'Organising structures',
  'bilan.out.responseRate':
    "General public's response rate (% of visitors other than pupils)",
  'bilan.out.questions': 'Results by question',
  'bilan.out.source': 'Sheet',
  'bilan.out.question': 'Question',
  'bilan.out.kind': 'Type',
  'bilan.out.answered': 'Answers',
  'bilan.out.mean': 'Mean',
  'bilan.out.median': 'Median',
  'bilan.out.top2': 'Top-2 (%)',
  'bilan.out.npsScore': 'NPS',
  'bilan.out.answer': 'Answer',
  'bilan.out.count': 'Count',
  'bilan.out.percent': '%',
  'bilan.out.percentRespondents': '% of respondents',
  'bilan.out.promoters': 'Promoters (9–10)',
  'bilan.out.passives': 'Passives (7–8)',
  'bilan.out.detractors': 'Detractors (0–6)',
  'bilan.out.sum': 'Total',
  'bilan.out.texts':
    'Free answers: {n} (excerpts; e-mails and phone numbers masked)',
  'bilan.out.textsOmitted': '… and {n} more answers',
  'bilan.out.crossTabs': 'Cross-tabs (cells of fewer than {k} answers hidden)',
  'bilan.out.crossTitle': '{question} by "{segment}"',
  'bilan.out.shownTotal': 'Shown total',
  'bilan.out.small': '< {k}',
  'bilan.out.organisers': "Organisers' reports",
  'bilan.out.reports': "Organisers' reports received",
  'bilan.out.visitors': 'Visitors',
  'bilan.out.pupils': 'of whom pupils',
  'bilan.out.bookedClasses': 'Classes booked through the booking form',
  'bilan.out.bookedPupils': 'Pupils booked (confirmed bookings)',
  'bilan.out.bookedPresent': 'Pupils reported present at these sessions',
  'bilan.source.bookings': '“Bookings” tab',
  'bilan.out.classes': 'Classes welcomed',
  'bilan.out.byStructure': 'By organisation',
  'bilan.out.byCommune': 'By commune',
  'bilan.out.structure': 'Organisation',
  'bilan.out.commune': 'Commune',
  'bilan.out.row': 'Row',
  'bilan.out.value': 'Value',
  'bilan.out.reason': 'Reason',
  'bilan.out.noAnomaly': 'No anomaly.',
  'bilan.out.noResponse': 'No response yet.',
  'bilan.error.noResponseSheet':
    'No response sheet linked to a form in this spreadsheet. Link a form to this spreadsheet (in Forms: Responses > Link to Sheets), then try again.',
  'bilan.error.noTarget':
    'This form saves its responses in no spreadsheet and is linked to no tracker. Use "Link to a tracker…" or link it to a spreadsheet.',
  'bilan.error.badParam':
    '"Report – settings", row {row}: the type "{value}" is not recognised. Pick a type from the list.',
  'bilan.done':
    'Report generated: {responses} response(s) from {sources} form(s), {anomalies} anomaly(ies) listed. See the "{tab}" tab.',
  'bilan.link.title': 'Link to a tracker',
  'bilan.link.prompt': "The tracker spreadsheet's address (URL) or id:",
  'bilan.link.done': 'This form is linked to the tracker "{name}".',
  'bilan.link.invalid':
    'Cannot open the spreadsheet "{value}": check the address and your access rights.',
  'bilan.out.othersGroup': 'Others ({n})',
  'bilan.out.rest': 'Others ({n})',
  'bilan.out.unknown': 'not known',
  'bilan.out.hiddenNote':
    '"{mark}": statistical secrecy. A cell of fewer than {k} answers, or a cell from which one could be worked out by subtraction, is not shown; a mean is given only for a group none of whose cells is hidden.',
  'bilan.out.indicator': 'Indicator',
  'bilan.out.thisEdition': 'This edition',
  'bilan.out.previousEdition': 'Previous edition',
  'bilan.out.change': 'Change',
  'bilan.out.changePercent': 'Change (%)',
  'bilan.out.noPrevious':
    'To compare with the previous edition, paste its tracker\'s address in the "Bilan – paramètres" tab (line "Previous edition\'s tracker"), then generate the bilan again.',
  'bilan.key.sessions': 'Sessions held',
  'bilan.key.communes': 'Communes reached',
  'bilan.key.structures': 'Organising structures',
  'bilan.key.visitors': 'Visitors',
  'bilan.key.pupils': 'of whom pupils',
  'bilan.key.responses': 'Questionnaire responses',
  'bilan.key.satisfaction': 'Mean satisfaction (general public)',
  'bilan.key.nps': 'NPS (general public)',
  'bilan.out.sessionsMarkedHeld': 'of which marked "réalisé"',
  'bilan.out.sessionsUpcoming': 'Sessions to come or without a date',
  'bilan.out.sessionsCancelled': 'Cancelled sessions',
  'bilan.out.organiserVisitors': 'Visitors reported (organisers)',
  'bilan.out.organiserPupils': 'Pupils reported',
  'bilan.out.organiserClasses': 'Classes reported',
  'bilan.out.outOf': "out of the département's {total} communes",
  'bilan.out.organiserResponseRate': 'Structures that reported (%)',
  'bilan.out.disagreements':
    'Figures that differ between the Programme and the organisers',
  'bilan.out.figure': 'Figure',
  'bilan.out.more': '… and {n} more: "{tab}" tab',
  'bilan.out.withoutReport': 'Structures without a report ({n})',
  'bilan.out.coverage': 'Coverage of the territory: communes reached',
  'bilan.out.insee': 'INSEE code',
  'bilan.out.population': 'Population',
  'bilan.out.whiteZones':
    'Communes without any session ({n}), most populous first',
  'bilan.out.audienceTitle': '{audience} – {n} response(s) (sheet "{sheet}")',
  'bilan.out.perSessionNote':
    'Results session by session: "{tab}" tab (with a filter).',
  'bilan.out.moreAnomalies':
    '… and {n} more anomalies (counted by reason above).',
  'bilan.out.n': 'Answers',
  'bilan.out.all': 'All',
  'bilan.out.reached': 'Reached',
  'bilan.out.yes': 'yes',
  'bilan.out.no': 'no',
  'bilan.out.reportReceived': 'Report received',
  'bilan.out.questionnaire': 'Questionnaire',
  'bilan.source.programme': 'Programme ("Présents")',
  'bilan.source.organisers': "organisers' reports",
  'bilan.source.programme+organisers':
    'Programme ("Présents") where all of a structure\'s sessions are filled in, else its report',
  'bilan.source.none': 'no source',
  'bilan.source.heldRule':
    'Programme: date past, neither cancelled nor "non réalisé"',
  'bilan.source.attendedOn': 'filled in for {n} session(s) out of {total}',
  'bilan.audience.public': 'General public',
  'bilan.audience.teachers': 'Teachers',
  'bilan.audience.summer': 'Professionals (summer school)',
  'bilan.audience.organisers': 'Organisers',
  'bilan.audience.other': 'Other responses',
  'bilan.tab.sessions': 'Bilan – by session',
  'bilan.tab.communes': 'Bilan – communes',
  'bilan.tab.structures': 'Bilan – structures',
  'bilan.out.hiddenShort':
    '"{mark}": statistical secrecy (fewer than {k} answers, or deducible by subtraction)',
  'bilan.params.previous': "Previous edition's tracker",
  'bilan.params.previousHint':
    "← paste here the address of the previous edition's tracker to compare the key figures year over year",
  'bilan.previous.unreachable':
    'Previous edition: cannot open the spreadsheet "{value}" (check the address or access rights). The bilan is made without comparison.',
  'bilan.previous.noData':
    'Previous edition: the spreadsheet "{name}" has neither a bilan nor a readable programme. The bilan is made without comparison.',
  'bilan.source.tracker': 'Programme (tracker tab)',
  'bilan.out.sourceCol': 'Source',
  // --- documents (keys 'documents.*') ---
  'documents.menu.presentation': 'Generate the presentation',
  'documents.menu.followup': 'Generate the progress report',
  'documents.menu.bilan': 'Generate the final report (document)',
  'documents.menu.fiches': 'Generate the sheets per commune / per organisation',
  'documents.menu.dialog': 'Documents…',
  'documents.kindLabel.presentation': 'Presentation',
  'documents.kindLabel.followup': 'Progress report',
  'documents.kindLabel.bilan': 'Final report',
  'documents.kindLabel.ficheCommune': 'Commune sheet {name}',
  'documents.kindLabel.ficheStructure': 'Organisation sheet {name}',
  'documents.kindName.ficheCommune': 'Commune sheet',
  'documents.kindName.ficheStructure': 'Organisation sheet',
  'documents.kindName.fichesCommune': 'Sheets per commune',
  'documents.kindName.fichesStructure': 'Sheets per organisation',
  'documents.kindName.pdf': '{kind} (PDF)',
  'documents.kind.festival': 'Festival',
  'documents.kind.ecole': 'Summer school',
  'documents.kind.fds': 'Fête de la science',
  'documents.kind.autre': 'Event',
  'documents.untitledEvent': 'Untitled event',
  'documents.untitledSession': 'Untitled session',
  'documents.noDate': 'Date to be confirmed',
  'documents.noVenue': 'Venue to be confirmed',
  'documents.none': 'None.',
  'documents.toComplete': 'To be completed.',
  'documents.total': 'Total',
  'documents.andOthers': '… and {count} more',
  'documents.otherPartners': 'Other partners',
  'documents.keyFigures': 'Key figures',
  'documents.dates.single': 'on {date}',
  'documents.dates.range': 'from {start} to {end}',
  'documents.field.name': 'Event name',
  'documents.field.title': 'Event',
  'documents.field.kind': 'Event type',
  'documents.field.edition': 'Edition',
  'documents.field.startDate': 'Start date',
  'documents.field.endDate': 'End date',
  'documents.field.mainVenue': 'Main venue',
  'documents.field.lead': 'Lead',
  'documents.field.teamEmails': 'Team e-mails',
  'documents.field.context': 'Context',
  'documents.field.objectives': 'Objectives',
  'documents.field.targetPublics': 'Target audiences',
  'documents.field.departement': 'Département',
  'documents.field.today': 'Today',
  'documents.field.organisation': 'Organisation',
  'documents.field.subject': 'Commune or organisation',
  'documents.field.sessions': 'Sessions',
  'documents.field.venues': 'Venues',
  'documents.field.communes': 'Communes',
  'documents.field.structures': 'Organisations',
  'documents.field.publics': 'Audiences',
  'documents.field.publicList': 'List of audiences',
  'documents.field.partners': 'Partners',
  'documents.field.capacity': 'Total capacity',
  'documents.field.registered': 'Registered',
  'documents.field.attended': 'Attended',
  'documents.field.schoolSessions': 'School sessions',
  'documents.field.budgetPlanned': 'Planned budget',
  'documents.field.budgetCommitted': 'Committed budget',
  'documents.field.budgetSpent': 'Spent budget',
  'documents.field.responses': 'Responses',
  'documents.field.satisfaction': 'Satisfaction',
  'documents.field.nps': 'NPS',
  'documents.field.responseRate': 'Response rate',
  'documents.table.programme': 'programme',
  'documents.table.partners': 'partners',
  'documents.table.logistics': 'logistics',
  'documents.table.budget': 'budget',
  'documents.col.id': 'Id',
  'documents.col.title': 'Title',
  'documents.col.animationKind': 'Kind of activity',
  'documents.col.animation': 'Activity',
  'documents.col.date': 'Date',
  'documents.col.start': 'Start',
  'documents.col.end': 'End',
  'documents.col.hours': 'Time',
  'documents.col.venue': 'Venue',
  'documents.col.commune': 'Commune',
  'documents.col.insee': 'INSEE code',
  'documents.col.structure': 'Organisation',
  'documents.col.speakers': 'Speakers',
  'documents.col.public': 'Audience',
  'documents.col.minAge': 'Minimum age',
  'documents.col.capacity': 'Capacity',
  'documents.col.registered': 'Registered',
  'documents.col.attended': 'Attended',
  'documents.col.status': 'Status',
  'documents.col.partnerKind': 'Kind of organisation',
  'documents.col.contact': 'Contact',
  'documents.col.email': 'E-mail',
  'documents.col.phone': 'Phone',
  'documents.col.role': 'Role',
  'documents.col.agreement': 'Agreement',
  'documents.col.task': 'Task',
  'documents.col.category': 'Category',
  'documents.col.owner': 'Owner',
  'documents.col.dueDate': 'Due date',
  'documents.col.priority': 'Priority',
  'documents.col.session': 'Session',
  'documents.col.line': 'Budget line',
  'documents.col.planned': 'Planned',
  'documents.col.committed': 'Committed',
  'documents.col.spent': 'Spent',
  'documents.col.gap': 'Gap',
  'documents.col.funder': 'Funder',
  'documents.col.delay': 'Late by',
  'documents.col.indicator': 'Indicator',
  'documents.col.value': 'Value',
  'documents.col.answer': 'Answer',
  'documents.col.count': 'Count',
  'documents.col.share': 'Share',
  'documents.format.date': 'date',
  'documents.format.shortDate': 'short date',
  'documents.format.mediumDate': 'date without weekday',
  'documents.format.number': 'number',
  'documents.format.euros': 'currency',
  'documents.format.percent': 'percent',
  'documents.format.upper': 'upper case',
  'documents.format.lower': 'lower case',
  'documents.presentation.subtitle': 'Presentation file',
  'documents.presentation.context': 'Context and objectives',
  'documents.presentation.programme': 'Programme',
  'documents.presentation.partners': 'Partners',
  'documents.presentation.noPartners': 'No partner has been entered yet.',
  'documents.presentation.contacts': 'Contacts',
  'documents.presentation.lead': 'Lead: {lead}',
  'documents.presentation.team': 'Team: {emails}',
  'documents.followup.title': 'Progress report – {event}',
  'documents.followup.asOf': 'Status on {date}',
  'documents.followup.sessionsByStatus': 'Sessions by status',
  'documents.followup.noStatus': 'No status',
  'documents.followup.overdue': 'Overdue tasks',
  'documents.followup.noOverdue': 'No overdue task.',
  'documents.followup.soon': 'Tasks due within {days} days',
  'documents.followup.noSoon': 'No task due within two weeks.',
  'documents.followup.noOwner': 'No owner',
  'documents.followup.days': '{count} d',
  'documents.followup.budget': 'Budget',
  'documents.followup.noBudget': 'No budget line has been entered.',
  'documents.followup.overBudget': 'Lines committed beyond plan:',
  'documents.followup.overLine':
    '{line}: {committed} committed for {planned} planned',
  'documents.followup.openQuestions': 'Open questions',
  'documents.followup.sessionsWithoutVenue': 'Sessions without a venue',
  'documents.followup.partnersWithoutContact': 'Partners without a contact',
  'documents.bilan.subtitle': 'Final report',
  'documents.bilan.generatedOn': 'Document drawn up on {date}',
  'documents.bilan.programmeFigures': 'The programme in figures',
  'documents.bilan.sessionsPlanned': 'Sessions planned (not cancelled)',
  'documents.bilan.sessionsHeld': 'Sessions held (date past, not cancelled)',
  'documents.bilan.schoolSessions': 'of which school sessions',
  'documents.bilan.generalPublicSessions': 'of which general-public sessions',
  'documents.bilan.registered': 'Registered',
  'documents.bilan.attended': 'Present (Programme)',
  'documents.bilan.communesReached': 'Communes reached',
  'documents.bilan.outOf': '{count} out of {total}',
  'documents.bilan.populationShare': "Share of the département's population",
  'documents.bilan.structures': 'Organising structures',
  'documents.bilan.responses': 'Questionnaire responses',
  'documents.bilan.responseRate':
    "General public's response rate (responses ÷ visitors other than pupils)",
  'documents.bilan.satisfaction': 'Mean satisfaction',
  'documents.bilan.nps': 'Net Promoter Score',
  'documents.bilan.questionnaires': 'Questionnaires',
  'documents.bilan.noAnswers':
    'No questionnaire response has been analysed yet.',
  'documents.bilan.answered': '{count} responses',
  'documents.bilan.mean': 'mean {value}',
  'documents.bilan.median': 'median {value}',
  'documents.bilan.top2': '{value} in the top two levels',
  'documents.bilan.npsScore': 'NPS {value}',
  'documents.bilan.npsGroup': 'Group',
  'documents.bilan.promoters': 'Promoters (9–10)',
  'documents.bilan.passives': 'Passives (7–8)',
  'documents.bilan.detractors': 'Detractors (0–6)',
  'documents.bilan.chartCaption': 'Figure – {question}',
  'documents.bilan.chartCaptionPlain': 'Figure – {question}',
  'documents.bilan.chartCaptionCut':
    'Figure – {question} (first {max} rows of the table)',
  'documents.bilan.crossTabs': 'Cross-tabulations',
  'documents.bilan.crossTabTitle': '{question} by {segment}',
  'documents.bilan.meanShort': 'Mean',
  'documents.bilan.smallGroups':
    '"s": statistical secrecy. A cell of fewer than {k} answers, or a cell from which one could be worked out by subtraction, is not given; the mean and median are given only for a group none of whose cells is hidden.',
  'documents.bilan.comments': 'Comments (selection)',
  'documents.bilan.organisers': 'Figures reported by the organisers',
  'documents.bilan.reports': "Organisers' reports received",
  'documents.bilan.visitors': 'Visitors',
  'documents.bilan.pupils': 'of whom pupils',
  'documents.bilan.classes': 'Classes welcomed',
  'documents.bilan.byStructure': 'By organisation',
  'documents.bilan.byCommune': 'By commune',
  'documents.bilan.anomalies':
    '{count} answers outside the expected values were left out of the figures (see the Bilan tab).',
  'documents.bilan.perspectives': 'Outlook',
  'documents.bilan.perspectivesHint':
    'For the team to write: lessons learnt, improvements, next editions.',
  'documents.fiche.communeTitle': 'Commune sheet – {name}',
  'documents.fiche.structureTitle': 'Organisation sheet – {name}',
  'documents.fiche.sessions': 'Sessions',
  'documents.fiche.noContacts': 'No contact has been entered.',
  'documents.sheet': 'Documents',
  'documents.log.kind': 'Kind',
  'documents.log.date': 'Date',
  'documents.log.name': 'Name',
  'documents.log.link': 'Link',
  'documents.log.status': 'Status',
  'documents.log.error': 'Error',
  'documents.log.batch': 'Batch',
  'documents.log.key': 'Key',
  'documents.status.running': 'running',
  'documents.status.done': 'done',
  'documents.status.failed': 'failed',
  'documents.status.quota':
    'paused until tomorrow: Google’s daily document quota reached ({done} of {total})',
  'documents.status.progress': 'running ({done} of {total})',
  'documents.part.body': 'document body',
  'documents.part.header': 'header',
  'documents.part.footer': 'footer',
  'documents.issue.unknownField':
    'Unknown field "{name}" ({part}): did you mean "{suggestion}"?',
  'documents.issue.unknownFieldNoSuggestion':
    'Unknown field "{name}" ({part}).',
  'documents.issue.unknownFormatter':
    'Unknown format "{name}" ({part}): did you mean "{suggestion}"?',
  'documents.issue.unknownFormatterNoSuggestion':
    'Unknown format "{name}" ({part}). Possible formats: {list}.',
  'documents.issue.unknownTable':
    'Unknown repeated table "{name}" ({part}): did you mean "{suggestion}"?',
  'documents.issue.unknownTableNoSuggestion':
    'Unknown repeated table "{name}" ({part}). Possible tables: {list}.',
  'documents.issue.unclosed':
    'Unclosed field "{name}" ({part}): the closing braces are missing.',
  'documents.issue.unclosedBlock':
    'Block "{name}" ({part}) is never closed: add its closing marker in the same table row.',
  'documents.issue.strayClose':
    'Closing marker "{name}" ({part}) without a matching opening.',
  'documents.issue.blockNotInRow':
    'Block "{name}" must sit in a table row, with its closing marker in the same row.',
  'documents.error.emptyProgramme':
    'The programme is empty: add at least one session that is not cancelled in the Programme tab before generating this document.',
  'documents.error.noTracker':
    'This spreadsheet holds no tracker: create it first with "Create / update the tracker…".',
  'documents.error.noBilan':
    'No final report has been computed for this tracker yet: run "Generate the report" first.',
  'documents.error.folderMissing':
    'The add-on cannot find the documents folder: it was deleted, or it was not created by the add-on with your account (its permissions, drive.file scope, only open folders it created). No document was created. In the settings, enter a folder name: the add-on will create it.',
  'documents.error.templateRef':
    '"{ref}" is neither the address nor the id of a Google Docs document.',
  'documents.error.templateMissing':
    'The template "{ref}" does not open as a Google Docs document: check the address, that it is a Google Docs document (not a Word file), and that your account can open it. No document was created.',
  'documents.error.templateNotDoc':
    'The file "{name}" is not a Google Docs document: choose a Google Docs document as template.',
  'documents.error.templateInvalid':
    'The template has {count} error(s); no document was created. {issues}',
  'documents.error.failed':
    'Generating "{name}" failed; the unfinished document was moved to the trash. Detail: {detail}',
  'documents.error.noFicheKeys':
    'No session names a commune or an organisation: there is no sheet to generate.',
  'documents.error.badKind': 'Unknown kind of document: {kind}.',
  'documents.done.message':
    'The document "{name}" is ready in the folder "{folder}".',
  'documents.done.open': 'Open the document',
  'documents.done.pdf': 'A PDF copy was made too.',
  'documents.batch.quota':
    'Generating the sheets: {done} of {total} done. Google allows no more documents to be created today (your account’s daily quota is reached): the rest will resume automatically tomorrow, with nothing redone or left out; the Documents tab shows where it stands.',
  'documents.batch.stopped':
    'Generating the sheets: {done} of {total} done. The rest will resume automatically in a minute; the Documents tab shows where it stands.',
  'documents.batch.finished':
    'The {total} sheets are ready in the folder "{folder}".',
  'documents.batch.already':
    'Sheets are already being generated ({done} of {total}): this continues automatically.',
  'documents.batch.stoppedAddon':
    'Generating sheets: {done} of {total} done. It goes on while this window stays open; if you close it, it resumes by itself within the hour. The Documents tab shows how far it got.',
  'documents.batch.nothing':
    'No sheets are being generated: everything is already done.',
  'documents.batch.step': 'Sheet {done} of {total}: {name}',
  'documents.dialog.title': 'Documents',
  'documents.dialog.intro':
    'Generate a Google Docs document from the tracker. It is stored in the documents folder and listed in the Documents tab.',
  'documents.dialog.kind': 'Document to generate',
  'documents.dialog.kind.presentation': 'Presentation (presentation file)',
  'documents.dialog.kind.followup': 'Progress report',
  'documents.dialog.kind.bilan': 'Final report',
  'documents.dialog.kind.ficheCommune': 'Sheets per commune',
  'documents.dialog.kind.ficheStructure': 'Sheets per organisation',
  'documents.dialog.template': "Team's template (optional)",
  'documents.dialog.templateHint':
    'Address of a Google Docs document holding fields between double braces, e.g. {{Start date|date}}. For the sheets, {{Commune or organisation}} gives the name of the commune or organisation. Leave empty for the built-in layout.',
  'documents.dialog.pdf': 'Also make a PDF copy',
  'documents.dialog.check': 'Check the template',
  'documents.dialog.generate': 'Generate',
  'documents.dialog.templateOk':
    'The template is valid: {count} field(s) recognised.',
  'documents.dialog.templateNone': 'Enter the address of the template first.',
  'documents.bilan.unknown': 'not known',
  'documents.bilan.change': 'Change',
  'documents.bilan.summary': 'Summary',
  'documents.bilan.summaryProgramme':
    "{held} sessions held in {communes} communes out of {total} ({share} of the département's population), by {structures} organising structures.",
  'documents.bilan.summaryVisitors':
    '{visitors} visitors, of whom {pupils} pupils (source: {source}).',
  'documents.bilan.summaryResponses': '{n} questionnaire responses',
  'documents.bilan.summarySatisfaction':
    "general public's mean satisfaction {value} out of {max}",
  'documents.bilan.summaryNps': 'NPS {value}',
  'documents.bilan.summaryReports':
    '{reported} structures out of {total} sent their report ({rate}).',
  'documents.bilan.yearOverYear': 'Key figures, edition to edition',
  'documents.bilan.noPrevious':
    'To compare with the previous edition, paste its tracker\'s address in the "Bilan – paramètres" tab, then generate the bilan again.',
  'documents.bilan.sessionsUpcoming': 'Sessions to come or without a date',
  'documents.bilan.sessionsCancelled': 'Cancelled sessions',
  'documents.bilan.attendedOn': 'filled in for {n} sessions out of {total}',
  'documents.bilan.organiserVisitors': 'Visitors reported by the organisers',
  'documents.bilan.organiserResponseRate': 'Structures that sent their report',
  'documents.bilan.sourceCol': 'Source',
  'documents.bilan.source.programme': 'Programme ("Présents")',
  'documents.bilan.source.organisers': "organisers' reports",
  'documents.bilan.source.programme+organisers':
    'Programme where all of a structure\'s sessions have their "Présents", else its report',
  'documents.bilan.source.none': 'no source',
  'documents.bilan.source.heldRule':
    'Programme: date past, neither cancelled nor "non réalisé"',
  'documents.bilan.disagreements':
    'Where the Programme and the organisers differ',
  'documents.bilan.disagreementsHint':
    'For these structures the Programme\'s "Présents" and their report give different figures: both are given, to check with them.',
  'documents.bilan.figureCol': 'Figure',
  'documents.bilan.more': '… and {n} more: see the tracker\'s "{tab}" tab.',
  'documents.bilan.withoutReport': 'Structures that sent no report ({n})',
  'documents.bilan.coverage': 'Coverage of the territory',
  'documents.bilan.coverageIntro':
    "Sessions took place in {n} communes out of {total}, home to {share} of the département's inhabitants.",
  'documents.bilan.insee': 'INSEE code',
  'documents.bilan.population': 'Population',
  'documents.bilan.sessionsCol': 'Sessions',
  'documents.bilan.attendedCol': 'Present',
  'documents.bilan.visitorsCol': 'Visitors reported',
  'documents.bilan.coverageDash':
    '"—": figure not known (no "Présents" entered, no organiser\'s report for that commune).',
  'documents.bilan.whiteZones': 'Communes without a session: {n} white zones',
  'documents.bilan.whiteZonesIntro':
    'The most populous, to aim at for the next edition:',
  'documents.bilan.whiteZonesAll': 'Every commune without a session: {list}.',
  'documents.bilan.meanRank': 'mean rank {value} (from 1, the lowest, to {n})',
  'documents.bilan.shareRespondents': 'Share of respondents',
  'documents.bilan.nCol': 'Answers',
  'documents.bilan.medianShort': 'Median',
  'documents.bilan.all': 'All',
  'documents.bilan.audienceIntro': '{n} responses.',
  'documents.bilan.answers': 'Answers to the questions',
  'documents.bilan.numbers': 'Questions with figures',
  'documents.bilan.method': 'Method',
  'documents.bilan.methodText':
    'A session counts as held when its date is past and it is neither cancelled nor marked "non réalisé". Visitors come from the Programme\'s "Présents" when all of a structure\'s sessions are filled in, else from the structure\'s report; where both differ, both are given. In the cross-tabs "{mark}" marks a hidden cell: fewer than {k} answers, or a cell from which a hidden one could be found; no hidden cell can be recomputed from the other published figures. Quoted free answers have their e-mails and phone numbers masked.',
  'documents.bilan.source.tracker': 'Programme (tracker tab)',
  // --- weekly (keys 'weekly.*') ---
  'weekly.menu.activate': 'Turn on the weekly summary…',
  'weekly.menu.deactivate': 'Turn off the weekly summary',
  'weekly.menu.sendNow': 'Send the summary now',
  'weekly.dialog.title': 'Weekly summary',
  'weekly.dialog.intro':
    'Every week the recipients get a summary of the tracker: sessions of the next 14 days, tasks overdue or due, questionnaire responses, budget and gaps to fill. The summary is also recorded in the "Summaries" tab.',
  'weekly.dialog.day': 'Day',
  'weekly.dialog.hour': 'Time (Paris time)',
  'weekly.dialog.hourOption': '{hour}:00',
  'weekly.dialog.recipients': 'Recipients',
  'weekly.dialog.recipientsHelp':
    'One address per line, or separated by commas (50 at most).',
  'weekly.dialog.activate': 'Turn on',
  'weekly.dialog.current':
    'Summary on: every {day} around {hour}:00, installed by {owner}.',
  'weekly.dialog.inactive': 'The weekly summary is not turned on yet.',
  'weekly.day.MONDAY': 'Monday',
  'weekly.day.TUESDAY': 'Tuesday',
  'weekly.day.WEDNESDAY': 'Wednesday',
  'weekly.day.THURSDAY': 'Thursday',
  'weekly.day.FRIDAY': 'Friday',
  'weekly.day.SATURDAY': 'Saturday',
  'weekly.day.SUNDAY': 'Sunday',
  'weekly.activated':
    'Weekly summary turned on: every {day} around {hour}:00 (Paris time), sent to {recipients}.',
  'weekly.tookOver':
    'It was installed from the account {owner}: it now goes out from yours, and the old trigger will remove itself without sending anything.',
  'weekly.deactivated': 'Weekly summary turned off.',
  'weekly.deactivatedOther':
    'Weekly summary turned off. It had been installed from the account {owner}: its trigger will delete itself on its next run, without sending anything.',
  'weekly.notActive': 'The weekly summary was not turned on.',
  'weekly.sent': 'Summary sent to {recipients}.',
  'weekly.quotaShort':
    'Not enough e-mail quota left today ({remaining} left for {needed} recipients): the summary is recorded in the "Summaries" tab and will go out at the next run.',
  'weekly.busy':
    'A summary is already being prepared on this spreadsheet: try again in a moment.',
  'weekly.failed':
    'The summary could not be prepared: {detail} The details are in the "Log" tab.',
  'weekly.repaired':
    'The weekly summary trigger had disappeared: it has been recreated.',
  'weekly.error.noRecipients':
    'Give at least one recipient e-mail address (or the team e-mails in the "Event" tab).',
  'weekly.error.badRecipient': 'Invalid e-mail address: "{email}".',
  'weekly.error.tooManyRecipients':
    '{count} recipients: 50 at most per message.',
  'weekly.error.badDay': 'Invalid day: "{day}".',
  'weekly.error.badHour': 'Invalid time: choose an hour from 0 to 23.',
  'weekly.error.missingTab':
    'The "{tab}" tab cannot be found (renamed or deleted?). Give it back its name or rebuild the tracker.',
  'weekly.sheet.name': 'Summaries',
  'weekly.col.date': 'Date',
  'weekly.col.sessions': 'Sessions (14 days)',
  'weekly.col.full': 'Full',
  'weekly.col.nearlyEmpty': 'Nearly empty',
  'weekly.col.overdue': 'Tasks overdue',
  'weekly.col.dueSoon': 'Tasks due in 7 days',
  'weekly.col.blocked': 'Tasks blocked',
  'weekly.col.responses': 'New responses',
  'weekly.col.satisfaction': 'Satisfaction',
  'weekly.col.nps': 'NPS',
  'weekly.col.overBudget': 'Lines over budget',
  'weekly.col.gaps': 'Gaps to fill',
  'weekly.col.sentTo': 'Sent to',
  'weekly.col.status': 'Status',
  'weekly.status.sent': 'sent',
  'weekly.status.quota': 'not sent (e-mail quota reached)',
  'weekly.status.quotaThenSent':
    'not sent (e-mail quota reached) – included in the summary of {date}',
  'weekly.status.nothingNew': 'not sent (nothing new, nothing due)',
  'weekly.journal.source': 'Weekly summary',
  'weekly.journal.stale':
    'Old summary trigger removed (it was no longer the one recorded for this tracker).',
  'weekly.errorMail.subject': 'Weekly summary: failure on "{tracker}"',
  'weekly.errorMail.body':
    'The weekly summary of the tracker "{tracker}" could not be prepared on {date}:\n{detail}\n\nThe details are in the "Log" tab of the tracker: {url}\nThe summary will be tried again at the next run. You will not get another message of this kind today.',
  'weekly.mail.subject': 'Weekly summary – {event} – {date}',
  'weekly.mail.unnamed': 'unnamed event',
  'weekly.mail.title': 'Weekly summary of {date}',
  'weekly.mail.intro': 'Where "{event}" stands on {date}.',
  'weekly.mail.lateNote':
    'The summary of {date} could not go out (e-mail quota reached): this one replaces it.',
  'weekly.mail.open': 'Open the tracker',
  'weekly.mail.sessions': 'Sessions of the next 14 days',
  'weekly.mail.noSessions': 'No session in the next 14 days.',
  'weekly.mail.col.date': 'Date',
  'weekly.mail.col.title': 'Session',
  'weekly.mail.col.venue': 'Venue',
  'weekly.mail.col.commune': 'Town',
  'weekly.mail.col.capacity': 'Capacity',
  'weekly.mail.col.registered': 'Registered',
  'weekly.mail.col.fill': 'Fill rate',
  'weekly.mail.flag.full': 'full',
  'weekly.mail.flag.nearlyEmpty': 'nearly empty',
  'weekly.mail.tasks': 'Tasks overdue or due in the next 7 days',
  'weekly.mail.noTasks': 'No task overdue or due in the next 7 days.',
  'weekly.mail.noOwner': 'No owner',
  'weekly.mail.taskLate': '{task} – due {date}, {days} days late',
  'weekly.mail.taskDue': '{task} – due {date}',
  'weekly.mail.blocked': 'Blocked tasks',
  'weekly.mail.responses': 'Questionnaires',
  'weekly.mail.responsesFirst': 'Responses received so far: {total}.',
  'weekly.mail.responsesSince':
    'New responses since the previous summary: {count} ({total} in all).',
  'weekly.mail.satisfaction': 'Mean satisfaction: {value}',
  'weekly.mail.nps': 'NPS: {value}',
  'weekly.mail.noFigure': 'no response yet',
  'weekly.mail.budget': 'Budget',
  'weekly.mail.euros': '€{amount}',
  'weekly.mail.planned': 'Planned: {amount}',
  'weekly.mail.committed': 'Committed: {amount}',
  'weekly.mail.spent': 'Spent: {amount}',
  'weekly.mail.overBudget': 'Lines over budget:',
  'weekly.mail.noOverBudget': 'No line over budget.',
  'weekly.mail.overLine': '{line}: planned {planned}, over by {excess}',
  'weekly.mail.gaps': 'To fill in',
  'weekly.mail.noGaps': 'Nothing to fill in.',
  'weekly.mail.gap.session': 'Session "{title}" ({date}): {missing}',
  'weekly.mail.gap.venue': 'venue missing',
  'weekly.mail.gap.commune': 'town missing',
  'weekly.mail.gap.partner': 'Partner "{name}" without a contact',
  'weekly.mail.gap.task': 'Task "{task}" without an owner',
  'weekly.mail.gap.sessionsMany':
    '{n} sessions without a venue or a town: {list} — see the “{tab}” tab',
  'weekly.mail.gap.partnersMany':
    '{n} partners without a contact: {list} — see the “{tab}” tab',
  'weekly.mail.gap.tasksMany':
    '{n} tasks without an owner: {list} — see the “{tab}” tab',
  'weekly.mail.andOthers': '{list} and {n} others',
  'weekly.mail.more': '… and {n} more',
  'weekly.mail.moreSessions':
    '… and {n} more sessions in the next two weeks: see the “{tab}” tab',
  'weekly.mail.footer':
    'Sent by the Territoire de sciences add-on. To stop it: menu Territoire de sciences › Turn off the weekly summary.',
  // --- privacy (keys 'privacy.*') ---
  'privacy.menu.purge': 'Purge old responses…',
  'privacy.confirm.title': 'Purge old responses',
  'privacy.confirm.prompt':
    'Questionnaire responses received before {date} (more than {months} months ago) will be deleted for good from the response tabs linked to a form. The report figures already computed are kept. Continue?',
  'privacy.cancelled': 'Purge cancelled: no response deleted.',
  'privacy.done':
    'Responses deleted: {count}, in {sheets} tab(s). The details are in the "Log" tab.',
  'privacy.nothing': 'No response older than {date}: nothing to delete.',
  'privacy.noSheets':
    'No response tab linked to a form in this spreadsheet: nothing to purge.',
  'privacy.error.badRetention':
    'Invalid retention period ({months}): give a whole number of months, at least 1, in the settings.',
  'privacy.journal.source': 'Response purge',
  'privacy.journal.deleted':
    'Responses older than {date} deleted (retention: {months} months).',
  'privacy.journal.nothing':
    'No response older than {date} (retention: {months} months).',
  'privacy.journal.sheet': 'Log',
  'privacy.journal.col.date': 'Date',
  'privacy.journal.col.source': 'Source',
  'privacy.journal.col.level': 'Level',
  'privacy.journal.col.sheet': 'Tab',
  'privacy.journal.col.count': 'Rows',
  'privacy.journal.col.message': 'Message',
  'privacy.journal.info': 'info',
  'privacy.journal.error': 'error',
};
