/**
 * The school bookings' texts (issue 19), French then English, spread into
 * the two catalogues (fr.ts, en.ts) so that the keys stay one set.
 */
export const BOOKINGS_FR = {
  'bookings.menu.open': 'Ouvrir les réservations scolaires…',
  'bookings.menu.sync': 'Mettre à jour les réservations',
  'bookings.tab': 'Réservations',
  'bookings.roster.tab': 'Places scolaires',
  // The dialog
  'bookings.dialog.title': 'Réservations scolaires',
  'bookings.dialog.intro':
    'Les classes réservent les séances « scolaires » du Programme par un formulaire Google. La jauge de chaque séance est comptée en élèves ; au-delà, les classes passent en liste d’attente, dans leur ordre d’arrivée. Chaque enseignant·e reçoit un e-mail (confirmation avec un code et un lien d’annulation, liste d’attente ou refus motivé). Les réservations sont enregistrées dans l’onglet « {tab} ».',
  'bookings.dialog.fullMode': 'Une séance complète',
  'bookings.dialog.fullMode.label':
    'reste proposée, avec la mention « complet – liste d’attente »',
  'bookings.dialog.fullMode.hide': 'disparaît du formulaire',
  'bookings.dialog.retention': 'Conservation des adresses des enseignant·es',
  'bookings.dialog.retentionHelp':
    'Ces adresses sont effacées par la purge des données personnelles, selon la durée réglée dans les paramètres ({months} mois après l’événement).',
  'bookings.dialog.submit': 'Ouvrir les réservations',
  'bookings.dialog.done':
    'Réservations ouvertes : {sessions} séances proposées dans le formulaire.',
  'bookings.dialog.updated':
    'Formulaire mis à jour : {sessions} séances proposées.',
  'bookings.dialog.openForm': 'Ouvrir le formulaire',
  'bookings.error.noSessions':
    'Aucune séance pour les scolaires avec une jauge dans le Programme : indiquez « scolaires » dans la colonne Public et le nombre de places dans la colonne Jauge.',
  'bookings.error.notOpen':
    'Les réservations ne sont pas encore ouvertes : utilisez d’abord « Ouvrir les réservations scolaires… ».',
  // The form
  'bookings.form.title': '{event} – réservation des séances scolaires',
  'bookings.form.description':
    'Réservez une séance pour votre classe. Les places sont attribuées dans l’ordre d’arrivée des demandes, selon la jauge de chaque séance (en nombre d’élèves) ; quand une séance est complète, votre classe est inscrite en liste d’attente et vous êtes prévenu·e par e-mail si une place se libère.',
  'bookings.form.privacy':
    'Votre adresse e-mail sert uniquement à vous envoyer la confirmation de votre réservation, son code d’annulation et les nouvelles de la liste d’attente. Elle n’est visible que de l’équipe de {org} et de la structure qui anime la séance réservée, et elle est effacée au plus tard {months} mois après l’événement.',
  'bookings.form.thanks':
    'Merci ! Votre demande est enregistrée : vous recevez dans quelques minutes un e-mail qui vous dit si votre classe a une place.',
  'bookings.form.action': 'Que souhaitez-vous faire ?',
  'bookings.form.action.book': 'Réserver une séance',
  'bookings.form.action.cancel': 'Annuler une réservation',
  'bookings.form.email': 'Votre adresse e-mail (enseignant·e)',
  'bookings.form.bookSection': 'Votre réservation',
  'bookings.form.session': 'Séance',
  'bookings.form.sessionHelp':
    'Les séances complètes sont signalées : vous pouvez tout de même demander une place en liste d’attente.',
  'bookings.form.sessionHelpHidden':
    'Seules les séances qui ont encore des places sont proposées.',
  'bookings.form.school': 'Établissement',
  'bookings.form.commune': 'Commune de l’établissement',
  'bookings.form.level': 'Niveau de la classe',
  'bookings.form.pupils': 'Nombre d’élèves',
  'bookings.form.pupilsHelp': 'Entre 1 et 40 élèves.',
  'bookings.form.access': 'Besoins d’accessibilité (facultatif)',
  'bookings.form.accessHelp':
    'Élèves en fauteuil, malentendants, malvoyants… : l’animateur prépare l’accueil.',
  'bookings.form.cancelSection': 'Annulation',
  'bookings.form.bookSectionHelp':
    'À remplir pour réserver. Pour annuler, laissez ces questions vides et indiquez plus bas votre code de réservation.',
  'bookings.form.cancelSectionHelp':
    'À remplir seulement pour annuler une réservation : le lien de l’e-mail de confirmation remplit ce formulaire pour vous.',
  'bookings.form.code': 'Code de réservation',
  'bookings.form.codeHelp':
    'Le code figure dans l’e-mail de confirmation (par exemple R-4KDX-9PQM).',
  'bookings.form.fullMark': 'complet – liste d’attente',
  'bookings.form.noneLeft': 'Aucune séance disponible pour le moment',
  // Fields named in the reasons
  'bookings.field.session': 'la séance',
  'bookings.field.school': 'l’établissement',
  'bookings.field.pupils': 'le nombre d’élèves',
  // Reasons of a refusal (stored in the tab and sent to the teacher)
  'bookings.reason.unknownSession':
    'La séance « {id} » n’existe pas dans le programme.',
  'bookings.reason.cancelledSession': 'La séance « {id} » est annulée.',
  'bookings.reason.notForSchools':
    'La séance « {id} » n’est pas ouverte aux classes.',
  'bookings.reason.noCapacity':
    'La séance « {id} » n’a pas de jauge : elle ne se réserve pas.',
  'bookings.reason.badPupils':
    'Le nombre d’élèves doit être un nombre entier entre {min} et {max} (reçu : « {value} »).',
  'bookings.reason.tooManyPupils':
    'La classe compte {pupils} élèves, plus que la jauge de la séance ({capacity} places).',
  'bookings.reason.duplicate':
    'Vous avez déjà une réservation pour cette séance (code {code}).',
  'bookings.reason.missing': 'Il manque {fields}.',
  'bookings.reason.badEmail': 'Adresse e-mail non valide : « {value} ».',
  'bookings.reason.unknownBooking':
    'Aucune réservation ne correspond au code {code} avec cette adresse e-mail.',
  'bookings.reason.notActive':
    'La réservation {code} ne peut plus être annulée (état : {state}).',
  'bookings.and': ' et ',
  // The tab's headers
  'bookings.col.seq': 'N°',
  'bookings.col.code': 'Code',
  'bookings.col.receivedAt': 'Reçue le',
  'bookings.col.action': 'Demande',
  'bookings.col.state': 'État',
  'bookings.col.sessionId': 'Séance',
  'bookings.col.sessionLabel': 'Intitulé de la séance',
  'bookings.col.school': 'Établissement',
  'bookings.col.commune': 'Commune',
  'bookings.col.level': 'Niveau',
  'bookings.col.pupils': 'Élèves',
  'bookings.col.access': 'Besoins d’accessibilité',
  'bookings.col.email': 'E-mail de l’enseignant·e',
  'bookings.col.reason': 'Motif',
  'bookings.col.promotedAt': 'Confirmée après attente le',
  'bookings.col.cancelledAt': 'Annulée le',
  'bookings.col.pending': 'Avis à envoyer',
  'bookings.col.lastNotice': 'Dernier avis envoyé',
  // The roster tab
  'bookings.roster.col.session': 'Séance',
  'bookings.roster.col.title': 'Intitulé',
  'bookings.roster.col.date': 'Date',
  'bookings.roster.col.structure': 'Structure',
  'bookings.roster.col.capacity': 'Jauge (élèves)',
  'bookings.roster.col.pupils': 'Élèves confirmés',
  'bookings.roster.col.fill': 'Remplissage',
  'bookings.roster.col.classes': 'Classes confirmées',
  'bookings.roster.col.waiting': 'Classes en attente',
  'bookings.roster.col.list': 'Classes (établissement, niveau, élèves)',
  // E-mails
  'bookings.mail.subject.confirmation':
    'Réservation confirmée : {session} (code {code})',
  'bookings.mail.subject.attente': 'Liste d’attente : {session} (code {code})',
  'bookings.mail.subject.refus': 'Réservation non retenue : {session}',
  'bookings.mail.subject.promotion':
    'Une place s’est libérée : réservation confirmée, {session} (code {code})',
  'bookings.mail.subject.annulation': 'Réservation annulée : {session}',
  'bookings.mail.subject.annulation-refusée': 'Annulation impossible',
  'bookings.mail.hello': 'Bonjour,',
  'bookings.mail.body.confirmation':
    'Votre réservation est confirmée : {school}, classe de {level}, {pupils} élèves.',
  'bookings.mail.body.attente':
    'La séance est complète : la classe de {level} de votre établissement ({school}, {pupils} élèves) est inscrite en liste d’attente, en position {rank}. Si une place se libère, vous recevrez un e-mail de confirmation.',
  'bookings.mail.body.refus':
    'Votre demande n’a pas pu être retenue : {reason}',
  'bookings.mail.body.promotion':
    'Une place s’est libérée : votre réservation, qui était en liste d’attente, est confirmée ({school}, classe de {level}, {pupils} élèves).',
  'bookings.mail.body.annulation':
    'Votre réservation {code} est annulée. Les places sont rendues aux classes en attente.',
  'bookings.mail.body.annulation-refusée':
    'Votre demande d’annulation n’a pas pu être faite : {reason}',
  'bookings.mail.session': 'Séance : {session}',
  'bookings.mail.code': 'Code de réservation : {code}',
  'bookings.mail.cancel':
    'Si votre classe ne peut plus venir, annulez ici pour libérer les places : {link}',
  'bookings.mail.retry':
    'Vous pouvez faire une nouvelle demande avec le formulaire : {link}',
  'bookings.mail.privacy':
    'Votre adresse sert uniquement au suivi de cette réservation ; elle est effacée au plus tard {months} mois après l’événement.',
  'bookings.mail.signature': '{org}',
  'bookings.notice.sent': '{kind} envoyé le {date}',
  // Weekly summary and bilan
  'bookings.summary.title': 'Réservations scolaires',
  'bookings.summary.totals':
    'Classes confirmées : {confirmed} ({pupils} élèves) ; en liste d’attente : {waiting} ; demandes refusées : {refused} ; réservations annulées : {cancelled}.',
  'bookings.summary.fill':
    'Remplissage des séances scolaires : {pupils} élèves sur {capacity} places ({percent} %).',
  'bookings.summary.full': 'Séances complètes ({n})',
  'bookings.summary.waiting': 'Séances avec une liste d’attente ({n})',
  'bookings.summary.empty':
    'Séances sans aucune réservation à moins d’une semaine ({n})',
  'bookings.summary.queued':
    'E-mails aux enseignant·es en attente d’envoi, quota du jour atteint : {n}',
  'bookings.summary.seeTab': 'voir l’onglet « {tab} »',
  'bookings.bilan.title': 'Classes accueillies',
  'bookings.bilan.line':
    '{classes} classes réservées pour {pupils} élèves ; {present} élèves déclarés présents dans le Programme pour ces séances.',
  'bookings.doc.title': 'Classes inscrites',
  'bookings.doc.none': 'Aucune classe inscrite pour le moment.',
  'bookings.doc.line':
    '{session} : {school} ({commune}), {level}, {pupils} élèves{access}',
  'bookings.doc.access': ' – accessibilité : {access}',
  'bookings.purge.done':
    'Adresses des enseignant·es et besoins d’accessibilité des demandes reçues avant le {date} effacés ({months} mois de conservation).',
  'bookings.mails.result':
    '{sent} e-mails envoyés, {left} encore en attente (quota du jour).',
};

export const BOOKINGS_EN: Record<keyof typeof BOOKINGS_FR, string> = {
  'bookings.menu.open': 'Open school bookings…',
  'bookings.menu.sync': 'Update bookings',
  'bookings.tab': 'Bookings',
  'bookings.roster.tab': 'School places',
  'bookings.dialog.title': 'School bookings',
  'bookings.dialog.intro':
    'Classes book the Programme’s school sessions through a Google form. Each session’s capacity counts pupils; beyond it, classes go on a waiting list in order of arrival. Every teacher gets an e-mail (confirmation with a code and a cancellation link, waiting list, or refusal with its reason). Bookings are recorded in the “{tab}” tab.',
  'bookings.dialog.fullMode': 'A full session',
  'bookings.dialog.fullMode.label':
    'stays in the form, marked “full – waiting list”',
  'bookings.dialog.fullMode.hide': 'disappears from the form',
  'bookings.dialog.retention': 'Keeping teachers’ addresses',
  'bookings.dialog.retentionHelp':
    'These addresses are erased by the personal-data purge, after the period set in the settings ({months} months after the event).',
  'bookings.dialog.submit': 'Open bookings',
  'bookings.dialog.done':
    'Bookings open: {sessions} sessions offered in the form.',
  'bookings.dialog.updated': 'Form updated: {sessions} sessions offered.',
  'bookings.dialog.openForm': 'Open the form',
  'bookings.error.noSessions':
    'No school session with a capacity in the Programme: write “scolaires” in the Public column and the number of places in the Capacity column.',
  'bookings.error.notOpen':
    'Bookings are not open yet: first use “Open school bookings…”.',
  'bookings.form.title': '{event} – school session bookings',
  'bookings.form.description':
    'Book a session for your class. Places go in order of arrival, within each session’s capacity (in pupils); when a session is full, your class goes on the waiting list and you are e-mailed if a place frees up.',
  'bookings.form.privacy':
    'Your e-mail address is used only to send you your booking’s confirmation, its cancellation code and news of the waiting list. Only the {org} team and the organisation running the session see it, and it is erased at the latest {months} months after the event.',
  'bookings.form.thanks':
    'Thank you! Your request is recorded: within a few minutes an e-mail tells you whether your class has a place.',
  'bookings.form.action': 'What would you like to do?',
  'bookings.form.action.book': 'Book a session',
  'bookings.form.action.cancel': 'Cancel a booking',
  'bookings.form.email': 'Your e-mail address (teacher)',
  'bookings.form.bookSection': 'Your booking',
  'bookings.form.session': 'Session',
  'bookings.form.sessionHelp':
    'Full sessions are marked: you may still ask for a place on the waiting list.',
  'bookings.form.sessionHelpHidden':
    'Only sessions with places left are offered.',
  'bookings.form.school': 'School',
  'bookings.form.commune': 'School’s commune',
  'bookings.form.level': 'Class level',
  'bookings.form.pupils': 'Number of pupils',
  'bookings.form.pupilsHelp': 'Between 1 and 40 pupils.',
  'bookings.form.access': 'Accessibility needs (optional)',
  'bookings.form.accessHelp':
    'Wheelchair users, hearing or visually impaired pupils…: the organiser prepares for them.',
  'bookings.form.cancelSection': 'Cancellation',
  'bookings.form.bookSectionHelp':
    'Fill in to book. To cancel, leave these questions empty and give your booking code below.',
  'bookings.form.cancelSectionHelp':
    'Only to cancel a booking: the link in the confirmation e-mail fills in this form for you.',
  'bookings.form.code': 'Booking code',
  'bookings.form.codeHelp':
    'The code is in the confirmation e-mail (for example R-4KDX-9PQM).',
  'bookings.form.fullMark': 'full – waiting list',
  'bookings.form.noneLeft': 'No session available for now',
  'bookings.field.session': 'the session',
  'bookings.field.school': 'the school',
  'bookings.field.pupils': 'the number of pupils',
  'bookings.reason.unknownSession': 'Session “{id}” is not in the programme.',
  'bookings.reason.cancelledSession': 'Session “{id}” is cancelled.',
  'bookings.reason.notForSchools': 'Session “{id}” is not open to classes.',
  'bookings.reason.noCapacity':
    'Session “{id}” has no capacity: it cannot be booked.',
  'bookings.reason.badPupils':
    'The number of pupils must be a whole number between {min} and {max} (received: “{value}”).',
  'bookings.reason.tooManyPupils':
    'The class has {pupils} pupils, more than the session’s capacity ({capacity} places).',
  'bookings.reason.duplicate':
    'You already have a booking for this session (code {code}).',
  'bookings.reason.missing': '{fields} is missing.',
  'bookings.reason.badEmail': 'Invalid e-mail address: “{value}”.',
  'bookings.reason.unknownBooking':
    'No booking matches code {code} with this e-mail address.',
  'bookings.reason.notActive':
    'Booking {code} can no longer be cancelled (state: {state}).',
  'bookings.and': ' and ',
  'bookings.col.seq': 'No.',
  'bookings.col.code': 'Code',
  'bookings.col.receivedAt': 'Received',
  'bookings.col.action': 'Request',
  'bookings.col.state': 'State',
  'bookings.col.sessionId': 'Session',
  'bookings.col.sessionLabel': 'Session title',
  'bookings.col.school': 'School',
  'bookings.col.commune': 'Commune',
  'bookings.col.level': 'Level',
  'bookings.col.pupils': 'Pupils',
  'bookings.col.access': 'Accessibility needs',
  'bookings.col.email': 'Teacher’s e-mail',
  'bookings.col.reason': 'Reason',
  'bookings.col.promotedAt': 'Confirmed from waiting list',
  'bookings.col.cancelledAt': 'Cancelled',
  'bookings.col.pending': 'Notice to send',
  'bookings.col.lastNotice': 'Last notice sent',
  'bookings.roster.col.session': 'Session',
  'bookings.roster.col.title': 'Title',
  'bookings.roster.col.date': 'Date',
  'bookings.roster.col.structure': 'Organisation',
  'bookings.roster.col.capacity': 'Capacity (pupils)',
  'bookings.roster.col.pupils': 'Pupils confirmed',
  'bookings.roster.col.fill': 'Fill rate',
  'bookings.roster.col.classes': 'Classes confirmed',
  'bookings.roster.col.waiting': 'Classes waiting',
  'bookings.roster.col.list': 'Classes (school, level, pupils)',
  'bookings.mail.subject.confirmation':
    'Booking confirmed: {session} (code {code})',
  'bookings.mail.subject.attente': 'Waiting list: {session} (code {code})',
  'bookings.mail.subject.refus': 'Booking not accepted: {session}',
  'bookings.mail.subject.promotion':
    'A place freed up: booking confirmed, {session} (code {code})',
  'bookings.mail.subject.annulation': 'Booking cancelled: {session}',
  'bookings.mail.subject.annulation-refusée': 'Cancellation not possible',
  'bookings.mail.hello': 'Hello,',
  'bookings.mail.body.confirmation':
    'Your booking is confirmed: {school}, {level} class, {pupils} pupils.',
  'bookings.mail.body.attente':
    'The session is full: your {level} class ({school}, {pupils} pupils) is on the waiting list, in position {rank}. If a place frees up, you will receive a confirmation e-mail.',
  'bookings.mail.body.refus': 'Your request could not be accepted: {reason}',
  'bookings.mail.body.promotion':
    'A place freed up: your booking, which was on the waiting list, is confirmed ({school}, {level} class, {pupils} pupils).',
  'bookings.mail.body.annulation':
    'Your booking {code} is cancelled. The places go to the classes waiting.',
  'bookings.mail.body.annulation-refusée':
    'Your cancellation could not be done: {reason}',
  'bookings.mail.session': 'Session: {session}',
  'bookings.mail.code': 'Booking code: {code}',
  'bookings.mail.cancel':
    'If your class can no longer come, cancel here to free the places: {link}',
  'bookings.mail.retry': 'You may make a new request with the form: {link}',
  'bookings.mail.privacy':
    'Your address is used only for this booking; it is erased at the latest {months} months after the event.',
  'bookings.mail.signature': '{org}',
  'bookings.notice.sent': '{kind} sent on {date}',
  'bookings.summary.title': 'School bookings',
  'bookings.summary.totals':
    'Classes confirmed: {confirmed} ({pupils} pupils); waiting: {waiting}; requests refused: {refused}; bookings cancelled: {cancelled}.',
  'bookings.summary.fill':
    'School sessions filled: {pupils} pupils for {capacity} places ({percent} %).',
  'bookings.summary.full': 'Full sessions ({n})',
  'bookings.summary.waiting': 'Sessions with a waiting list ({n})',
  'bookings.summary.empty':
    'Sessions with no booking, less than a week ahead ({n})',
  'bookings.summary.queued':
    'E-mails to teachers waiting to be sent, daily quota reached: {n}',
  'bookings.summary.seeTab': 'see the “{tab}” tab',
  'bookings.bilan.title': 'Classes welcomed',
  'bookings.bilan.line':
    '{classes} classes booked for {pupils} pupils; {present} pupils reported present in the Programme for these sessions.',
  'bookings.doc.title': 'Classes booked',
  'bookings.doc.none': 'No class booked yet.',
  'bookings.doc.line':
    '{session}: {school} ({commune}), {level}, {pupils} pupils{access}',
  'bookings.doc.access': ' – accessibility: {access}',
  'bookings.purge.done':
    'Teachers’ addresses and accessibility needs of requests received before {date} erased ({months} months kept).',
  'bookings.mails.result':
    '{sent} e-mails sent, {left} still waiting (daily quota).',
};
