/**
 * The French catalogue. Keys are grouped by capability (prefix before the
 * first dot). Add a key here and in en.ts: the compiler refuses a key missing
 * from en.ts, and a test refuses an empty text.
 */
import {BOOKINGS_FR} from './bookings';

export const FR = {
  ...BOOKINGS_FR,
  // Menu and about
  'menu.title': 'Territoire de sciences',
  'menu.about': 'À propos…',
  'menu.settings': 'Paramètres…',
  'about.title': 'À propos',
  'about.description':
    "Module de Territoire de sciences pour l'équipe d'ingénierie culturelle : suivis d'événements, questionnaires d'évaluation, bilans, documents et synthèses hebdomadaires.",
  'about.version': 'Version {version}',
  'about.help': "Aide et mode d'emploi",
  // Installation check
  'menu.check': 'Vérifier l’installation…',
  'check.title': 'Vérification de l’installation',
  'check.todo': 'À faire : {todo}',
  'check.summary.ok':
    'Tout est prêt : rien de ce qui a été vérifié ne bloquera l’événement. Rien n’a été créé ni modifié.',
  'check.summary.issues':
    'À corriger : {errors} · à surveiller : {warnings}. Rien n’a été créé ni modifié par la vérification.',
  'check.scope.spreadsheets': 'Google Sheets (classeurs)',
  'check.scope.forms': 'Google Forms (questionnaires)',
  'check.scope.documents': 'Google Docs (documents)',
  'check.scope.driveFile':
    'Google Drive (fichiers créés par le module ou choisis)',
  'check.scope.scriptapp': 'déclencheurs automatiques',
  'check.scope.sendMail': 'envoi d’e-mails en votre nom',
  'check.scope.containerUi': 'menus et fenêtres dans Sheets et Forms',
  'check.scope.userinfo': 'votre adresse e-mail',
  'check.mode.bound':
    'Mode de déploiement : script lié au classeur (le « Modèle de suivi », copié pour chaque événement), projet {project}.',
  'check.mode.addon':
    'Mode de déploiement : module complémentaire du domaine, projet {project}.',
  'check.scopes.ok':
    'Autorisations : les {count} autorisations du module sont accordées.',
  'check.scopes.missing':
    'Autorisations refusées ou pas encore accordées : {list}.',
  'check.scopes.todo':
    'relancez une action du menu et, dans la fenêtre de Google, cochez chaque case avant « Continuer » ; sans cela, les fonctions qui en dépendent s’arrêteront.',
  'check.notChecked':
    '{what} : non vérifié, faute de l’autorisation « {scope} ».',
  'check.form.ok':
    'Questionnaires : un questionnaire d’essai a été créé, publié puis mis à la corbeille.',
  'check.form.createFailed':
    'Questionnaires : Google a refusé de créer un questionnaire ({detail}).',
  'check.form.createTodo':
    'vérifiez que Google Forms est activé pour votre compte (console d’administration › Applications › Google Workspace › Google Forms) ; réessayez plus tard si Google était indisponible.',
  'check.form.publishFailed':
    'Questionnaires : le questionnaire d’essai a été créé mais n’a pas pu être publié : les questionnaires du module n’accepteraient aucune réponse.',
  'check.form.publishTodo':
    'vérifiez que les règles de partage du domaine permettent de publier un formulaire (console d’administration › Google Forms), puis relancez la vérification.',
  'check.form.trashFailed':
    'Questionnaires : le questionnaire d’essai « {name} » n’a pas pu être mis à la corbeille.',
  'check.form.trashTodo':
    'supprimez-le à la main dans Google Drive (il ne contient rien).',
  'check.folder.none':
    'Dossier des documents : pas encore créé ; il le sera à la première génération, sous le nom « {name} ».',
  'check.folder.ok': 'Dossier des documents : « {name} » est accessible.',
  'check.folder.missing':
    'Dossier des documents : le dossier enregistré dans les paramètres est introuvable ou hors de portée du module.',
  'check.folder.todo':
    'dans « Paramètres… », videz le champ du dossier : le module en créera un nouveau à la prochaine génération (les documents déjà faits restent où ils sont).',
  'check.templates.none':
    'Modèles de documents : aucun modèle enregistré ; les documents utilisent la mise en page du module.',
  'check.templates.ok':
    'Modèles de documents : {count} modèle(s) enregistré(s), tous lisibles.',
  'check.templates.broken': 'Modèle de documents inaccessible : {detail}',
  'check.templates.todo':
    'partagez le modèle avec votre compte (au moins en lecture) ou indiquez l’adresse d’un autre modèle dans la fenêtre « Documents… ».',
  'check.triggers.none':
    'Déclencheurs : aucun n’est nécessaire pour l’instant (ni synthèse hebdomadaire, ni questionnaire, ni génération en cours).',
  'check.trigger.weekly': 'synthèse hebdomadaire',
  'check.trigger.submit': 'réponses aux questionnaires',
  'check.trigger.batch': 'génération de fiches en cours',
  'check.trigger.ok': 'Déclencheur « {what} » : en place (compte {owner}).',
  'check.trigger.other':
    'Déclencheur « {what} » : appartient au compte {owner} ; seul ce compte peut vérifier qu’il existe encore.',
  'check.trigger.otherTodo':
    'demandez à {owner} de lancer aussi « Vérifier l’installation… », ou réactivez la fonction depuis votre compte pour en prendre la charge.',
  'check.trigger.missing':
    'Déclencheur « {what} » : manquant (supprimé à la main ou jamais installé).',
  'check.trigger.weeklyTodo':
    'menu « Envoyer la synthèse maintenant » : il le réinstalle.',
  'check.trigger.submitTodo':
    'relancez « Créer le questionnaire… » pour le même public : rien n’est dupliqué et le déclencheur est réinstallé.',
  'check.trigger.batchTodo':
    'rouvrez « Documents… » et relancez la même génération : elle reprend là où elle s’était arrêtée.',
  'check.triggers.many':
    'Déclencheurs : votre compte en a {count} pour ce module, sur 20 permis par Google.',
  'check.triggers.manyTodo':
    'désactivez la synthèse hebdomadaire des suivis d’événements terminés.',
  'check.mail.ok':
    'E-mails : encore {count} destinataire(s) possible(s) aujourd’hui.',
  'check.mail.low':
    'E-mails : seulement {count} destinataire(s) possible(s) aujourd’hui, pour {needed} destinataire(s) de la synthèse hebdomadaire.',
  'check.mail.lowTodo':
    'la synthèse attendra le lendemain (rien n’est perdu) ; réduisez la liste des destinataires ou évitez les autres envois ce jour-là.',
  'check.mail.none':
    'E-mails : le quota du jour est épuisé ; aucun e-mail ne partira avant demain.',
  'check.tz.ok':
    'Fuseau horaire : le classeur et le module sont sur le même fuseau, {zone}.',
  'check.tz.differs':
    'Fuseau horaire : le classeur est réglé sur {sheet}, le module sur {manifest} ; les heures lues dans le classeur seraient décalées.',
  'check.tz.todo':
    'Fichier › Paramètres › Fuseau horaire : choisissez « (GMT+01:00) Paris ».',
  'check.locale.ok': 'Paramètres régionaux du classeur : {locale}.',
  'check.locale.differs':
    'Paramètres régionaux du classeur : {locale} ; un nombre comme « 12,5 » ou une date comme « 03/10/2026 » ne serait pas lu comme en France.',
  'check.locale.todo':
    'Fichier › Paramètres › Paramètres régionaux : choisissez « France ».',
  'check.link.none':
    'Suivi lié : ce formulaire n’est lié à aucun suivi et n’envoie pas ses réponses dans un classeur.',
  'check.link.noneTodo':
    'menu « Lier à un suivi… » : collez l’adresse du classeur de suivi de l’événement.',
  'check.link.ok': 'Suivi lié : « {name} » est accessible.',
  'check.link.broken':
    'Suivi lié : le classeur enregistré ({id}) est introuvable ou vous n’y avez pas accès.',
  'check.link.brokenTodo':
    'demandez l’accès au classeur de suivi, ou liez de nouveau le formulaire avec « Lier à un suivi… ».',
  // Errors shared by every capability
  'error.unexpected': 'Une erreur inattendue est survenue : {detail}',
  'error.tooManyTriggers':
    'Votre compte a déjà 20 déclencheurs pour ce module, la limite de Google : désactivez la synthèse hebdomadaire d’un autre suivi ou supprimez un déclencheur (Extensions › Apps Script › Déclencheurs), puis réessayez.',
  'forms.error.notPublished':
    "Le formulaire « {title} » n'a pas pu être publié : il n'accepterait aucune réponse. Ouvrez-le dans Google Forms, cliquez sur « Publier », puis relancez l'action (rien n'a été perdu).",
  'error.cellLimit':
    'Le classeur dépasserait la limite de Google de 10 millions de cellules en agrandissant l’onglet « {tab} » : rien n’a été écrit. Supprimez des onglets ou des lignes inutiles, ou répartissez le suivi sur plusieurs classeurs.',
  'error.lockBusy':
    'Une autre opération est en cours sur ce classeur. Réessayez dans quelques instants.',
  'error.noSpreadsheet':
    'Ouvrez un classeur Google Sheets pour utiliser cette fonction.',
  // Common words
  'common.ok': 'OK',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.save': 'Enregistrer',
  // --- settings (keys 'settings.*') ---
  'settings.title': 'Paramètres',
  'settings.intro':
    'Ces réglages valent pour ce document et toute l’équipe qui l’utilise.',
  'settings.section.organisation': 'Organisation',
  'settings.section.weekly': 'Synthèse hebdomadaire',
  'settings.section.privacy': 'Confidentialité',
  'settings.section.language': 'Langue',
  'settings.organisation.label': 'Nom de l’organisation',
  'settings.organisation.hint': 'Figure dans les documents et les courriels.',
  'settings.departements.label': 'Départements',
  'settings.departements.hint':
    'Codes officiels, séparés par des virgules (par exemple 38, 73).',
  'settings.documentsFolder.label': 'Dossier Drive des documents',
  'settings.documentsFolder.hint':
    'Nom d’un dossier (créé au besoin) ou lien d’un dossier existant.',
  'settings.teamEmails.label': 'Adresses e-mail de l’équipe',
  'settings.teamEmails.hint':
    'Une par ligne ou séparées par des virgules. Elles reçoivent la synthèse hebdomadaire.',
  'settings.weeklyDay.label': 'Jour d’envoi',
  'settings.weeklyHour.label': 'Heure d’envoi',
  'settings.weeklyHour.option': '{hour} h',
  'settings.weeklyEvenIfNothingChanged.label':
    'Envoyer la synthèse même sans changement',
  'settings.smallGroupK.label': 'Seuil des petits groupes (k)',
  'settings.smallGroupK.hint':
    'Les bilans masquent les groupes de moins de k personnes : 5 par défaut, jamais moins de 3.',
  'settings.retentionMonths.label': 'Conservation des réponses (en mois)',
  'settings.retentionMonths.hint':
    'Passé ce délai, les réponses aux questionnaires sont supprimées ; les bilans restent.',
  'settings.language.label': 'Langue des menus, documents et courriels',
  'settings.language.fr': 'Français',
  'settings.language.en': 'English',
  'settings.day.MONDAY': 'Lundi',
  'settings.day.TUESDAY': 'Mardi',
  'settings.day.WEDNESDAY': 'Mercredi',
  'settings.day.THURSDAY': 'Jeudi',
  'settings.day.FRIDAY': 'Vendredi',
  'settings.day.SATURDAY': 'Samedi',
  'settings.day.SUNDAY': 'Dimanche',
  'settings.saved': 'Paramètres enregistrés.',
  'settings.savedLanguage':
    'Paramètres enregistrés. La nouvelle langue s’appliquera à la prochaine ouverture du document.',
  'settings.error.smallGroupK':
    'Le seuil doit être d’au moins {min} : en dessous, des personnes pourraient être reconnues.',
  'settings.error.departementUnknown':
    'Département inconnu : « {value} ». Indiquez un code officiel, par exemple 38.',
  'settings.error.folderNotFound':
    "Le module ne peut pas ouvrir ce dossier : avec ses autorisations (portée drive.file), il n'atteint que les dossiers qu'il a créés lui-même, jamais un dossier fait à la main ou partagé. Indiquez plutôt un nom de dossier : le module le créera et y rangera les documents. Vos autres réglages n'ont pas été enregistrés ; ils restent dans le formulaire.",
  'settings.error.departementsRequired': 'Indiquez au moins un département.',
  'settings.error.teamEmailsTooMany':
    '{max} adresses au plus (limite d’un courriel).',
  // --- ui (keys 'ui.*') ---
  'ui.rule.required': 'Ce champ est obligatoire.',
  'ui.rule.tooLong': 'Ce texte est trop long : {max} caractères au plus.',
  'ui.rule.wrongType': 'Cette valeur n’est pas valide.',
  'ui.rule.html': 'Les caractères < et > ne sont pas acceptés.',
  'ui.rule.formula': 'Le texte ne peut pas commencer par =, +, - ou @.',
  'ui.rule.integer': 'Indiquez un nombre entier.',
  'ui.rule.min': 'La valeur doit être au moins {min}.',
  'ui.rule.max': 'La valeur doit être au plus {max}.',
  'ui.rule.choice': 'Choisissez une des valeurs proposées.',
  'ui.rule.email': '« {value} » n’est pas une adresse e-mail valide.',
  'ui.rule.unknown': '« {value} » n’est pas une valeur connue.',
  'ui.rule.tooFew': 'Indiquez au moins {min} éléments.',
  'ui.rule.tooMany': '{max} éléments au plus.',
  'ui.form.invalid':
    'Certains champs sont à corriger : voyez les messages en rouge.',
  'ui.busy': 'Traitement en cours…',
  'ui.error.network':
    'Le serveur n’a pas répondu. Vérifiez votre connexion, puis réessayez.',
  'ui.dismiss': 'Masquer le message',
  'ui.required': 'obligatoire',
  'ui.progress.waiting': 'Démarrage…',
  'ui.progress.step': 'Étape {step}/{total} – {count} éléments',
  'ui.progress.stepSingular': 'Étape {step}/{total} – {count} élément',
  'ui.progress.done': 'Terminé.',
  'ui.progress.open': 'Ouvrir le résultat',
  // --- tracker (keys 'tracker.*') ---
  'tracker.menu.tracker': 'Créer / mettre à jour le suivi…',
  'tracker.menu.import': 'Importer des événements…',
  'tracker.unknownUser': 'inconnu',
  'tracker.dialog.title': 'Créer ou mettre à jour le suivi',
  'tracker.dialog.intro':
    "Le suivi est construit dans ce classeur. Relancer cette action ne supprime, ne déplace et n'écrase jamais vos données : elle ajoute les onglets et colonnes manquants et répare validations et mises en forme.",
  'tracker.dialog.name': "Nom de l'événement",
  'tracker.dialog.kind': "Type d'événement",
  'tracker.dialog.edition': 'Édition',
  'tracker.dialog.editionHelp': 'Par exemple 2026 ou « 12e édition ».',
  'tracker.dialog.startDate': 'Date de début',
  'tracker.dialog.endDate': 'Date de fin',
  'tracker.dialog.departement': 'Département',
  'tracker.dialog.teamEmails': "Adresses e-mail de l'équipe",
  'tracker.dialog.teamEmailsHelp':
    'Séparées par des virgules ou des retours à la ligne.',
  'tracker.dialog.submit': 'Créer / mettre à jour',
  'tracker.dialog.done': 'Suivi prêt. Modifications :',
  'tracker.import.dialog.title': 'Importer des événements',
  'tracker.import.dialog.intro':
    "Formats acceptés : export open data de la Fête de la science (JSON), événements OpenAgenda (JSON de l'API : une page, une liste d'événements ou plusieurs pages), jeu de données OpenDataSoft « evenements-publics-openagenda » (JSON ou CSV), fichier iCalendar (.ics, exporté d'OpenAgenda, Google Agenda, Framagenda…) et CSV du Programme (séparateur virgule ou point-virgule, en-têtes en français ou en anglais). Réimporter le même fichier met à jour les créneaux au lieu de les dupliquer.",
  'tracker.import.dialog.file': 'Fichier à importer',
  'tracker.import.dialog.submit': 'Importer',
  'tracker.import.dialog.noFile': 'Choisissez un fichier.',
  'tracker.import.dialog.readError':
    "Le navigateur n'a pas pu lire ce fichier.",
  'tracker.import.dialog.rejectedTitle': 'Refusés, par motif :',
  'tracker.import.reason.missing': 'valeur manquante',
  'tracker.import.reason.duplicate':
    'identifiant « {value} » en double (déjà présent ligne {first})',
  'tracker.import.reason.duplicateLine':
    'même titre, date, heure et commune que la ligne {first}',
  'tracker.import.reason.badSlot':
    'horaire illisible « {value} » (attendu : début-fin au format ISO 8601, par exemple 2026-10-10T14:00:00+02:00-2026-10-10T16:00:00+02:00)',
  'tracker.import.reason.badDate':
    'date illisible « {value} » (attendu : JJ/MM/AAAA ou AAAA-MM-JJ)',
  'tracker.import.reason.badTime':
    'heure illisible « {value} » (attendu : HH:MM, par exemple 14:30 ou 14h30)',
  'tracker.import.reason.notNumber': "« {value} » n'est pas un nombre",
  'tracker.import.reason.negative':
    'nombre négatif ({value}) : un nombre positif ou nul est attendu',
  'tracker.import.reason.badChoice':
    'valeur « {value} » inconnue (valeurs possibles : {choices})',
  'tracker.import.reason.unknownCommune':
    'commune inconnue dans le département {departement} : « {value} »',
  'tracker.import.reason.ambiguousCommune':
    'commune ambiguë « {value} » : plusieurs communes du département {departement} correspondent, précisez le nom exact ou le code INSEE',
  'tracker.import.reason.outside':
    'commune hors du département {departement} : « {value} »',
  'tracker.import.rejection.line':
    'Ligne {line}, champ « {field} » : {reason}.',
  'tracker.import.rejection.record':
    'Enregistrement n° {line}, champ « {field} » : {reason}.',
  'tracker.import.registrationRequired': 'Inscription nécessaire',
  'tracker.import.full': 'Complet (selon OpenAgenda)',
  'tracker.import.format.fds': 'export open data de la Fête de la science',
  'tracker.import.format.openagenda': 'export OpenAgenda',
  'tracker.import.format.csv': 'CSV du Programme',
  'tracker.import.report.summary':
    '{file} ({format}) : enregistrements lus : {given} ; acceptés : {accepted} ; rejetés : {rejected}. Créneaux ajoutés : {imported} ; créneaux mis à jour : {updated}.',
  'tracker.import.report.partners':
    "Structures ajoutées à l'onglet « {tab} » : {count}.",
  'tracker.import.progress.reading': 'Lecture du fichier…',
  'tracker.import.progress.communes':
    'Événements lus : {count} ; acceptés après vérification des communes : {accepted}.',
  'tracker.import.progress.programme':
    'Écriture du Programme : {count} séance(s) ajoutée(s) ou mise(s) à jour.',
  'tracker.import.progress.partners':
    'Partenaires : {count} structure(s) ajoutée(s).',
  'tracker.import.progress.done': 'Import terminé.',
  'tracker.import.progress.open': "Ouvrir l'onglet « {tab} »",
  'csv.error.unclosedQuote':
    'Le fichier CSV est mal formé à la ligne {line} : un guillemet y ouvre une cellule qui n’est jamais refermée, et tout ce qui suit serait lu comme une seule cellule. Refermez ce guillemet (ou retirez-le), puis importez à nouveau. Rien n’a été importé.',
  'csv.error.strayQuote':
    'Le fichier CSV est mal formé à la ligne {line} : un guillemet se trouve au milieu d’une cellule. Une cellule qui contient des guillemets doit être entièrement entre guillemets, ceux de l’intérieur doublés (« "" »). Corrigez cette ligne, puis importez à nouveau. Rien n’a été importé.',
  'tracker.import.error.empty':
    'Le fichier est vide : aucun événement à importer.',
  'tracker.import.error.json':
    "Le fichier JSON est mal formé (ligne {line}, colonne {column}) : vérifiez qu'il s'agit d'un export complet et non tronqué. Rien n'a été importé.",
  'tracker.import.error.jsonNoPlace':
    "Le fichier JSON est mal formé : vérifiez qu'il s'agit d'un export complet et non tronqué. Rien n'a été importé.",
  'tracker.import.error.format':
    "Format non reconnu : le fichier n'est ni un export open data de la Fête de la science, ni un export d'événements OpenAgenda ({events: [...]} ou liste d'événements), ni le jeu de données OpenDataSoft « evenements-publics-openagenda », ni un fichier iCalendar (.ics). Rien n'a été importé.",
  'tracker.import.error.csvColumns':
    "Ligne 1 du CSV : colonnes obligatoires absentes : {columns}. Les en-têtes doivent reprendre ceux de l'onglet Programme (en français ou en anglais). Rien n'a été importé.",
  'tracker.import.error.noTracker':
    "Ce classeur ne contient pas encore de suivi : utilisez d'abord « Créer / mettre à jour le suivi… ».",
  'tracker.import.error.noCommunes':
    'Les communes du département {departement} ne sont pas incluses dans ce module : impossible de rattacher les événements à leur commune.',
  'tracker.import.dialog.fullList': 'Liste complète des refus',
  'tracker.import.reason.online':
    'événement en ligne, sans lieu : il ne peut pas être rattaché à une commune',
  'tracker.import.reason.noPlace':
    'aucun lieu : ni commune, ni code postal, ni code INSEE',
  'tracker.import.reason.noDetailedTimings':
    'seuls le premier et le dernier créneau sont donnés (firstTiming, lastTiming) : les séances ne sont pas connues',
  'tracker.import.reason.badDateTime':
    'date ou heure illisible « {value} » (attendu : AAAAMMJJ ou AAAAMMJJTHHMMSS, suivi de Z pour une heure UTC)',
  'tracker.import.reason.badDuration':
    'durée illisible « {value} » (attendu : par exemple PT1H30M ou P1D)',
  'tracker.import.reason.unknownZone':
    'fuseau horaire « {value} » inconnu : exportez les heures en UTC ou dans le fuseau Europe/Paris',
  'tracker.import.reason.endBeforeStart': 'la fin « {value} » précède le début',
  'tracker.import.reason.badRule':
    'règle de répétition non prise en charge : « {value} » (sont lus FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY avec COUNT ou UNTIL, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH et WKST)',
  'tracker.import.reason.endless':
    "série répétée sans fin (ni COUNT ni UNTIL) : donnez-lui une date de fin dans l'agenda d'origine puis exportez à nouveau",
  'tracker.import.reason.tooMany':
    'plus de {max} séances : découpez la série ou exportez une période plus courte',
  'tracker.import.reason.allExcluded':
    'toutes les dates de la série sont exclues (EXDATE) : aucune séance',
  'tracker.import.reason.icsLine':
    "la ligne {value} n'est pas de la forme NOM:valeur",
  'tracker.import.rejection.event':
    'Événement commençant ligne {line}, champ « {field} » : {reason}.',
  'tracker.import.format.ods-openagenda':
    'jeu de données OpenDataSoft « evenements-publics-openagenda »',
  'tracker.import.format.ics': 'fichier iCalendar',
  'tracker.import.report.journal':
    "La liste complète des refus ({count}) est inscrite dans l'onglet « {tab} ».",
  'tracker.import.journal.source': "Import d'événements",
  'tracker.import.journal.summary':
    '{file} : enregistrements lus : {given} ; acceptés : {accepted} ; refusés : {rejected}.',
  'tracker.import.group.missing': '{count} sans « {field} »',
  'tracker.import.group.duplicate': '{count} en double',
  'tracker.import.group.duplicateLine': '{count} en double',
  'tracker.import.group.badSlot': '{count} aux horaires illisibles',
  'tracker.import.group.badDate': '{count} à la date illisible',
  'tracker.import.group.badTime': "{count} à l'heure illisible",
  'tracker.import.group.notNumber':
    '{count} avec un nombre illisible (« {field} »)',
  'tracker.import.group.negative':
    '{count} avec un nombre négatif (« {field} »)',
  'tracker.import.group.badChoice':
    '{count} avec une valeur inconnue (« {field} »)',
  'tracker.import.group.unknownCommune':
    '{count} à la commune inconnue dans le département {departement}',
  'tracker.import.group.ambiguousCommune': '{count} à la commune ambiguë',
  'tracker.import.group.outside': '{count} hors du département {departement}',
  'tracker.import.group.online': '{count} en ligne, sans lieu',
  'tracker.import.group.noPlace': '{count} sans lieu',
  'tracker.import.group.noDetailedTimings': '{count} sans horaires détaillés',
  'tracker.import.group.badDateTime': "{count} à la date ou l'heure illisible",
  'tracker.import.group.badDuration': '{count} à la durée illisible',
  'tracker.import.group.unknownZone': '{count} au fuseau horaire inconnu',
  'tracker.import.group.endBeforeStart': '{count} finissant avant de commencer',
  'tracker.import.group.badRule': '{count} à la répétition non prise en charge',
  'tracker.import.group.endless': '{count} répétés sans fin',
  'tracker.import.group.tooMany': '{count} de plus de {max} séances',
  'tracker.import.group.allExcluded':
    '{count} dont toutes les dates sont exclues',
  'tracker.import.group.icsLine': '{count} contenant une ligne illisible',
  'tracker.import.error.noTimings':
    "Cet export OpenAgenda ne donne pas les horaires détaillés (champ « {field} » absent) : pour {count} événement(s), seuls le premier et le dernier créneau sont connus. Exportez-le à nouveau avec les horaires détaillés : dans la requête à l'API OpenAgenda, ajoutez le paramètre detailed=1 (ou includeFields[]=timings). Rien n'a été importé.",
  'tracker.import.error.icsNotCalendar':
    "Ligne {line} : ce fichier n'est pas un calendrier iCalendar (il doit commencer par BEGIN:VCALENDAR). Rien n'a été importé.",
  'tracker.import.error.icsLine':
    "Ligne {line} du fichier iCalendar : « {value} » n'est pas de la forme NOM:valeur ou se trouve hors de tout calendrier. Rien n'a été importé.",
  'tracker.import.error.icsNesting':
    "Ligne {line} du fichier iCalendar : END:{found} alors que END:{expected} était attendu. Rien n'a été importé.",
  'tracker.import.error.icsTruncated':
    "Le fichier iCalendar s'arrête ligne {line} sans refermer le bloc {name} ouvert ligne {start} : vérifiez qu'il s'agit d'un export complet et non tronqué. Rien n'a été importé.",
  'tracker.import.error.icsEmpty':
    'Le fichier iCalendar ne contient aucun événement (VEVENT) : rien à importer.',
  'tracker.report.tabCreated': 'Onglet « {tab} » créé.',
  'tracker.report.columnAdded':
    "Colonne « {column} » ajoutée à l'onglet « {tab} ».",
  'tracker.report.cardSet':
    "Fiche de l'événement : champ « {field} » renseigné.",
  'tracker.report.cardUpdated':
    "Fiche de l'événement : champ « {field} » mis à jour.",
  'tracker.report.tasksAdded':
    "Tâches de la liste de contrôle « {kind} » ajoutées à l'onglet « {tab} » : {count}.",
  'tracker.report.budgetAdded':
    "Postes de budget ajoutés à l'onglet « {tab} » : {count}.",
  'tracker.report.formulas':
    "Lignes de l'onglet « {tab} » qui ont reçu la formule d'écart : {count}.",
  'tracker.report.communesAdded':
    "Communes ajoutées à l'onglet « {tab} » : {count}.",
  'tracker.report.repaired':
    'Validations, mises en forme conditionnelles, filtres, plages nommées et protections des en-têtes vérifiés sur {count} onglets.',
  'tracker.report.nothing':
    'Aucune donnée ajoutée : le suivi était déjà complet.',
  'tracker.form.error.name': "Indiquez le nom de l'événement.",
  'tracker.form.error.kind': "Choisissez le type d'événement.",
  'tracker.form.error.date':
    'Date illisible « {value} » (attendu : AAAA-MM-JJ).',
  'tracker.form.error.dateOrder': 'La date de fin précède la date de début.',
  'tracker.form.error.departement': 'Département inconnu : « {value} ».',
  'tracker.form.error.departementNotBundled':
    'Les communes du département {value} ne sont pas incluses dans ce module (départements disponibles : {list}).',
  'tracker.form.error.email': 'Adresse e-mail invalide : « {value} ».',
  'tracker.task.fds.callForProjects':
    "Lancer l'appel à projets auprès des structures du département",
  'tracker.task.fds.openagenda':
    'Accompagner les porteurs de projet dans leur inscription sur OpenAgenda',
  'tracker.task.fds.labelling':
    'Réunir le comité de labellisation et notifier les projets labellisés',
  'tracker.task.fds.importProgramme':
    "Importer le programme labellisé dans l'onglet Programme",
  'tracker.task.fds.kits':
    'Commander et distribuer les kits de communication (affiches, programmes, kakémonos)',
  'tracker.task.fds.schools':
    'Ouvrir les réservations des classes pour les créneaux scolaires',
  'tracker.task.fds.press': 'Préparer le dossier et la conférence de presse',
  'tracker.task.fds.insurance':
    'Vérifier les assurances et les déclarations de manifestation des villages des sciences',
  'tracker.task.fds.transport':
    'Organiser le transport du matériel des villages des sciences',
  'tracker.task.fds.volunteers':
    "Prévoir l'accueil et les repas des bénévoles des villages des sciences",
  'tracker.task.fds.survey':
    "Envoyer le questionnaire d'évaluation aux organisateurs",
  'tracker.task.fds.bilans':
    'Collecter les bilans des organisateurs (fréquentation, scolaires, retours)',
  'tracker.task.fds.regional':
    'Transmettre le bilan départemental à la coordination régionale',
  'tracker.task.festival.programme':
    'Arrêter la programmation et confirmer les intervenants',
  'tracker.task.festival.venues':
    'Signer les conventions avec les lieux partenaires',
  'tracker.task.festival.equipment':
    'Réserver les salles et le matériel (son, vidéo, salle immersive)',
  'tracker.task.festival.booking': 'Ouvrir les réservations en ligne',
  'tracker.task.festival.communication':
    'Diffuser le programme (affiches, réseaux sociaux, presse)',
  'tracker.task.festival.travel':
    'Organiser le transport et l’hébergement des intervenants',
  'tracker.task.festival.welcome':
    'Planifier l’accueil du public et le planning des bénévoles',
  'tracker.task.festival.catering':
    'Commander le traiteur des temps conviviaux',
  'tracker.task.festival.safety':
    'Vérifier la sécurité des lieux (jauges, évacuation, secouristes)',
  'tracker.task.festival.survey':
    "Installer le questionnaire d'évaluation sur chaque lieu",
  'tracker.task.festival.bilan': 'Rédiger le bilan du festival',
  'tracker.task.ecole.theme':
    'Choisir le thème scientifique et réunir le comité de programme',
  'tracker.task.ecole.registration':
    'Ouvrir les inscriptions (médiateurs, doctorants, chercheurs)',
  'tracker.task.ecole.lodging': "Réserver l'hébergement des participants",
  'tracker.task.ecole.speakers': 'Confirmer les intervenants et les ateliers',
  'tracker.task.ecole.agreements': 'Envoyer les conventions de formation',
  'tracker.task.ecole.meals':
    'Recenser les régimes alimentaires et commander les repas',
  'tracker.task.ecole.shuttles':
    'Organiser les navettes (gare, Cosmocité, hébergement)',
  'tracker.task.ecole.material': 'Préparer le matériel des ateliers',
  'tracker.task.ecole.badges': "Préparer les badges et le livret d'accueil",
  'tracker.task.ecole.survey':
    "Envoyer le questionnaire d'évaluation aux participants",
  'tracker.task.ecole.certificates': 'Envoyer les attestations de présence',
  'tracker.task.autre.plan': 'Définir le programme et le budget',
  'tracker.task.autre.venue': 'Réserver le lieu et le matériel',
  'tracker.task.autre.communication': 'Diffuser la communication',
  'tracker.task.autre.welcome': "Organiser l'accueil du public",
  'tracker.task.autre.bilan': "Faire le bilan de l'événement",
  'tracker.budget.communication': 'Communication (impression, diffusion)',
  'tracker.budget.speakers': 'Intervenants',
  'tracker.budget.rental': 'Location de salles et de matériel',
  'tracker.budget.transport': 'Transport',
  'tracker.budget.catering': 'Restauration',
  'tracker.budget.lodging': 'Hébergement',
  'tracker.role.organiser': 'organisateur',
  'tracker.role.partner': 'partenaire',
  'tracker.tab.event': 'Événement',
  'tracker.tab.programme': 'Programme',
  'tracker.tab.logistics': 'Logistique',
  'tracker.tab.partners': 'Partenaires',
  'tracker.tab.budget': 'Budget',
  'tracker.tab.communes': 'Communes',
  'tracker.tab.participants': 'Participants',
  'tracker.kind.festival': 'Festival',
  'tracker.kind.ecole': "École d'été",
  'tracker.kind.fds': 'Fête de la science',
  'tracker.kind.autre': 'Autre',
  'tracker.col.card.field': 'Champ',
  'tracker.col.card.value': 'Valeur',
  'tracker.col.event.name': "Nom de l'événement",
  'tracker.col.event.kind': "Type d'événement",
  'tracker.col.event.edition': 'Édition',
  'tracker.col.event.startDate': 'Date de début',
  'tracker.col.event.endDate': 'Date de fin',
  'tracker.col.event.departement': 'Département',
  'tracker.col.event.mainVenue': 'Lieu principal',
  'tracker.col.event.lead': 'Responsable',
  'tracker.col.event.teamEmails': "E-mails de l'équipe",
  'tracker.col.event.context': 'Contexte',
  'tracker.col.event.objectives': 'Objectifs',
  'tracker.col.event.targetPublics': 'Publics visés',
  'tracker.col.session.id': 'Identifiant',
  'tracker.col.session.title': 'Titre',
  'tracker.col.session.animationKind': "Type d'animation",
  'tracker.col.session.date': 'Date',
  'tracker.col.session.start': 'Début',
  'tracker.col.session.end': 'Fin',
  'tracker.col.session.venue': 'Lieu',
  'tracker.col.session.address': 'Adresse',
  'tracker.col.session.commune': 'Commune',
  'tracker.col.session.insee': 'Code INSEE',
  'tracker.col.session.structure': 'Structure organisatrice',
  'tracker.col.session.speakers': 'Intervenants',
  'tracker.col.session.public': 'Public',
  'tracker.col.session.minAge': 'Âge minimum',
  'tracker.col.session.capacity': 'Jauge',
  'tracker.col.session.registered': 'Inscrits',
  'tracker.col.session.attended': 'Présents',
  'tracker.col.session.status': 'Statut',
  'tracker.col.session.questionnaireLink': 'Lien du questionnaire',
  'tracker.col.session.registrationLink': "Lien d'inscription",
  'tracker.col.session.description': 'Description',
  'tracker.col.session.notes': 'Notes',
  'tracker.col.session.sourceId': 'Identifiant source',
  'tracker.col.session.updatedOn': 'Mis à jour le',
  'tracker.col.session.updatedBy': 'Mis à jour par',
  'tracker.col.task.task': 'Tâche',
  'tracker.col.task.category': 'Catégorie',
  'tracker.col.task.owner': 'Responsable',
  'tracker.col.task.dueDate': 'Échéance',
  'tracker.col.task.status': 'Statut',
  'tracker.col.task.priority': 'Priorité',
  'tracker.col.task.session': 'Créneau lié',
  'tracker.col.task.updatedOn': 'Mis à jour le',
  'tracker.col.task.updatedBy': 'Mis à jour par',
  'tracker.col.partner.structure': 'Structure',
  'tracker.col.partner.kind': 'Type de structure',
  'tracker.col.partner.contact': 'Contact',
  'tracker.col.partner.email': 'E-mail',
  'tracker.col.partner.phone': 'Téléphone',
  'tracker.col.partner.commune': 'Commune',
  'tracker.col.partner.role': 'Rôle',
  'tracker.col.partner.agreement': 'Convention',
  'tracker.col.budget.line': 'Poste',
  'tracker.col.budget.category': 'Catégorie',
  'tracker.col.budget.planned': 'Prévu (€)',
  'tracker.col.budget.committed': 'Engagé (€)',
  'tracker.col.budget.spent': 'Dépensé (€)',
  'tracker.col.budget.gap': 'Écart (€)',
  'tracker.col.budget.funder': 'Financeur',
  'tracker.col.commune.insee': 'Code INSEE',
  'tracker.col.commune.name': 'Commune',
  'tracker.col.commune.postalCodes': 'Codes postaux',
  'tracker.col.commune.population': 'Population',
  'tracker.col.commune.sessions': 'Créneaux',
  'tracker.col.commune.structures': 'Structures',
  'tracker.col.participant.name': 'Nom',
  'tracker.col.participant.organisation': 'Organisme',
  'tracker.col.participant.status': 'Statut',
  'tracker.col.participant.workshop': 'Atelier',
  'tracker.col.participant.lodging': 'Hébergement',
  'tracker.col.participant.dietary': 'Régime alimentaire',
  'tracker.col.participant.registration': "État de l'inscription",
  // --- import (keys 'import.*') ---
  // --- questionnaire (keys 'questionnaire.*') ---
  'questionnaire.menu.create': 'Créer le questionnaire…',
  'questionnaire.menu.bank': 'Préparer la banque de questions',
  'questionnaire.menu.counts': 'Mettre à jour le nombre de réponses',
  'questionnaire.help.number': 'Indiquez un nombre entier.',
  'questionnaire.tab': 'Questionnaire',
  'questionnaire.countsTab': 'Réponses aux questionnaires',
  'questionnaire.col.id': 'ID',
  'questionnaire.col.question': 'Question',
  'questionnaire.col.kind': 'Type',
  'questionnaire.col.choices': 'Choix',
  'questionnaire.col.required': 'Obligatoire',
  'questionnaire.col.audience': 'Public',
  'questionnaire.col.help': 'Aide',
  'questionnaire.yes': 'oui',
  'questionnaire.no': 'non',
  'questionnaire.kind.section': 'Titre de section',
  'questionnaire.kind.session': 'Séance (liste du Programme)',
  'questionnaire.kind.scale': 'Échelle',
  'questionnaire.kind.nps': 'Recommandation 0–10',
  'questionnaire.kind.choice': 'Choix unique',
  'questionnaire.kind.multi': 'Cases à cocher',
  'questionnaire.kind.list': 'Liste déroulante',
  'questionnaire.kind.text': 'Réponse courte',
  'questionnaire.kind.paragraph': 'Paragraphe',
  'questionnaire.kind.number': 'Nombre',
  'questionnaire.kind.grid': 'Grille de notes (une ligne par séance)',
  'questionnaire.audience.public': 'Grand public',
  'questionnaire.audience.teachers': 'Enseignants (avec une classe)',
  'questionnaire.audience.summer': "Professionnels (école d'été)",
  'questionnaire.audience.organisers': 'Organisateurs (Fête de la science)',
  'questionnaire.item.public.session': 'Quelle animation avez-vous suivie ?',
  'questionnaire.item.public.commune': 'Dans quelle commune habitez-vous ?',
  'questionnaire.item.public.with': 'Avec qui êtes-vous venu(e) ?',
  'questionnaire.choices.public.with':
    "Seul(e) | En famille | Entre amis | Avec l'école | Autre",
  'questionnaire.item.public.age': "Votre tranche d'âge",
  'questionnaire.choices.public.age':
    'Moins de 15 ans | 15-24 ans | 25-39 ans | 40-59 ans | 60 ans et plus',
  'questionnaire.item.public.heard': 'Comment avez-vous connu cet événement ?',
  'questionnaire.help.public.heard': 'Plusieurs réponses possibles.',
  'questionnaire.choices.public.heard':
    'Affiche ou programme papier | Site internet | Réseaux sociaux | Presse, radio | Bouche-à-oreille | École ou enseignant | Autre',
  'questionnaire.item.public.satisfaction':
    'Globalement, êtes-vous satisfait(e) de cette animation ?',
  'questionnaire.choices.public.satisfaction':
    '1–5 | Pas du tout satisfait(e) | Très satisfait(e)',
  'questionnaire.item.public.explanations':
    'Les explications étaient-elles claires ?',
  'questionnaire.choices.public.explanations':
    '1–5 | Pas du tout claires | Très claires',
  'questionnaire.item.public.length': "La durée de l'animation était…",
  'questionnaire.choices.public.length': 'Trop courte | Adaptée | Trop longue',
  'questionnaire.item.public.recommend':
    'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
  'questionnaire.choices.public.recommend':
    '0–10 | Pas du tout probable | Très probable',
  'questionnaire.item.public.first':
    'Est-ce la première fois que vous venez à cet événement ?',
  'questionnaire.choices.public.first': 'Oui | Non',
  'questionnaire.item.public.comments': 'Vos remarques et suggestions',
  'questionnaire.help.public.comments':
    "N'indiquez ni nom, ni adresse e-mail, ni numéro de téléphone.",
  'questionnaire.item.teachers.session':
    'Quelle animation votre classe a-t-elle suivie ?',
  'questionnaire.item.teachers.school': "Nom de l'établissement",
  'questionnaire.item.teachers.commune': "Commune de l'établissement",
  'questionnaire.item.teachers.level': 'Niveau de la classe',
  'questionnaire.choices.teachers.level':
    'Maternelle | Élémentaire (CP–CM2) | Collège | Lycée | Enseignement supérieur | Autre',
  'questionnaire.item.teachers.pupils': "Nombre d'élèves présents",
  'questionnaire.item.teachers.opinion': 'Votre avis',
  'questionnaire.item.teachers.satisfaction':
    "Globalement, êtes-vous satisfait(e) de l'animation ?",
  'questionnaire.choices.teachers.satisfaction':
    '1–5 | Pas du tout satisfait(e) | Très satisfait(e)',
  'questionnaire.item.teachers.curriculum':
    "L'animation était-elle en lien avec vos programmes ?",
  'questionnaire.choices.teachers.curriculum':
    '1–5 | Pas du tout | Tout à fait',
  'questionnaire.item.teachers.engagement':
    'Vos élèves ont-ils été actifs et intéressés ?',
  'questionnaire.choices.teachers.engagement':
    '1–5 | Pas du tout | Tout à fait',
  'questionnaire.item.teachers.fit':
    "Le contenu était-il adapté à l'âge des élèves ?",
  'questionnaire.choices.teachers.fit': 'Trop simple | Adapté | Trop difficile',
  'questionnaire.item.teachers.prepare':
    "Avez-vous préparé ou prolongé l'animation en classe ?",
  'questionnaire.choices.teachers.prepare':
    'Oui, avant | Oui, après | Oui, avant et après | Non',
  'questionnaire.item.teachers.recommend':
    'Quelle est la probabilité que vous recommandiez cette animation à un ou une collègue ?',
  'questionnaire.choices.teachers.recommend':
    '0–10 | Pas du tout probable | Très probable',
  'questionnaire.item.teachers.again':
    "Souhaitez-vous participer à nouveau l'an prochain ?",
  'questionnaire.choices.teachers.again': 'Oui | Non | Peut-être',
  'questionnaire.item.teachers.comments': 'Vos remarques et suggestions',
  'questionnaire.item.summer.status': 'Votre situation',
  'questionnaire.choices.summer.status':
    'Médiateur·rice scientifique | Doctorant·e | Chercheur·e | Enseignant·e | Autre',
  'questionnaire.item.summer.workshops': 'Notez chaque atelier',
  'questionnaire.choices.summer.workshops': '1–5',
  'questionnaire.help.summer.workshops':
    '1 = pas du tout satisfait(e), 5 = très satisfait(e).',
  'questionnaire.item.summer.satisfaction':
    "Globalement, êtes-vous satisfait(e) de l'école d'été ?",
  'questionnaire.choices.summer.satisfaction':
    '1–5 | Pas du tout satisfait(e) | Très satisfait(e)',
  'questionnaire.item.summer.organisation':
    'Organisation pratique (accueil, repas, hébergement)',
  'questionnaire.choices.summer.organisation':
    '1–5 | Très insuffisante | Excellente',
  'questionnaire.item.summer.reuse':
    "Qu'allez-vous réutiliser dans votre pratique ?",
  'questionnaire.choices.summer.reuse':
    "Des formats ou outils d'animation | Des contenus scientifiques | Des contacts, un réseau | Des méthodes d'évaluation | Autre",
  'questionnaire.item.summer.reuseDetail':
    'Précisez ce que vous comptez réutiliser',
  'questionnaire.item.summer.recommend':
    "Quelle est la probabilité que vous recommandiez l'école d'été à un ou une collègue ?",
  'questionnaire.choices.summer.recommend':
    '0–10 | Pas du tout probable | Très probable',
  'questionnaire.item.summer.comments': 'Vos remarques et suggestions',
  'questionnaire.item.organisers.structure': 'Nom de votre structure',
  'questionnaire.item.organisers.kind': 'Type de structure',
  'questionnaire.choices.organisers.kind':
    'Association | Collectivité ou médiathèque | Organisme de recherche | Musée ou centre de sciences | Université ou école | Entreprise | Autre',
  'questionnaire.item.organisers.commune':
    'Commune principale de vos animations',
  'questionnaire.item.organisers.figures': 'Vos chiffres',
  'questionnaire.item.organisers.sessions': 'Nombre de séances réalisées',
  'questionnaire.item.organisers.visitors': 'Nombre total de visiteurs',
  'questionnaire.item.organisers.pupils': 'Dont élèves (scolaires)',
  'questionnaire.item.organisers.classes': 'Nombre de classes accueillies',
  'questionnaire.item.organisers.communes':
    'Autres communes où vous avez animé (une par ligne)',
  'questionnaire.item.organisers.difficulties': 'Difficultés rencontrées',
  'questionnaire.item.organisers.comments': 'Commentaires et suggestions',
  'questionnaire.form.title': '{event} – questionnaire {audience}',
  'questionnaire.form.description':
    "Merci de prendre deux minutes pour nous donner votre avis. Ce questionnaire est anonyme : n'y indiquez ni nom, ni adresse e-mail, ni numéro de téléphone. Les réponses servent uniquement au bilan de l'événement.",
  'questionnaire.form.thanks': 'Merci pour votre réponse !',
  'questionnaire.form.defaultEvent': 'Événement',
  'questionnaire.dialog.title': 'Créer le questionnaire',
  'questionnaire.dialog.intro':
    "Le formulaire est construit à partir de l'onglet « {tab} » (modifiable avant la création). Les séances viennent du Programme.",
  'questionnaire.dialog.audience': 'Public',
  'questionnaire.dialog.collectEmails':
    'Recueillir les adresses e-mail des répondants',
  'questionnaire.dialog.collectEmailsHelp':
    'Laissez décoché : les réponses restent anonymes (RGPD).',
  'questionnaire.dialog.submit': 'Créer le questionnaire',
  'questionnaire.dialog.busy':
    'Création du formulaire, des liens et des QR codes…',
  'questionnaire.dialog.done':
    'Questionnaire prêt : {items} questions, {links} liens préremplis, document de QR codes créé.',
  'questionnaire.dialog.updated':
    "Ce public avait déjà son questionnaire : la liste des séances, les liens et les QR codes ont été mis à jour (les questions du formulaire n'ont pas été modifiées).",
  'questionnaire.dialog.scalesAdjusted':
    'Google Forms n’accepte que des échelles de 0 ou 1 à 3 jusqu’à 10 : {list}.',
  'questionnaire.dialog.scaleAdjusted':
    '« {question} » demandait {written}, faite en {made}',
  'questionnaire.dialog.openForm': 'Ouvrir le formulaire',
  'questionnaire.dialog.openDoc': 'Ouvrir les QR codes',
  'questionnaire.bank.created':
    'Onglet « {tab} » créé avec {n} questions types. Modifiez-les avant de créer le questionnaire.',
  'questionnaire.bank.exists':
    "L'onglet « {tab} » existe déjà : il n'a pas été modifié.",
  'questionnaire.qr.title': 'QR codes du questionnaire – {title}',
  'questionnaire.qr.intro':
    'Imprimez cette page et affichez le QR code de chaque séance : il ouvre le questionnaire avec la séance déjà choisie.',
  'questionnaire.qr.general': 'Questionnaire (toutes séances)',
  'questionnaire.counts.form': 'Questionnaire',
  'questionnaire.counts.session': 'Séance',
  'questionnaire.counts.responses': 'Réponses',
  'questionnaire.counts.attended': 'Participants',
  'questionnaire.counts.rate': 'Taux de réponse (%)',
  'questionnaire.counts.total': 'Total',
  'questionnaire.error.badKind':
    "Onglet « Questionnaire », ligne {row} : le type « {value} » n'est pas reconnu. Choisissez un type de la liste.",
  'questionnaire.error.badAudience':
    "Onglet « Questionnaire », ligne {row} : le public « {value} » n'est pas reconnu. Choisissez un public de la liste.",
  'questionnaire.error.noItems':
    "Aucune question pour le public « {audience} » dans l'onglet « {tab} ».",
  'questionnaire.error.badAudienceChoice': 'Public inconnu : « {value} ».',
  'questionnaire.error.noSessions':
    'Le Programme ne contient aucune séance (non annulée) : ajoutez des séances avant de créer ce questionnaire.',
  'questionnaire.error.noProgramme':
    "Ce classeur n'a pas d'onglet « Programme » : ouvrez un classeur de suivi.",
  // --- bilan (keys 'bilan.*') ---
  'bilan.dialog.title': 'Générer le bilan',
  'bilan.dialog.intro':
    "Le bilan lit les réponses de chaque formulaire lié à ce classeur, calcule les statistiques (groupes trop petits masqués) et les écrit dans l'onglet « Bilan ». La progression s'affiche ci-dessous.",
  'bilan.dialog.run': 'Générer le bilan',
  'bilan.progress.reading': 'Lecture des réponses…',
  'bilan.progress.read':
    'Réponses lues : {count} réponse(s) de {forms} formulaire(s).',
  'bilan.progress.stats': 'Statistiques : {count} question(s) calculée(s).',
  'bilan.progress.written': 'Onglet « {tab} » écrit.',
  'bilan.progress.done': 'Bilan terminé.',
  'bilan.progress.open': "Ouvrir l'onglet « {tab} »",
  'bilan.menu.generate': 'Générer le bilan',
  'bilan.menu.generateForm': 'Générer le bilan de ce formulaire',
  'bilan.menu.link': 'Lier à un suivi…',
  'bilan.other': 'Autre',
  'bilan.unnamed': '(non renseigné)',
  'bilan.untitledColumn': 'Colonne {n} sans titre',
  'bilan.mask.email': '[e-mail masqué]',
  'bilan.mask.phone': '[téléphone masqué]',
  'bilan.anomaly.outOfScale': "Réponse hors de l'échelle",
  'bilan.anomaly.notANumber': "Texte au lieu d'un nombre",
  'bilan.anomaly.notAnInteger': 'Nombre non entier sur une échelle',
  'bilan.anomaly.other': 'Réponse « Autre » (hors des options connues)',
  'bilan.anomaly.renamed': 'Question renommée (ancien titre en valeur)',
  'bilan.anomaly.added': 'Question ajoutée depuis le dernier bilan',
  'bilan.anomaly.deleted': 'Question supprimée depuis le dernier bilan',
  'bilan.anomaly.notInForm':
    'Colonne absente du formulaire (question supprimée ou renommée dans le formulaire)',
  'bilan.anomaly.duplicate': 'Titre de colonne en double',
  'bilan.anomaly.empty': 'Feuille de réponses vide',
  'bilan.kind.timestamp': 'Horodatage',
  'bilan.kind.scale': 'Échelle',
  'bilan.kind.nps': 'Recommandation (NPS 0–10)',
  'bilan.kind.choice': 'Choix unique',
  'bilan.kind.multi': 'Choix multiples',
  'bilan.kind.number': 'Nombre',
  'bilan.kind.text': 'Texte libre',
  'bilan.kind.personal': 'Donnée personnelle (exclue)',
  'bilan.role.session': 'Séance',
  'bilan.role.commune': 'Commune',
  'bilan.role.age': "Tranche d'âge",
  'bilan.role.structure': 'Structure',
  'bilan.role.visitors': 'Visiteurs',
  'bilan.role.pupils': 'Élèves',
  'bilan.role.classes': 'Classes',
  'bilan.role.satisfaction': 'Satisfaction générale',
  'bilan.params.tab': 'Bilan – paramètres',
  'bilan.params.source': 'Feuille de réponses',
  'bilan.params.column': 'N° de colonne',
  'bilan.params.question': 'Question',
  'bilan.params.kind': 'Type',
  'bilan.params.scale': 'Échelle',
  'bilan.params.role': 'Rôle',
  'bilan.params.options':
    "Options, ou ordre de l'échelle du plus bas au plus haut (séparés par « | »)",
  'bilan.params.origin': 'Décidé d’après',
  'bilan.params.signature': 'Empreinte (ne pas modifier)',
  'bilan.origin.params': 'vos paramètres',
  'bilan.origin.form': 'le formulaire',
  'bilan.origin.answers': 'les réponses',
  'bilan.tab': 'Bilan',
  'bilan.out.title': 'Bilan des questionnaires',
  'bilan.out.generated':
    'Généré le {date} – groupes de moins de {k} réponses masqués',
  'bilan.out.summary': 'Chiffres clés',
  'bilan.out.responses': 'Réponses',
  'bilan.out.sources': 'Formulaires',
  'bilan.out.satisfaction': 'Satisfaction moyenne',
  'bilan.out.nps': 'NPS (recommandation)',
  'bilan.out.anomalies': 'Anomalies',
  'bilan.out.programme': 'Programme',
  'bilan.out.sessionsPlanned': 'Séances prévues',
  'bilan.out.sessionsHeld': 'Séances réalisées (date passée, non annulées)',
  'bilan.out.registered': 'Inscrits',
  'bilan.out.attended': 'Présents (Programme)',
  'bilan.out.schoolSessions': 'Séances scolaires réalisées',
  'bilan.out.generalPublicSessions': 'Séances tout public réalisées',
  'bilan.out.schoolAttended': 'Participants scolaires',
  'bilan.out.generalPublicAttended': 'Participants tout public',
  'bilan.out.communesReached': 'Communes touchées',
  'bilan.out.communesInDepartement': 'Communes du département',
  'bilan.out.populationShare':
    'Part de la population du département dans ces communes (%)',
  'bilan.out.structures': 'Structures organisatrices',
  'bilan.out.responseRate':
    'Taux de réponse du grand public (% des visiteurs hors élèves)',
  'bilan.out.questions': 'Résultats par question',
  'bilan.out.source': 'Feuille',
  'bilan.out.question': 'Question',
  'bilan.out.kind': 'Type',
  'bilan.out.answered': 'Réponses',
  'bilan.out.mean': 'Moyenne',
  'bilan.out.median': 'Médiane',
  'bilan.out.top2': 'Top-2 (%)',
  'bilan.out.npsScore': 'NPS',
  'bilan.out.answer': 'Réponse',
  'bilan.out.count': 'Nombre',
  'bilan.out.percent': '%',
  'bilan.out.percentRespondents': '% des répondants',
  'bilan.out.promoters': 'Promoteurs (9–10)',
  'bilan.out.passives': 'Passifs (7–8)',
  'bilan.out.detractors': 'Détracteurs (0–6)',
  'bilan.out.sum': 'Total',
  'bilan.out.texts':
    'Réponses libres : {n} (extraits ; e-mails et téléphones masqués)',
  'bilan.out.textsOmitted': '… et {n} autres réponses',
  'bilan.out.crossTabs':
    'Croisements (cases de moins de {k} réponses masquées)',
  'bilan.out.crossTitle': '{question} selon « {segment} »',
  'bilan.out.shownTotal': 'Total affiché',
  'bilan.out.small': '< {k}',
  'bilan.out.organisers': 'Bilans des organisateurs',
  'bilan.out.reports': "Bilans d'organisateurs reçus",
  'bilan.out.visitors': 'Visiteurs',
  'bilan.out.pupils': 'dont élèves',
  'bilan.out.bookedClasses':
    'Classes inscrites par le formulaire de réservation',
  'bilan.out.bookedPupils': 'Élèves inscrits (réservations confirmées)',
  'bilan.out.bookedPresent': 'Élèves déclarés présents à ces séances',
  'bilan.source.bookings': 'onglet « Réservations »',
  'bilan.out.classes': 'Classes accueillies',
  'bilan.out.byStructure': 'Par structure',
  'bilan.out.byCommune': 'Par commune',
  'bilan.out.structure': 'Structure',
  'bilan.out.commune': 'Commune',
  'bilan.out.row': 'Ligne',
  'bilan.out.value': 'Valeur',
  'bilan.out.reason': 'Motif',
  'bilan.out.noAnomaly': 'Aucune anomalie.',
  'bilan.out.noResponse': 'Aucune réponse pour le moment.',
  'bilan.error.noResponseSheet':
    'Aucune feuille de réponses liée à un formulaire dans ce classeur. Liez un formulaire à ce classeur (dans Forms : Réponses > Associer à Sheets), puis relancez.',
  'bilan.error.noTarget':
    "Ce formulaire n'enregistre ses réponses dans aucun classeur et n'est lié à aucun suivi. Utilisez « Lier à un suivi… » ou associez-le à un classeur.",
  'bilan.error.badParam':
    "« Bilan – paramètres », ligne {row} : le type « {value} » n'est pas reconnu. Choisissez un type de la liste.",
  'bilan.done':
    'Bilan généré : {responses} réponse(s) de {sources} formulaire(s), {anomalies} anomalie(s) listée(s). Voir l’onglet « {tab} ».',
  'bilan.link.title': 'Lier à un suivi',
  'bilan.link.prompt': 'Adresse (URL) ou identifiant du classeur de suivi :',
  'bilan.link.done': 'Ce formulaire est lié au suivi « {name} ».',
  'bilan.link.invalid':
    'Impossible d’ouvrir le classeur « {value} » : vérifiez l’adresse et vos droits d’accès.',
  'bilan.out.othersGroup': 'Autres ({n})',
  'bilan.out.rest': 'Autres ({n})',
  'bilan.out.unknown': 'non renseigné',
  'bilan.out.hiddenNote':
    "« {mark} » : secret statistique. Une case de moins de {k} réponses, ou une case qui permettrait de la retrouver par soustraction, n'est pas affichée ; une moyenne n'est donnée que pour un groupe dont aucune case n'est masquée.",
  'bilan.out.indicator': 'Indicateur',
  'bilan.out.thisEdition': 'Cette édition',
  'bilan.out.previousEdition': 'Édition précédente',
  'bilan.out.change': 'Écart',
  'bilan.out.changePercent': 'Évolution (%)',
  'bilan.out.noPrevious':
    "Pour comparer avec l'édition précédente, collez l'adresse de son suivi dans l'onglet « Bilan – paramètres » (ligne « Suivi de l'édition précédente »), puis générez le bilan à nouveau.",
  'bilan.key.sessions': 'Séances réalisées',
  'bilan.key.communes': 'Communes touchées',
  'bilan.key.structures': 'Structures organisatrices',
  'bilan.key.visitors': 'Visiteurs',
  'bilan.key.pupils': 'dont élèves',
  'bilan.key.responses': 'Réponses aux questionnaires',
  'bilan.key.satisfaction': 'Satisfaction moyenne (grand public)',
  'bilan.key.nps': 'NPS (grand public)',
  'bilan.out.sessionsMarkedHeld': 'dont marquées « réalisé »',
  'bilan.out.sessionsUpcoming': 'Séances à venir ou sans date',
  'bilan.out.sessionsCancelled': 'Séances annulées',
  'bilan.out.organiserVisitors': 'Visiteurs déclarés (organisateurs)',
  'bilan.out.organiserPupils': 'Élèves déclarés',
  'bilan.out.organiserClasses': 'Classes déclarées',
  'bilan.out.outOf': 'sur {total} communes du département',
  'bilan.out.organiserResponseRate': 'Structures ayant répondu (%)',
  'bilan.out.disagreements':
    'Chiffres qui diffèrent entre le Programme et les organisateurs',
  'bilan.out.figure': 'Chiffre',
  'bilan.out.more': '… et {n} de plus : onglet « {tab} »',
  'bilan.out.withoutReport': 'Structures sans bilan ({n})',
  'bilan.out.coverage': 'Couverture du territoire : communes touchées',
  'bilan.out.insee': 'Code INSEE',
  'bilan.out.population': 'Population',
  'bilan.out.whiteZones':
    "Communes sans aucune séance ({n}), les plus peuplées d'abord",
  'bilan.out.audienceTitle':
    '{audience} – {n} réponse(s) (feuille « {sheet} »)',
  'bilan.out.perSessionNote':
    'Résultats séance par séance : onglet « {tab} » (avec un filtre).',
  'bilan.out.moreAnomalies':
    '… et {n} autres anomalies (comptées par motif ci-dessus).',
  'bilan.out.n': 'Réponses',
  'bilan.out.all': 'Ensemble',
  'bilan.out.reached': 'Touchée',
  'bilan.out.yes': 'oui',
  'bilan.out.no': 'non',
  'bilan.out.reportReceived': 'Bilan reçu',
  'bilan.out.questionnaire': 'Questionnaire',
  'bilan.source.programme': 'Programme (« Présents »)',
  'bilan.source.organisers': 'bilans des organisateurs',
  'bilan.source.programme+organisers':
    "Programme (« Présents ») là où toutes les séances d'une structure sont renseignées, sinon son bilan",
  'bilan.source.none': 'aucune source',
  'bilan.source.heldRule':
    'Programme : date passée, ni annulée ni « non réalisé »',
  'bilan.source.attendedOn': 'renseigné pour {n} séance(s) sur {total}',
  'bilan.audience.public': 'Grand public',
  'bilan.audience.teachers': 'Enseignants',
  'bilan.audience.summer': "Professionnels (école d'été)",
  'bilan.audience.organisers': 'Organisateurs',
  'bilan.audience.other': 'Autres réponses',
  'bilan.tab.sessions': 'Bilan – par séance',
  'bilan.tab.communes': 'Bilan – communes',
  'bilan.tab.structures': 'Bilan – structures',
  'bilan.out.hiddenShort':
    '« {mark} » : secret statistique (moins de {k} réponses, ou déductible par soustraction)',
  'bilan.params.previous': "Suivi de l'édition précédente",
  'bilan.params.previousHint':
    "← collez ici l'adresse du classeur de suivi de l'édition précédente pour comparer les chiffres clés d'une année sur l'autre",
  'bilan.previous.unreachable':
    "Édition précédente : impossible d'ouvrir le classeur « {value} » (adresse ou droits d'accès à vérifier). Le bilan est fait sans comparaison.",
  'bilan.previous.noData':
    "Édition précédente : le classeur « {name} » n'a ni bilan ni programme lisible. Le bilan est fait sans comparaison.",
  'bilan.source.tracker': 'Programme (onglet du suivi)',
  'bilan.out.sourceCol': 'Source',
  // --- documents (keys 'documents.*') ---
  'documents.menu.presentation': 'Générer la présentation',
  'documents.menu.followup': "Générer le point d'étape",
  'documents.menu.bilan': 'Générer le bilan (document)',
  'documents.menu.fiches': 'Générer les fiches par commune / par structure',
  'documents.menu.dialog': 'Documents…',
  'documents.kindLabel.presentation': 'Présentation',
  'documents.kindLabel.followup': "Point d'étape",
  'documents.kindLabel.bilan': 'Bilan',
  'documents.kindLabel.ficheCommune': 'Fiche commune {name}',
  'documents.kindLabel.ficheStructure': 'Fiche structure {name}',
  'documents.kindName.ficheCommune': 'Fiche commune',
  'documents.kindName.ficheStructure': 'Fiche structure',
  'documents.kindName.fichesCommune': 'Fiches par commune',
  'documents.kindName.fichesStructure': 'Fiches par structure',
  'documents.kindName.pdf': '{kind} (PDF)',
  'documents.kind.festival': 'Festival',
  'documents.kind.ecole': "École d'été",
  'documents.kind.fds': 'Fête de la science',
  'documents.kind.autre': 'Événement',
  'documents.untitledEvent': 'Événement sans nom',
  'documents.untitledSession': 'Session sans titre',
  'documents.noDate': 'Date à préciser',
  'documents.noVenue': 'Lieu à préciser',
  'documents.none': 'Aucune.',
  'documents.toComplete': 'À compléter.',
  'documents.total': 'Total',
  'documents.andOthers': '… et {count} autres',
  'documents.otherPartners': 'Autres partenaires',
  'documents.keyFigures': 'Chiffres clés',
  'documents.dates.single': 'le {date}',
  'documents.dates.range': 'du {start} au {end}',
  'documents.field.name': "Nom de l'événement",
  'documents.field.title': 'Événement',
  'documents.field.kind': "Type d'événement",
  'documents.field.edition': 'Édition',
  'documents.field.startDate': 'Date de début',
  'documents.field.endDate': 'Date de fin',
  'documents.field.mainVenue': 'Lieu principal',
  'documents.field.lead': 'Responsable',
  'documents.field.teamEmails': "E-mails de l'équipe",
  'documents.field.context': 'Contexte',
  'documents.field.objectives': 'Objectifs',
  'documents.field.targetPublics': 'Publics visés',
  'documents.field.departement': 'Département',
  'documents.field.today': 'Date du jour',
  'documents.field.organisation': 'Organisation',
  'documents.field.subject': 'Commune ou structure',
  'documents.field.sessions': 'Sessions',
  'documents.field.venues': 'Lieux',
  'documents.field.communes': 'Communes',
  'documents.field.structures': 'Structures',
  'documents.field.publics': 'Publics',
  'documents.field.publicList': 'Liste des publics',
  'documents.field.partners': 'Partenaires',
  'documents.field.capacity': 'Jauge totale',
  'documents.field.registered': 'Inscrits',
  'documents.field.attended': 'Présents',
  'documents.field.schoolSessions': 'Sessions scolaires',
  'documents.field.budgetPlanned': 'Budget prévu',
  'documents.field.budgetCommitted': 'Budget engagé',
  'documents.field.budgetSpent': 'Budget dépensé',
  'documents.field.responses': 'Réponses',
  'documents.field.satisfaction': 'Satisfaction',
  'documents.field.nps': 'NPS',
  'documents.field.responseRate': 'Taux de réponse',
  'documents.table.programme': 'programme',
  'documents.table.partners': 'partenaires',
  'documents.table.logistics': 'logistique',
  'documents.table.budget': 'budget',
  'documents.col.id': 'Identifiant',
  'documents.col.title': 'Titre',
  'documents.col.animationKind': "Type d'animation",
  'documents.col.animation': 'Animation',
  'documents.col.date': 'Date',
  'documents.col.start': 'Début',
  'documents.col.end': 'Fin',
  'documents.col.hours': 'Horaire',
  'documents.col.venue': 'Lieu',
  'documents.col.commune': 'Commune',
  'documents.col.insee': 'Code INSEE',
  'documents.col.structure': 'Structure',
  'documents.col.speakers': 'Intervenants',
  'documents.col.public': 'Public',
  'documents.col.minAge': 'Âge minimum',
  'documents.col.capacity': 'Jauge',
  'documents.col.registered': 'Inscrits',
  'documents.col.attended': 'Présents',
  'documents.col.status': 'Statut',
  'documents.col.partnerKind': 'Type de structure',
  'documents.col.contact': 'Contact',
  'documents.col.email': 'E-mail',
  'documents.col.phone': 'Téléphone',
  'documents.col.role': 'Rôle',
  'documents.col.agreement': 'Convention',
  'documents.col.task': 'Tâche',
  'documents.col.category': 'Catégorie',
  'documents.col.owner': 'Responsable',
  'documents.col.dueDate': 'Échéance',
  'documents.col.priority': 'Priorité',
  'documents.col.session': 'Session',
  'documents.col.line': 'Poste',
  'documents.col.planned': 'Prévu',
  'documents.col.committed': 'Engagé',
  'documents.col.spent': 'Dépensé',
  'documents.col.gap': 'Écart',
  'documents.col.funder': 'Financeur',
  'documents.col.delay': 'Retard',
  'documents.col.indicator': 'Indicateur',
  'documents.col.value': 'Valeur',
  'documents.col.answer': 'Réponse',
  'documents.col.count': 'Nombre',
  'documents.col.share': 'Part',
  'documents.format.date': 'date',
  'documents.format.shortDate': 'date courte',
  'documents.format.mediumDate': 'date sans jour',
  'documents.format.number': 'nombre',
  'documents.format.euros': 'euros',
  'documents.format.percent': 'pourcentage',
  'documents.format.upper': 'majuscules',
  'documents.format.lower': 'minuscules',
  'documents.presentation.subtitle': 'Dossier de présentation',
  'documents.presentation.context': 'Contexte et objectifs',
  'documents.presentation.programme': 'Programme',
  'documents.presentation.partners': 'Partenaires',
  'documents.presentation.noPartners': "Aucun partenaire n'est encore inscrit.",
  'documents.presentation.contacts': 'Contacts',
  'documents.presentation.lead': 'Responsable : {lead}',
  'documents.presentation.team': 'Équipe : {emails}',
  'documents.followup.title': "Point d'étape – {event}",
  'documents.followup.asOf': 'Situation au {date}',
  'documents.followup.sessionsByStatus': 'Sessions par statut',
  'documents.followup.noStatus': 'Statut non renseigné',
  'documents.followup.overdue': 'Tâches en retard',
  'documents.followup.noOverdue': 'Aucune tâche en retard.',
  'documents.followup.soon': 'Tâches à échéance dans les {days} jours',
  'documents.followup.noSoon':
    'Aucune tâche à échéance dans les deux semaines.',
  'documents.followup.noOwner': 'Sans responsable',
  'documents.followup.days': '{count} j',
  'documents.followup.budget': 'Budget',
  'documents.followup.noBudget': "Aucune ligne de budget n'est renseignée.",
  'documents.followup.overBudget': 'Lignes engagées au-delà du prévu :',
  'documents.followup.overLine':
    '{line} : {committed} engagés pour {planned} prévus',
  'documents.followup.openQuestions': 'Questions ouvertes',
  'documents.followup.sessionsWithoutVenue': 'Sessions sans lieu',
  'documents.followup.partnersWithoutContact': 'Partenaires sans contact',
  'documents.bilan.subtitle': 'Bilan',
  'documents.bilan.generatedOn': 'Document établi le {date}',
  'documents.bilan.programmeFigures': 'Le programme en chiffres',
  'documents.bilan.sessionsPlanned': 'Séances prévues (non annulées)',
  'documents.bilan.sessionsHeld':
    'Séances réalisées (date passée, non annulées)',
  'documents.bilan.schoolSessions': 'dont séances scolaires',
  'documents.bilan.generalPublicSessions': 'dont séances grand public',
  'documents.bilan.registered': 'Inscrits',
  'documents.bilan.attended': 'Présents (Programme)',
  'documents.bilan.communesReached': 'Communes touchées',
  'documents.bilan.outOf': '{count} sur {total}',
  'documents.bilan.populationShare': 'Part de la population du département',
  'documents.bilan.structures': 'Structures organisatrices',
  'documents.bilan.responses': 'Réponses aux questionnaires',
  'documents.bilan.responseRate':
    'Taux de réponse du grand public (réponses ÷ visiteurs hors élèves)',
  'documents.bilan.satisfaction': 'Satisfaction moyenne',
  'documents.bilan.nps': 'Net Promoter Score',
  'documents.bilan.questionnaires': 'Questionnaires',
  'documents.bilan.noAnswers':
    "Aucune réponse aux questionnaires n'a encore été analysée.",
  'documents.bilan.answered': '{count} réponses',
  'documents.bilan.mean': 'moyenne {value}',
  'documents.bilan.median': 'médiane {value}',
  'documents.bilan.top2': '{value} dans les deux niveaux les plus hauts',
  'documents.bilan.npsScore': 'NPS {value}',
  'documents.bilan.npsGroup': 'Groupe',
  'documents.bilan.promoters': 'Promoteurs (9–10)',
  'documents.bilan.passives': 'Passifs (7–8)',
  'documents.bilan.detractors': 'Détracteurs (0–6)',
  'documents.bilan.chartCaption': 'Figure – {question}',
  'documents.bilan.chartCaptionPlain': 'Figure – {question}',
  'documents.bilan.chartCaptionCut':
    'Figure – {question} ({max} premières lignes du tableau)',
  'documents.bilan.crossTabs': 'Croisements',
  'documents.bilan.crossTabTitle': '{question} selon {segment}',
  'documents.bilan.meanShort': 'Moyenne',
  'documents.bilan.smallGroups':
    "« s » : secret statistique. Une case de moins de {k} réponses, ou une case qui permettrait d'en retrouver une par soustraction, n'est pas donnée ; la moyenne et la médiane ne sont données que pour un groupe dont aucune case n'est masquée.",
  'documents.bilan.comments': 'Commentaires (sélection)',
  'documents.bilan.organisers': 'Chiffres déclarés par les organisateurs',
  'documents.bilan.reports': "Bilans d'organisateurs reçus",
  'documents.bilan.visitors': 'Visiteurs',
  'documents.bilan.pupils': 'dont élèves',
  'documents.bilan.classes': 'Classes accueillies',
  'documents.bilan.byStructure': 'Par structure',
  'documents.bilan.byCommune': 'Par commune',
  'documents.bilan.anomalies':
    '{count} réponses hors des valeurs attendues ont été écartées des calculs (voir l’onglet Bilan).',
  'documents.bilan.perspectives': 'Perspectives',
  'documents.bilan.perspectivesHint':
    "À rédiger par l'équipe : enseignements, pistes d'amélioration, prochaines éditions.",
  'documents.fiche.communeTitle': 'Fiche commune – {name}',
  'documents.fiche.structureTitle': 'Fiche structure – {name}',
  'documents.fiche.sessions': 'Sessions',
  'documents.fiche.noContacts': "Aucun contact n'est renseigné.",
  'documents.sheet': 'Documents',
  'documents.log.kind': 'Type',
  'documents.log.date': 'Date',
  'documents.log.name': 'Nom',
  'documents.log.link': 'Lien',
  'documents.log.status': 'Statut',
  'documents.log.error': 'Erreur',
  'documents.log.batch': 'Lot',
  'documents.log.key': 'Clé',
  'documents.status.running': 'en cours',
  'documents.status.done': 'terminé',
  'documents.status.failed': 'échec',
  'documents.status.quota':
    'en pause jusqu’à demain : quota quotidien de documents de Google atteint ({done} sur {total})',
  'documents.status.progress': 'en cours ({done} sur {total})',
  'documents.part.body': 'corps du document',
  'documents.part.header': 'en-tête',
  'documents.part.footer': 'pied de page',
  'documents.issue.unknownField':
    'Champ inconnu « {name} » ({part}) : vouliez-vous dire « {suggestion} » ?',
  'documents.issue.unknownFieldNoSuggestion':
    'Champ inconnu « {name} » ({part}).',
  'documents.issue.unknownFormatter':
    'Format inconnu « {name} » ({part}) : vouliez-vous dire « {suggestion} » ?',
  'documents.issue.unknownFormatterNoSuggestion':
    'Format inconnu « {name} » ({part}). Formats possibles : {list}.',
  'documents.issue.unknownTable':
    'Tableau à répéter inconnu « {name} » ({part}) : vouliez-vous dire « {suggestion} » ?',
  'documents.issue.unknownTableNoSuggestion':
    'Tableau à répéter inconnu « {name} » ({part}). Tableaux possibles : {list}.',
  'documents.issue.unclosed':
    'Champ non fermé « {name} » ({part}) : il manque les accolades fermantes.',
  'documents.issue.unclosedBlock':
    'Bloc « {name} » ({part}) jamais fermé : ajoutez sa fermeture dans la même ligne du tableau.',
  'documents.issue.strayClose':
    'Fermeture « {name} » ({part}) sans ouverture correspondante.',
  'documents.issue.blockNotInRow':
    'Le bloc « {name} » doit se trouver dans une ligne de tableau, avec sa fermeture dans la même ligne.',
  'documents.error.emptyProgramme':
    "Le programme est vide : ajoutez au moins une session non annulée dans l'onglet Programme avant de générer ce document.",
  'documents.error.noTracker':
    "Ce classeur ne contient pas de suivi : créez-le d'abord avec « Créer / mettre à jour le suivi… ».",
  'documents.error.noBilan':
    "Aucun bilan n'a encore été calculé pour ce suivi : lancez d'abord « Générer le bilan ».",
  'documents.error.folderMissing':
    "Le dossier Drive des documents est introuvable pour le module : il a été supprimé, ou il n'a pas été créé par le module avec votre compte (ses autorisations, portée drive.file, ne lui ouvrent que les dossiers qu'il a créés). Aucun document n'a été créé. Dans les paramètres, indiquez un nom de dossier : le module le créera.",
  'documents.error.templateRef':
    "« {ref} » n'est ni l'adresse ni l'identifiant d'un document Google Docs.",
  'documents.error.templateMissing':
    "Le modèle « {ref} » ne s'ouvre pas comme document Google Docs : vérifiez l'adresse, que c'est bien un document Google Docs (pas un fichier Word), et que votre compte peut l'ouvrir. Aucun document n'a été créé.",
  'documents.error.templateNotDoc':
    "Le fichier « {name} » n'est pas un document Google Docs : choisissez un document Google Docs comme modèle.",
  'documents.error.templateInvalid':
    "Le modèle contient {count} erreur(s) ; aucun document n'a été créé. {issues}",
  'documents.error.failed':
    'La génération de « {name} » a échoué ; le document inachevé a été mis à la corbeille. Détail : {detail}',
  'documents.error.noFicheKeys':
    "Aucune session n'indique de commune ou de structure : il n'y a aucune fiche à générer.",
  'documents.error.badKind': 'Type de document inconnu : {kind}.',
  'documents.done.message':
    'Le document « {name} » est prêt dans le dossier « {folder} ».',
  'documents.done.open': 'Ouvrir le document',
  'documents.done.pdf': 'Une copie PDF a été faite aussi.',
  'documents.batch.quota':
    'Génération des fiches : {done} sur {total} faites. Google n’autorise plus la création de documents aujourd’hui (quota quotidien de votre compte atteint) : la suite reprendra automatiquement demain, sans rien refaire ni oublier ; l’onglet Documents indique où elle en est.',
  'documents.batch.stopped':
    'Génération des fiches : {done} sur {total} faites. La suite reprendra automatiquement dans une minute ; l’onglet Documents indique où elle en est.',
  'documents.batch.finished':
    'Les {total} fiches sont prêtes dans le dossier « {folder} ».',
  'documents.batch.already':
    'Une génération de fiches est déjà en cours ({done} sur {total}) : elle se poursuit automatiquement.',
  'documents.batch.stoppedAddon':
    'Génération des fiches : {done} sur {total} faites. La suite continue tant que cette fenêtre reste ouverte ; si vous la fermez, elle reprendra d’elle-même dans l’heure. L’onglet Documents indique où elle en est.',
  'documents.batch.nothing':
    'Aucune génération de fiches n’est en cours : tout est déjà fait.',
  'documents.batch.step': 'Fiche {done} sur {total} : {name}',
  'documents.dialog.title': 'Documents',
  'documents.dialog.intro':
    'Générez un document Google Docs à partir du suivi. Il est rangé dans le dossier des documents et noté dans l’onglet Documents.',
  'documents.dialog.kind': 'Document à générer',
  'documents.dialog.kind.presentation':
    'Présentation (dossier de présentation)',
  'documents.dialog.kind.followup': "Point d'étape",
  'documents.dialog.kind.bilan': 'Bilan',
  'documents.dialog.kind.ficheCommune': 'Fiches par commune',
  'documents.dialog.kind.ficheStructure': 'Fiches par structure',
  'documents.dialog.template': "Modèle de l'équipe (facultatif)",
  'documents.dialog.templateHint':
    "Adresse d'un document Google Docs contenant des champs entre doubles accolades, par exemple {{Date de début|date}}. Pour les fiches, {{Commune ou structure}} donne le nom de la commune ou de la structure. Laissez vide pour la mise en page intégrée.",
  'documents.dialog.pdf': 'Faire aussi une copie PDF',
  'documents.dialog.check': 'Vérifier le modèle',
  'documents.dialog.generate': 'Générer',
  'documents.dialog.templateOk':
    'Le modèle est valide : {count} champ(s) reconnu(s).',
  'documents.dialog.templateNone': 'Indiquez d’abord l’adresse du modèle.',
  'documents.bilan.unknown': 'non renseigné',
  'documents.bilan.change': 'Évolution',
  'documents.bilan.summary': 'Synthèse',
  'documents.bilan.summaryProgramme':
    '{held} séances réalisées dans {communes} communes sur {total} ({share} de la population du département), par {structures} structures organisatrices.',
  'documents.bilan.summaryVisitors':
    '{visitors} visiteurs, dont {pupils} élèves (source : {source}).',
  'documents.bilan.summaryResponses': '{n} réponses aux questionnaires',
  'documents.bilan.summarySatisfaction':
    'satisfaction moyenne du grand public {value} sur {max}',
  'documents.bilan.summaryNps': 'NPS {value}',
  'documents.bilan.summaryReports':
    '{reported} structures sur {total} ont envoyé leur bilan ({rate}).',
  'documents.bilan.yearOverYear': "Chiffres clés, d'une édition à l'autre",
  'documents.bilan.noPrevious':
    "Pour comparer avec l'édition précédente, collez l'adresse de son suivi dans l'onglet « Bilan – paramètres », puis générez le bilan à nouveau.",
  'documents.bilan.sessionsUpcoming': 'Séances à venir ou sans date',
  'documents.bilan.sessionsCancelled': 'Séances annulées',
  'documents.bilan.attendedOn': 'renseigné pour {n} séances sur {total}',
  'documents.bilan.organiserVisitors':
    'Visiteurs déclarés par les organisateurs',
  'documents.bilan.organiserResponseRate': 'Structures ayant envoyé leur bilan',
  'documents.bilan.sourceCol': 'Source',
  'documents.bilan.source.programme': 'Programme (« Présents »)',
  'documents.bilan.source.organisers': 'bilans des organisateurs',
  'documents.bilan.source.programme+organisers':
    "Programme là où toutes les séances d'une structure ont leurs « Présents », sinon son bilan",
  'documents.bilan.source.none': 'aucune source',
  'documents.bilan.source.heldRule':
    'Programme : date passée, ni annulée ni « non réalisé »',
  'documents.bilan.disagreements':
    'Quand le Programme et les organisateurs diffèrent',
  'documents.bilan.disagreementsHint':
    'Pour ces structures, les « Présents » du Programme et le bilan envoyé ne donnent pas le même chiffre : les deux sont donnés, à vérifier avec elles.',
  'documents.bilan.figureCol': 'Chiffre',
  'documents.bilan.more':
    "… et {n} de plus : voir l'onglet « {tab} » du suivi.",
  'documents.bilan.withoutReport':
    "Structures qui n'ont pas envoyé leur bilan ({n})",
  'documents.bilan.coverage': 'Couverture du territoire',
  'documents.bilan.coverageIntro':
    'Des séances ont eu lieu dans {n} communes sur {total}, où vivent {share} des habitants du département.',
  'documents.bilan.insee': 'Code INSEE',
  'documents.bilan.population': 'Population',
  'documents.bilan.sessionsCol': 'Séances',
  'documents.bilan.attendedCol': 'Présents',
  'documents.bilan.visitorsCol': 'Visiteurs déclarés',
  'documents.bilan.coverageDash':
    "« — » : chiffre non renseigné (aucun « Présents » saisi, aucun bilan d'organisateur pour cette commune).",
  'documents.bilan.whiteZones': 'Communes sans séance : {n} zones blanches',
  'documents.bilan.whiteZonesIntro':
    'Les plus peuplées, à viser pour la prochaine édition :',
  'documents.bilan.whiteZonesAll': 'Toutes les communes sans séance : {list}.',
  'documents.bilan.meanRank': 'rang moyen {value} (de 1, le plus bas, à {n})',
  'documents.bilan.shareRespondents': 'Part des répondants',
  'documents.bilan.nCol': 'Réponses',
  'documents.bilan.medianShort': 'Médiane',
  'documents.bilan.all': 'Ensemble',
  'documents.bilan.audienceIntro': '{n} réponses.',
  'documents.bilan.answers': 'Réponses aux questions',
  'documents.bilan.numbers': 'Questions chiffrées',
  'documents.bilan.method': 'Méthode',
  'documents.bilan.methodText':
    "Une séance est comptée réalisée quand sa date est passée et qu'elle n'est ni annulée ni marquée « non réalisé ». Les visiteurs viennent des « Présents » du Programme quand toutes les séances d'une structure sont renseignées, sinon du bilan de la structure ; quand les deux diffèrent, les deux sont donnés. Dans les croisements, « {mark} » marque une case masquée : moins de {k} réponses, ou une case qui permettrait d'en retrouver une masquée ; aucune case masquée ne peut être recalculée à partir des autres chiffres publiés. Les réponses libres citées ont leurs e-mails et téléphones masqués.",
  'documents.bilan.source.tracker': 'Programme (onglet du suivi)',
  // --- weekly (keys 'weekly.*') ---
  'weekly.menu.activate': 'Activer la synthèse hebdomadaire…',
  'weekly.menu.deactivate': 'Désactiver la synthèse hebdomadaire',
  'weekly.menu.sendNow': 'Envoyer la synthèse maintenant',
  'weekly.dialog.title': 'Synthèse hebdomadaire',
  'weekly.dialog.intro':
    'Chaque semaine, les destinataires reçoivent un résumé du suivi : séances des 14 prochains jours, tâches en retard ou à échéance, réponses aux questionnaires, budget et points à compléter. Le résumé est aussi noté dans l’onglet « Synthèses ».',
  'weekly.dialog.day': 'Jour d’envoi',
  'weekly.dialog.hour': 'Heure d’envoi (heure de Paris)',
  'weekly.dialog.hourOption': '{hour} h',
  'weekly.dialog.recipients': 'Destinataires',
  'weekly.dialog.recipientsHelp':
    'Une adresse par ligne, ou séparées par des virgules (50 au plus).',
  'weekly.dialog.activate': 'Activer',
  'weekly.dialog.current':
    'Synthèse active : chaque {day} vers {hour} h, installée par {owner}.',
  'weekly.dialog.inactive':
    'La synthèse hebdomadaire n’est pas encore activée.',
  'weekly.day.MONDAY': 'lundi',
  'weekly.day.TUESDAY': 'mardi',
  'weekly.day.WEDNESDAY': 'mercredi',
  'weekly.day.THURSDAY': 'jeudi',
  'weekly.day.FRIDAY': 'vendredi',
  'weekly.day.SATURDAY': 'samedi',
  'weekly.day.SUNDAY': 'dimanche',
  'weekly.activated':
    'Synthèse hebdomadaire activée : chaque {day} vers {hour} h (heure de Paris), envoyée à {recipients}.',
  'weekly.tookOver':
    'Elle était installée depuis le compte {owner} : elle part désormais du vôtre, et l’ancien déclencheur se retirera de lui-même sans rien envoyer.',
  'weekly.deactivated': 'Synthèse hebdomadaire désactivée.',
  'weekly.deactivatedOther':
    'Synthèse hebdomadaire désactivée. Elle avait été installée depuis le compte {owner} : son déclencheur se supprimera de lui-même à sa prochaine exécution, sans rien envoyer.',
  'weekly.notActive': 'La synthèse hebdomadaire n’était pas activée.',
  'weekly.sent': 'Synthèse envoyée à {recipients}.',
  'weekly.quotaShort':
    'Quota d’e-mails du jour insuffisant ({remaining} restants pour {needed} destinataires) : la synthèse est notée dans l’onglet « Synthèses » et partira à la prochaine exécution.',
  'weekly.busy':
    'Une synthèse est déjà en cours de préparation sur ce classeur : réessayez dans quelques instants.',
  'weekly.failed':
    'La synthèse n’a pas pu être préparée : {detail} Le détail est noté dans l’onglet « Journal ».',
  'weekly.repaired':
    'Le déclencheur de la synthèse hebdomadaire avait disparu : il a été recréé.',
  'weekly.error.noRecipients':
    'Indiquez au moins une adresse e-mail de destinataire (ou les e-mails de l’équipe dans l’onglet « Événement »).',
  'weekly.error.badRecipient': 'Adresse e-mail non valide : « {email} ».',
  'weekly.error.tooManyRecipients':
    '{count} destinataires : 50 au plus par message.',
  'weekly.error.badDay': 'Jour non valide : « {day} ».',
  'weekly.error.badHour': 'Heure non valide : choisissez une heure de 0 à 23.',
  'weekly.error.missingTab':
    'L’onglet « {tab} » est introuvable (renommé ou supprimé ?). Redonnez-lui son nom ou recréez le suivi.',
  'weekly.sheet.name': 'Synthèses',
  'weekly.col.date': 'Date',
  'weekly.col.sessions': 'Séances (14 jours)',
  'weekly.col.full': 'Complètes',
  'weekly.col.nearlyEmpty': 'Presque vides',
  'weekly.col.overdue': 'Tâches en retard',
  'weekly.col.dueSoon': 'Tâches à 7 jours',
  'weekly.col.blocked': 'Tâches bloquées',
  'weekly.col.responses': 'Nouvelles réponses',
  'weekly.col.satisfaction': 'Satisfaction',
  'weekly.col.nps': 'NPS',
  'weekly.col.overBudget': 'Lignes en dépassement',
  'weekly.col.gaps': 'Points à compléter',
  'weekly.col.sentTo': 'Envoyée à',
  'weekly.col.status': 'Statut',
  'weekly.status.sent': 'envoyée',
  'weekly.status.quota': 'non envoyée (quota d’e-mails atteint)',
  'weekly.status.quotaThenSent':
    'non envoyée (quota d’e-mails atteint) – reprise dans la synthèse du {date}',
  'weekly.status.nothingNew': 'non envoyée (rien de nouveau ni d’échéance)',
  'weekly.journal.source': 'Synthèse hebdomadaire',
  'weekly.journal.stale':
    'Ancien déclencheur de la synthèse retiré (il n’était plus celui enregistré pour ce suivi).',
  'weekly.errorMail.subject': 'Synthèse hebdomadaire : échec sur « {tracker} »',
  'weekly.errorMail.body':
    'La synthèse hebdomadaire du suivi « {tracker} » n’a pas pu être préparée le {date} :\n{detail}\n\nLe détail est noté dans l’onglet « Journal » du suivi : {url}\nLa synthèse sera retentée à la prochaine exécution. Vous ne recevrez pas d’autre message de ce type aujourd’hui.',
  'weekly.mail.subject': 'Synthèse hebdomadaire – {event} – {date}',
  'weekly.mail.unnamed': 'événement sans nom',
  'weekly.mail.title': 'Synthèse hebdomadaire du {date}',
  'weekly.mail.intro': 'Où en est « {event} » au {date}.',
  'weekly.mail.lateNote':
    'La synthèse du {date} n’avait pas pu partir (quota d’e-mails atteint) : celle-ci la remplace.',
  'weekly.mail.open': 'Ouvrir le suivi',
  'weekly.mail.sessions': 'Séances des 14 prochains jours',
  'weekly.mail.noSessions': 'Aucune séance dans les 14 prochains jours.',
  'weekly.mail.col.date': 'Date',
  'weekly.mail.col.title': 'Séance',
  'weekly.mail.col.venue': 'Lieu',
  'weekly.mail.col.commune': 'Commune',
  'weekly.mail.col.capacity': 'Jauge',
  'weekly.mail.col.registered': 'Inscrits',
  'weekly.mail.col.fill': 'Remplissage',
  'weekly.mail.flag.full': 'complet',
  'weekly.mail.flag.nearlyEmpty': 'presque vide',
  'weekly.mail.tasks': 'Tâches en retard ou à échéance dans les 7 jours',
  'weekly.mail.noTasks':
    'Aucune tâche en retard ni à échéance dans les 7 jours.',
  'weekly.mail.noOwner': 'Sans responsable',
  'weekly.mail.taskLate': '{task} – échéance le {date}, en retard de {days} j',
  'weekly.mail.taskDue': '{task} – échéance le {date}',
  'weekly.mail.blocked': 'Tâches bloquées',
  'weekly.mail.responses': 'Questionnaires',
  'weekly.mail.responsesFirst': 'Réponses reçues à ce jour : {total}.',
  'weekly.mail.responsesSince':
    'Nouvelles réponses depuis la synthèse précédente : {count} ({total} au total).',
  'weekly.mail.satisfaction': 'Satisfaction moyenne : {value}',
  'weekly.mail.nps': 'NPS : {value}',
  'weekly.mail.noFigure': 'pas encore de réponse',
  'weekly.mail.budget': 'Budget',
  'weekly.mail.euros': '{amount} €',
  'weekly.mail.planned': 'Prévu : {amount}',
  'weekly.mail.committed': 'Engagé : {amount}',
  'weekly.mail.spent': 'Dépensé : {amount}',
  'weekly.mail.overBudget': 'Lignes en dépassement :',
  'weekly.mail.noOverBudget': 'Aucune ligne en dépassement.',
  'weekly.mail.overLine': '{line} : prévu {planned}, dépassement de {excess}',
  'weekly.mail.gaps': 'À compléter',
  'weekly.mail.noGaps': 'Rien à compléter.',
  'weekly.mail.gap.session': 'Séance « {title} » ({date}) : {missing}',
  'weekly.mail.gap.venue': 'lieu manquant',
  'weekly.mail.gap.commune': 'commune manquante',
  'weekly.mail.gap.partner': 'Partenaire « {name} » sans contact',
  'weekly.mail.gap.task': 'Tâche « {task} » sans responsable',
  'weekly.mail.gap.sessionsMany':
    '{n} séances sans lieu ou sans commune : {list} — voir l’onglet « {tab} »',
  'weekly.mail.gap.partnersMany':
    '{n} partenaires sans contact : {list} — voir l’onglet « {tab} »',
  'weekly.mail.gap.tasksMany':
    '{n} tâches sans responsable : {list} — voir l’onglet « {tab} »',
  'weekly.mail.andOthers': '{list} et {n} autres',
  'weekly.mail.more': '… et {n} autres',
  'weekly.mail.moreSessions':
    '… et {n} autres séances dans les deux semaines : voir l’onglet « {tab} »',
  'weekly.mail.footer':
    'Message envoyé par le module Territoire de sciences. Pour ne plus le recevoir : menu Territoire de sciences › Désactiver la synthèse hebdomadaire.',
  // --- privacy (keys 'privacy.*') ---
  'privacy.menu.purge': 'Purger les réponses anciennes…',
  'privacy.confirm.title': 'Purger les réponses anciennes',
  'privacy.confirm.prompt':
    'Les réponses aux questionnaires reçues avant le {date} (plus de {months} mois) vont être supprimées définitivement des onglets de réponses liés à un formulaire. Les chiffres du bilan déjà calculés sont conservés. Continuer ?',
  'privacy.cancelled': 'Purge annulée : aucune réponse supprimée.',
  'privacy.done':
    'Réponses supprimées : {count}, dans {sheets} onglet(s). Le détail est noté dans l’onglet « Journal ».',
  'privacy.nothing': 'Aucune réponse antérieure au {date} : rien à supprimer.',
  'privacy.noSheets':
    'Aucun onglet de réponses lié à un formulaire dans ce classeur : rien à purger.',
  'privacy.error.badRetention':
    'Durée de conservation non valide ({months}) : indiquez dans les paramètres un nombre entier de mois, au moins 1.',
  'privacy.journal.source': 'Purge des réponses',
  'privacy.journal.deleted':
    'Réponses antérieures au {date} supprimées (conservation : {months} mois).',
  'privacy.journal.nothing':
    'Aucune réponse antérieure au {date} (conservation : {months} mois).',
  'privacy.journal.sheet': 'Journal',
  'privacy.journal.col.date': 'Date',
  'privacy.journal.col.source': 'Origine',
  'privacy.journal.col.level': 'Niveau',
  'privacy.journal.col.sheet': 'Onglet',
  'privacy.journal.col.count': 'Lignes',
  'privacy.journal.col.message': 'Message',
  'privacy.journal.info': 'info',
  'privacy.journal.error': 'erreur',
};
