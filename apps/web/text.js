// Dutch words for the API's codes: vocabularies, and what each problem code means for the user.

export const ROLE_NAMES = {
  accountmanager: 'Accountmanager',
  jobhunter: 'Jobhunter',
  klantmanager: 'Klantmanager',
  employer: 'Werkgever',
  admin: 'Beheerder',
  partner: 'Partner',
};

export const PARTNER_KINDS = {
  wsp: 'Werkgeversservicepunt (buurregio)',
  uwv: 'UWV',
  'job-site': 'Vacaturesite',
  ats: 'Sollicitatiesysteem (ATS)',
  other: 'Anders',
};

export const PARTNER_SCOPES = {
  'vacancy-feed:read': 'Vacaturefeed lezen',
  'vacancies:write': 'Vacatures aanleveren',
};

export const WEBHOOK_EVENTS = {
  'vacancy.created': 'Vacature gepubliceerd',
  'vacancy.changed': 'Vacature gewijzigd',
  'vacancy.removed': 'Vacature teruggetrokken',
};

export const DELIVERY_STATUSES = { pending: 'Onderweg', delivered: 'Afgeleverd', failed: 'Mislukt' };

export const USER_STATUSES = { invited: 'Uitgenodigd', active: 'Actief', deactivated: 'Gedeactiveerd' };

export const PART_NAMES = {
  competences: 'Vaardigheden',
  hours: 'Uren en contract',
  direction: 'Eigen richting',
  kansrijkheid: 'Kansrijke sector',
  travel: 'Reisafstand',
  education: 'Opleiding',
};

export const REJECTION_REASONS = {
  'competence-missing': 'Mist een vaardigheid',
  belastbaarheid: 'Belastbaarheid past niet',
  travel: 'Reisafstand te groot',
  hours: 'Uren passen niet',
  'candidate-not-available': 'Kandidaat niet beschikbaar',
  'candidate-declined': 'Kandidaat wil niet',
  other: 'Andere reden',
};

export const DECISIONS = { accepted: 'Geaccepteerd', 'set-aside': 'Opzijgezet', rejected: 'Afgewezen' };

/** Why candidates were left out of a shortlist: a hard limit, by the belastbaarheid item or travel. */
export const LIMITS = {
  travel: 'reisafstand',
  rejected: 'eerder afgewezen voor deze vacature',
  'availability-unconfirmed': 'beschikbaarheid niet op tijd bevestigd',
  concentration: 'concentratie',
  'time-pressure': 'werken onder tijdsdruk',
  'handling-conflicts': 'omgaan met conflicten',
  'customer-contact': 'klantcontact',
  'emotional-problems-of-others': 'omgaan met emotionele problemen van anderen',
  heat: 'hitte',
  cold: 'koude',
  dust: 'stof, rook of damp',
  noise: 'lawaai',
  'protective-gear': 'persoonlijke beschermingsmiddelen',
  lifting: 'tillen en dragen',
  walking: 'lopen',
  climbing: 'klimmen en traplopen',
  kneeling: 'knielen en hurken',
  bending: 'buigen en tillen vanaf de grond',
  sitting: 'zitten',
  standing: 'staan',
  'bent-posture': 'gebogen werken',
  'hours-per-day': 'uren per dag',
  'hours-per-week': 'uren per week',
  'evening-work': 'avondwerk',
  'night-work': 'nachtwerk',
};

/** How recent the klantmanager's last confirmation of a candidate's availability is (availabilityFreshness). */
export const AVAILABILITY_FRESHNESS = {
  fresh: 'Onlangs bevestigd',
  flagged: 'Bevestigen is nodig: de beschikbaarheid is lang niet bevestigd',
  expired: 'Bevestiging verlopen: de kandidaat wordt niet gematcht tot u bevestigt',
};

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
export const asPercent = (share) => percent.format(share);
// Dates as the API counts them, in the Netherlands, whatever zone the browser is set to.
const date = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
export const asDate = (value) => (value ? date.format(new Date(value)) : '');
// Made once: a formatter with a time zone is costly to build. 'sv-SE' writes YYYY-MM-DD.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
/** Today (or the day of `instant`) in the Netherlands, as YYYY-MM-DD: the API's calendar day. */
export const dutchDay = (instant = new Date()) => AMSTERDAM_DAY.format(instant);

/**
 * Dutch for every code the API answers with (`GET /api/v1/problems` lists them; a browser test
 * checks that each has its text here). Never the API's own English: that is for developers.
 */
export const PROBLEMS = {
  'request.invalid-input': 'Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.',
  'request.malformed-body': 'Het verzoek kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.',
  'request.too-large': 'Dit is te veel in één keer. Verstuur minder tegelijk.',
  'request.unsupported-media-type': 'Dit soort bestand wordt hier niet geaccepteerd.',
  'request.not-found': 'Niet gevonden.',
  'request.rate-limited': 'Te veel verzoeken achter elkaar. Wacht een minuut en probeer het opnieuw.',
  'request.unavailable': 'Werkbrug is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
  'request.internal': 'Er ging iets mis bij Werkbrug. Probeer het opnieuw; blijft het misgaan, meld het dan.',
  'auth.unauthenticated': 'Uw sessie is verlopen. Meld u opnieuw aan.',
  'auth.role-not-allowed': 'Dit mag uw rol niet.',
  'record.stale-version':
    'Iemand anders heeft dit net gewijzigd. De gegevens zijn opnieuw geladen; kijk ze na en probeer het opnieuw.',
  'period.ends-before-start': 'De einddatum ligt vóór de begindatum.',
  'period.too-long': 'Kies een periode korter dan vijf jaar.',
  'audit.purpose-required': 'Geef op waarvoor u deze gegevens van de kandidaat nodig hebt.',
  'audit.profile-quota-exceeded':
    'U heeft vandaag het maximale aantal kandidaatprofielen bekeken. Morgen kunt u weer verder.',
  'audit.candidate-not-found': 'Deze kandidaat bestaat niet (meer).',
  'retention.candidate-not-found': 'Deze kandidaat bestaat niet (meer).',
  'retention.already-anonymised': 'Deze kandidaat is al geanonimiseerd.',
  'queue.invalid-job-id': 'Dit is geen geldige taak.',
  'queue.job-not-found': 'Deze taak staat niet (meer) in de wachtrij.',
  'queue.job-not-failed': 'Alleen een mislukte taak kan opnieuw worden gestart.',
  'queue.no-failed-set': 'Werkbrug draait zonder wachtrijserver: er zijn geen mislukte taken om opnieuw te starten.',
  'queue.no-dashboard': 'Werkbrug draait zonder wachtrijserver: er is geen overzicht van de wachtrij.',
  'health.not-ready': 'Werkbrug is nog niet klaar om te werken. Probeer het over een paar seconden opnieuw.',
  'user.not-found': 'Deze gebruiker bestaat niet.',
  'user.email-taken': 'Er is al een gebruiker met dit e-mailadres.',
  'user.last-admin':
    'Dit is de laatste actieve beheerder van uw organisatie. Maak eerst iemand anders beheerder; daarna kunt u dit wijzigen.',
  'user.not-on-account-team': 'Alleen het accountteam van deze werkgever of een beheerder beheert de contactpersonen.',
  'user.employer-roles-fixed': 'Een contactpersoon van een werkgever heeft alleen de rol werkgever.',
  'organisation.not-found': 'Deze organisatie bestaat niet.',
  'organisation.slug-taken': 'Er is al een organisatie met deze korte naam.',
  'organisation.not-wsp-admin': 'Alleen een beheerder van het werkgeversservicepunt voegt organisaties toe.',
  'organisation.region-not-served': 'Deze arbeidsmarktregio is niet de regio van het werkgeversservicepunt.',
  'organisation.municipality-code-required': 'Vul de CBS-gemeentecode in (bijvoorbeeld GM0034).',
  'organisation.municipality-code-not-allowed': 'Alleen een gemeente heeft een gemeentecode.',
  'organisation.unknown-municipality': 'Deze gemeentecode staat niet in de tabel van het CBS.',
  'organisation.municipality-outside-region': 'Deze gemeente hoort niet bij de regio van het werkgeversservicepunt.',
  'organisation.municipality-taken': 'Deze gemeente is al lid.',
  'auth.scope-missing': 'Deze sleutel geeft geen toegang tot dit onderdeel.',
  'partner.not-found': 'Deze partner bestaat niet.',
  'partner.api-key-not-found': 'Deze sleutel bestaat niet.',
  'partner.wsp-administrator-only': 'Alleen een beheerder van het werkgeversservicepunt beheert partners.',
  'partner.subscription-not-found': 'Dit webhook-abonnement bestaat niet.',
  'partner.delivery-not-found': 'Deze levering bestaat niet.',
  'partner.delivery-not-failed': 'Alleen een mislukte levering kan opnieuw worden verstuurd.',
  'partner.subscription-ended': 'Dit webhook-abonnement is beëindigd.',
  'partner.webhook-url-not-allowed':
    'Vul een adres in dat met https:// begint (http:// alleen naar deze computer, buiten productie).',
  'vacancy-feed.not-published': 'Deze vacature bestaat niet of is niet gepubliceerd.',
  'auth.csrf-token-invalid': 'Deze pagina is verouderd. Laad de pagina opnieuw en probeer het nog eens.',
  'sign-in.unknown-provider': 'Deze manier van aanmelden kent Werkbrug niet. Kies een van de knoppen hieronder.',
  'sign-in.flow-expired': 'Het aanmelden duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.',
  'sign-in.refused-by-provider': 'De inlogdienst heeft u niet aangemeld. Probeer het opnieuw.',
  'sign-in.unknown-user':
    'U bent wel bij de inlogdienst aangemeld, maar heeft (nog) geen toegang tot Werkbrug. Vraag de beheerder van uw organisatie om een uitnodiging.',
  'session.none': 'U bent niet aangemeld. Meld u aan.',
  'session.role-not-yours': 'Deze rol heeft u niet.',
  'employer.not-found': 'Deze werkgever bestaat niet (meer).',
  'employer.kvk-number-taken': 'Er is al een werkgever met dit KvK-nummer.',
  'employer.not-an-accountmanager': 'Alleen accountmanagers (niet gedeactiveerd) kunnen in het accountteam.',
  'employer.kvk-number-required': 'Een ingeschreven KvK-nummer kunt u verbeteren, maar niet weghalen.',
  'employer.field-not-yours':
    'Dit past het accountteam van het werkgeversservicepunt aan. Vraag het uw accountmanager.',
  'employer.contact-person-not-found': 'Deze contactpersoon bestaat niet (meer).',
  'employer.unknown-user': 'Deze gebruiker hoort niet bij deze werkgever.',
  'candidate.not-found': 'Deze kandidaat bestaat niet (meer).',
  'candidate.anonymised': 'Deze kandidaat is geanonimiseerd; schrijf de persoon zo nodig opnieuw in.',
  'candidate.travel-limit-missing': 'Vul in hoe ver de kandidaat kan reizen: in kilometers, in minuten of allebei.',
  'candidate.hours-range-reversed': 'Het minimum aantal uren per week is hoger dan het maximum.',
  'candidate.assessed-in-future': 'De datum van de beoordeling van de belastbaarheid ligt in de toekomst.',
  'candidate.work-period-reversed': 'De baan eindigt hier vóór de maand waarin hij begon.',
  'candidate.work-in-future': 'Deze maand ligt in de toekomst.',
  'candidate.reason-while-available': 'Een reden of einddatum hoort alleen bij een kandidaat die niet beschikbaar is.',
  'candidate.caseload-full':
    'De caseload van deze klantmanager is vol: kies een collega of draag eerst een kandidaat over.',
  'candidate.not-a-klantmanager': 'Deze persoon is geen actieve klantmanager van uw organisatie.',
  'candidate.not-a-jobhunter': 'Deze persoon is geen actieve jobhunter van uw organisatie.',
  'candidate.organisation-list-not-allowed':
    'Als jobhunter ziet u de kandidaten van uw eigen caseload; andere kandidaten van uw organisatie vindt u door op naam of postcode te zoeken.',
  'caseload.reason-required':
    'Deze kandidaat staat niet in uw caseload. Geef op waarom u het dossier opent; dat wordt vastgelegd.',
  'csv.unreadable':
    'Het CSV-bestand kan niet worden gelezen. Sla het in Excel op als ‘CSV UTF-8 (gescheiden door lijstscheidingsteken)’ en probeer het opnieuw.',
  'import.not-found': 'Deze import bestaat niet (meer).',
  'candidate.client-number-taken': 'Een andere kandidaat van uw organisatie heeft dit klantnummer al.',
  'candidate-import.not-found': 'Deze import bestaat niet (meer).',
  'candidate-import.unsupported-format': 'Kies een CSV-bestand (.csv) of een JSON-bestand (.json).',
  'candidate-import.too-many-rows': 'Dit bestand heeft te veel regels: hoogstens 100.000 per keer. Splits het bestand.',
  'candidate-import.empty-import': 'Dit bestand bevat geen kandidaten.',
  'candidate-import.unknown-column':
    'Deze kolom kent Werkbrug niet. Controleer de kolomnamen; de lijst staat in de handleiding.',
  'candidate-import.not-a-list': 'Dit JSON-bestand bevat geen lijst met kandidaten.',
  'candidate-import.not-an-object': 'Deze regel is geen kandidaat.',
  'candidate-import.not-a-number': 'Hier staat geen getal. Gebruik een komma voor decimalen.',
  'candidate-import.client-number-required': 'Vul het klantnummer in (hoogstens 50 tekens).',
  'candidate-import.repeated-client-number': 'Dit klantnummer staat al eerder in het bestand.',
  'candidate-import.left-not-known':
    'Deze regel meldt iemand als uitgestroomd die niet in Werkbrug staat. Er is niets over te nemen.',
  'candidate-import.left-in-future': 'De datum van uitstroom ligt in de toekomst.',
  'candidate-import.unknown-availability':
    'Kies beschikbaar, tijdelijk niet beschikbaar of geplaatst. Uitstroom vult u in bij ‘uitgestroomd op’.',
  'candidate-import.anonymised': 'De kandidaat met dit klantnummer is geanonimiseerd en kan niet worden bijgewerkt.',
  'candidate-import.rows-refused':
    'Er zijn regels geweigerd, dus is er niets geïmporteerd. Verbeter die regels, of importeer per regel.',
  'candidate-import.interrupted':
    'De import is onderbroken. Importeer het bestand opnieuw: wat al binnen is, blijft gelijk.',
  'candidate-import.failed': 'De import is mislukt. Importeer het bestand opnieuw of neem contact op met beheer.',
  'import.unsupported-format': 'Kies een CSV-bestand (.csv), of een JSON-bestand (.json of .jsonld).',
  'import.too-many-rows': 'Dit bestand heeft te veel regels: hoogstens 500 per keer. Splits het bestand.',
  'import.empty-import': 'Dit bestand bevat geen vacatures.',
  'import.unknown-column':
    'Het bestand heeft een kolom die Werkbrug niet kent. Gebruik de kolomnamen van het sjabloon.',
  'import.not-a-list': 'Dit JSON-bestand bevat geen lijst met vacatures.',
  'import.not-an-object': 'Deze regel is geen vacature.',
  'import.not-a-job-posting': 'Dit is geen vacature (schema.org JobPosting).',
  'import.not-a-number': 'Hier staat geen getal. Gebruik een komma voor decimalen, bijvoorbeeld 14,40.',
  'import.not-mappable': 'Dit gegeven kan Werkbrug niet overnemen.',
  'import.isco-not-one-occupation': 'Deze ISCO-code past op meer beroepen. Geef het ESCO-beroep op.',
  'import.source-required': 'Vul de bron in: in de kolom ‘bron’ of bij ‘Bron voor alle regels’.',
  'import.invalid-source':
    'Een bron bestaat uit 2 tot 64 kleine letters, cijfers, punten, dubbele punten of streepjes.',
  'import.reserved-source':
    'Deze bron is van Werkbrug zelf, van een partner of van een gevolgde regio. Kies een eigen naam.',
  'import.foreign-source': 'Een partner levert alleen vacatures aan onder de eigen bron.',
  'import.source-mismatch': 'Deze regel noemt een andere bron dan die voor alle regels.',
  'import.reference-required': 'Vul de referentie in (hoogstens 200 tekens).',
  'import.repeated-reference': 'Deze referentie staat al eerder in het bestand.',
  'import.kvk-required': 'Vul het KvK-nummer van de werkgever in: 8 cijfers.',
  'import.unknown-employer':
    'Geen werkgever heeft dit KvK-nummer. Vul ook naam, sector en postcode van de werkgever in om haar in te schrijven.',
  'import.other-employer': 'De vacature met deze referentie hoort bij een andere werkgever.',
  'vacancy.not-found': 'Deze vacature bestaat niet (meer).',
  'vacancy.not-open':
    'Deze vacature is gesloten of verlopen en kan niet meer worden gewijzigd. Open haar opnieuw als nieuwe vacature.',
  'vacancy.valid-through-in-past': 'De sluitingsdatum ligt in het verleden. Kies vandaag of later.',
  'vacancy.valid-through-too-far': 'Kies een sluitingsdatum binnen een jaar.',
  'vacancy.salary-min-above-max': 'Het hoogste salaris moet minstens zo hoog zijn als het laagste.',
  'vacancy.status-by-own-route': 'De status van een vacature verandert u met de knoppen bij de vacature.',
  'vacancy.ended': 'Deze vacature is gesloten of verlopen. U kunt haar alleen opnieuw openen als nieuwe vacature.',
  'vacancy.already-in-status': 'De vacature heeft deze status al. De lijst is opnieuw geladen.',
  'vacancy.draft-not-on-hold': 'Een concept kunt u niet pauzeren. Open de vacature eerst.',
  'vacancy.valid-through-passed':
    'De sluitingsdatum is voorbij. Wijzig eerst de sluitingsdatum en open de vacature dan.',
  'vacancy.not-ended': 'Alleen een gesloten of verlopen vacature kan opnieuw worden geopend.',
  'vacancy.already-reopened': 'Deze vacature is al eens opnieuw geopend als nieuwe vacature.',
  'vacancy.followed':
    'Dit is een vacature van een andere regio. Die regio wijzigt en sluit haar; hier volgt u haar alleen.',
  'vacancy.start-date-in-past': 'De begindatum ligt in het verleden. Kies vandaag of later, of laat het veld leeg.',
  'vacancy.hours-in-demands': 'De uren per week vult u in bij ‘Uren per week’.',
  'vacancy.required-and-desirable': 'Deze vaardigheid staat er al als vereist in.',
  'vacancy.for-other-employer': 'U kunt alleen vacatures voor uw eigen organisatie plaatsen.',
  'vacancy.unknown-employer': 'Deze werkgever kent Werkbrug niet.',
  'vacancy-feed.cursor-from-another-history':
    'De vacaturefeed is hersteld uit een back-up. Lees de feed opnieuw vanaf het begin, zonder cursor.',
  'consent.not-found': 'Deze toestemming bestaat niet (meer).',
  'consent.already-given': 'Deze toestemming is al gegeven.',
  'consent.already-withdrawn': 'Deze toestemming is al ingetrokken.',
  'consent.proposal-required': 'Kies het voorstel waarvoor de kandidaat toestemming geeft.',
  'consent.not-proposal-of-candidate': 'Dit voorstel hoort niet bij deze kandidaat.',
  'consent.proposal-not-allowed': 'Alleen toestemming om de naam te delen hoort bij één voorstel.',
  'consent.adjustments-required': 'Kies welke aanpassingen de kandidaat wil delen.',
  'consent.adjustment-not-limited': 'Voor dit onderdeel is bij de kandidaat geen beperking vastgelegd.',
  'consent.adjustments-not-allowed': 'Aanpassingen horen alleen bij toestemming om aanpassingen te delen.',
  'kansrijkheid.tension-missing': 'Vul de spanningsklasse (1 tot 5) of de verhouding in.',
  'kansrijkheid.sector-and-group-mismatch':
    'Sector * hoort bij een beroepsgroep, en een beroepsgroep alleen bij sector *.',
  'kansrijkheid.bad-header': 'De eerste regel is niet de verwachte kopregel.',
  'kansrijkheid.cells-beyond-columns': 'Deze regel heeft meer kolommen dan verwacht.',
  'kansrijkheid.too-many-rows': 'Dit bestand heeft te veel regels voor één keer.',
  'kansrijkheid.invalid-file': 'Het bestand heeft regels die niet kloppen; er is niets ingelezen.',
  'shortlist.not-found': 'Deze vacature heeft (nog) geen shortlist.',
  'shortlist.decision-not-found': 'Er is nog geen besluit over deze kandidaat.',
  'shortlist.not-on-shortlist': 'Deze kandidaat staat niet (meer) op de shortlist van deze vacature.',
  'shortlist.rejection-final': 'Deze kandidaat is afgewezen. Trek de afwijzing eerst in als u anders wilt beslissen.',
  'shortlist.already-proposed': 'Deze kandidaat is al voorgesteld; nu is de werkgever aan zet.',
  'shortlist.vacancy-ended': 'Deze vacature is gesloten of verlopen; de shortlist wordt niet meer beoordeeld.',
  'rejection.reason-required': 'Kies een reden voor de afwijzing.',
  'rejection.competence-required': 'Kies welke vaardigheid ontbrak.',
  'rejection.competence-only-when-missing': 'Een vaardigheid hoort alleen bij de reden ‘mist een vaardigheid’.',
  'rejection.note-required': 'Schrijf bij ‘andere reden’ kort op waarom.',
  'rejection.only-when-rejecting': 'Een reden hoort alleen bij een afwijzing.',
  'proposal.not-found': 'Dit voorstel bestaat niet (meer).',
  'proposal.vacancy-not-open': 'Deze vacature staat niet meer open; er kunnen geen kandidaten meer worden voorgesteld.',
  'proposal.followed-vacancy':
    'Dit is een vacature van een andere regio. Stel kandidaten voor via het werkgeversservicepunt van die regio, of laat de kandidaat solliciteren zoals de vacature aangeeft.',
  'proposal.candidate-rejected': 'Afgewezen voor deze vacature; wordt er niet meer voor voorgesteld.',
  'proposal.already-proposed': 'Al voorgesteld voor deze vacature.',
  'proposal.not-accepted': 'Nog niet geaccepteerd op de shortlist.',
  'proposal.not-on-shortlist': 'Staat niet meer op de shortlist (niet meer beschikbaar of past niet meer).',
  'proposal.no-consent':
    'Nog geen toestemming om het geanonimiseerde profiel aan werkgevers te laten zien. De klantmanager legt die toestemming vast; daarna kunt u voorstellen.',
  'proposal.beyond-belastbaarheid': 'Kan de belasting van dit werk niet (meer) aan; wacht op de nieuwe matching.',
  'proposal.proposed-meanwhile':
    'Iemand anders heeft net een van deze kandidaten voorgesteld. De lijst is opnieuw geladen.',
  'proposal.answer-final': 'U heeft al geantwoord: een uitnodiging of afwijzing staat vast.',
  'proposal.withdrawn': 'Dit voorstel is ingetrokken omdat de vacature is gesloten of verlopen.',
  'proposal.consent-present': 'De kandidaat heeft de toestemming al gegeven: u kunt hem of haar nu voorstellen.',
  'offer.not-found': 'Dit aanbod bestaat niet (meer).',
  'offer.candidate-not-found': 'Deze kandidaat bestaat niet (meer).',
  'offer.candidate-not-available':
    'Deze kandidaat is nu niet beschikbaar; vacatures worden alleen aan beschikbare kandidaten aangeboden.',
  'offer.vacancy-not-found': 'Deze vacature bestaat niet (meer).',
  'offer.vacancy-not-open': 'Deze vacature staat niet meer open.',
  'offer.candidate-turned-down': 'Deze kandidaat is voor deze vacature afgewezen.',
  'offer.already-offered': 'Deze vacature is al eens aan de kandidaat aangeboden.',
  'offer.reason-required': 'Schrijf op waarom de kandidaat geen interesse heeft.',
  'offer.withdrawn': 'Dit aanbod is ingetrokken omdat de vacature is gesloten of verlopen.',
  'party.candidate-not-found': 'Deze kandidaat bestaat niet (meer).',
  'party.unknown-candidate': 'Deze kandidaat kent Werkbrug niet.',
  'party.unknown-employer': 'Deze werkgever kent Werkbrug niet.',
  'party.unknown-vacancy': 'Deze vacature kent Werkbrug niet.',
  'party.employer-or-vacancy-required': 'Kies een werkgever of een vacature.',
  'party.vacancy-of-other-employer': 'Deze vacature hoort bij een andere werkgever.',
  'speeddate.not-found': 'Deze speeddate bestaat niet (meer).',
  'speeddate.employer-not-found': 'Deze werkgever bestaat niet of u mag zijn speeddates niet zien.',
  'speeddate.participant-not-found': 'Deze deelnemer staat niet (meer) op de speeddate.',
  'speeddate.conversation-not-found': 'Dit gesprek staat niet (meer) in het schema.',
  'speeddate.ends-after-midnight':
    'Het laatste gesprek zou na middernacht eindigen. Kies minder of kortere gesprekken.',
  'speeddate.nobody-invited': 'Nodig minstens één werkgever of kandidaat uit.',
  'speeddate.candidate-unavailable': 'Deze kandidaat is nu niet beschikbaar en kan niet worden uitgenodigd.',
  'speeddate.participant-scheduled': 'Deze deelnemer heeft al gesprekken in het schema. Haal die eerst uit het schema.',
  'speeddate.slot-out-of-range': 'Dit tijdvak bestaat niet op deze speeddate.',
  'speeddate.pair-twice': 'Deze kandidaat spreekt deze werkgever al.',
  'speeddate.employer-double-booked': 'Deze werkgever heeft in dit tijdvak al een gesprek.',
  'speeddate.candidate-double-booked': 'Deze kandidaat heeft in dit tijdvak al een gesprek.',
  'speeddate.employer-not-invited': 'Deze werkgever is niet uitgenodigd voor deze speeddate.',
  'speeddate.candidate-not-invited': 'Deze kandidaat is niet uitgenodigd voor deze speeddate.',
  'speeddate.conversation-logged': 'Van dit gesprek is de uitkomst al vastgelegd; het blijft zoals het is.',
  'speeddate.logged-meanwhile':
    'Iemand anders heeft dit gesprek net vastgelegd. Het schema is opnieuw geladen; kijk het na en probeer het opnieuw.',
  'speeddate.not-held-yet': 'Deze speeddate is nog niet gehouden; uitkomsten kunt u vastleggen vanaf de dag zelf.',
  'speeddate.conversation-twice': 'Dit gesprek staat twee keer in wat u vastlegt.',
  'speeddate.unknown-conversation': 'Dit gesprek staat niet (meer) in het schema. Het schema is opnieuw geladen.',
  'speeddate.no-show-has-no-outcome': 'Een gesprek dat niet plaatsvond heeft geen interesse of volgende stap.',
  'speeddate.interest-required': 'Kies wiens interesse het gesprek wekte (of geen).',
  'speeddate.next-step-required': 'Kies de volgende stap (of geen match).',
  'speeddate.reason-required': 'Geef een reden: die is nodig bij geen match of geen interesse.',
  'follow-up.not-found': 'Deze taak bestaat niet (meer).',
  'follow-up.already-done': 'Deze taak is al afgerond.',
  'worklist.not-found': 'Deze taak staat niet (meer) in de werkvoorraad van uw team.',
  'worklist.already-done': 'Deze taak is al afgerond of vanzelf afgesloten.',
  'notification.not-found': 'Deze melding bestaat niet (meer).',
  'notification.kind-not-yours': 'Deze soort melding krijgt u niet in uw rol.',
  'notification.repeated-kind': 'Deze soort melding staat er twee keer in.',
  'training.not-found': 'Dit opleidingsplan bestaat niet (meer).',
  'training.ends-before-start': 'De einddatum ligt vóór de begindatum.',
  'training.vacancy-gone': 'Deze vacature kan niet meer worden vervuld.',
  'training.budget-exceeded':
    'Dit plan kost meer dan er over is van het opleidingsbudget. Geef een reden om het budget te overschrijden, of kies een goedkopere opleiding.',
  'training.override-needless': 'Dit plan past binnen het budget; een reden om het te overschrijden is niet nodig.',
  'training.transition-not-allowed': 'Deze stap kan niet vanuit de huidige stand van het opleidingsplan.',
  'outreach.contacted-in-future': 'Het moment van contact ligt in de toekomst.',
  'agreement.not-found': 'Dit akkoord bestaat niet (meer).',
  'agreement.ends-not-after-start': 'Een akkoord eindigt na de begindatum.',
  'agreement.employer-has-linked-vacancies': 'Deze werkgever heeft vacatures bij dit akkoord en blijft daarom partij.',
  'agreement.employer-not-party': 'De werkgever van deze vacature doet niet mee aan dit akkoord.',
  'agreement.vacancy-already-linked': 'Deze vacature hoort al bij dit akkoord.',
  'agreement.vacancy-linked-elsewhere': 'Deze vacature hoort al bij een ander akkoord.',
  'agreement.vacancy-not-linked': 'Deze vacature hoort niet bij dit akkoord.',
  'placement.not-found': 'Deze plaatsing bestaat niet (meer).',
  'placement.uitstroom-required': 'Kies bij betaald werk of de uitstroom volledig of gedeeltelijk is.',
  'placement.uitstroom-only-for-paid-work': 'Alleen betaald werk is uitstroom uit de uitkering.',
  'placement.contract-type-required': 'Kies bij betaald werk het soort contract.',
  'placement.candidate-left': 'Deze kandidaat is uitgeschreven.',
  'placement.vacancy-gone': 'Deze vacature kan niet meer worden vervuld.',
  'placement.not-proefplaatsing': 'Alleen over een proefplaatsing wordt een besluit genomen.',
  'placement.already-decided': 'Over deze proefplaatsing is al besloten.',
  'placement.decided-before-start': 'Het besluit kan niet vóór het begin van de proefplaatsing liggen.',
  'placement.only-with-contract': 'Dit hoort alleen bij een besluit met contract.',
  'placement.not-paid-work': 'Alleen betaald werk krijgt een controle na zes maanden.',
  'placement.already-checked': 'Deze plaatsing is al gecontroleerd.',
  'placement.check-not-due': 'De controle na zes maanden is nog niet aan de beurt.',
  'placement.check-in-future': 'Een controle kan niet in de toekomst liggen.',
  'placement.levels-not-derived':
    'De niveaus volgen uit wat in Werkbrug tot deze plaatsing leidde (aanbod, voorstel, opleiding, zoektocht, akkoord); laat ze weg.',
  'candidate-outcome.training-via-plan': 'Een opleiding legt u vast door een opleidingsplan te starten.',
  'candidate-outcome.in-future': 'Een resultaat kan niet in de toekomst liggen.',
  'candidate-outcome.step-required': 'Kies de nieuwe trede op de participatieladder.',
  'candidate-outcome.step-only-for-ladder': 'Een trede hoort alleen bij een stap op de participatieladder.',
  'candidate-outcome.step-not-higher': 'De nieuwe trede moet hoger zijn dan de huidige.',
  'job-search.profile-incomplete':
    'Voor deze kandidaat kan nu niet worden gezocht: het profiel is niet compleet. De klantmanager kan dit aanvullen.',
  'job-search.availability-unconfirmed':
    'Voor deze kandidaat kan nu niet worden gezocht: de beschikbaarheid is te lang niet bevestigd. De klantmanager kan die bevestigen.',
  'job-search.candidate-not-available':
    'Voor deze kandidaat kan nu niet worden gezocht: de kandidaat is niet beschikbaar. De klantmanager kan dit aanvullen.',
};

/** Dutch for a field that is not right, by its code: said beside the field. */
export const FIELD_PROBLEMS = {
  'field.required': 'Vul dit in.',
  'field.unknown': 'Dit veld hoort hier niet bij.',
  'field.too-deep': 'Dit is te diep genest.',
  'field.not-text': 'Vul hier tekst in.',
  'field.control-character': 'Hier staat een onzichtbaar teken in dat niet is toegestaan. Typ de tekst opnieuw in.',
  'field.not-whole-number': 'Vul een heel getal in.',
  'field.not-number': 'Vul een getal in.',
  'field.not-true-or-false': 'Kies ja of nee.',
  'field.not-list': 'Dit moet een lijst zijn.',
  'field.not-object': 'Dit is niet goed ingevuld.',
  'field.not-uuid': 'Dit verwijst niet naar iets dat Werkbrug kent.',
  'field.not-email': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  'field.not-date': 'Vul een geldige datum in.',
  'field.not-date-time': 'Vul een geldige datum en tijd in.',
  'field.not-month': 'Vul een maand in, bijvoorbeeld maart 2019.',
  'field.too-small': 'Dit getal is te klein.',
  'field.too-large': 'Dit getal is te groot.',
  'field.wrong-length': 'Dit is te kort of te lang.',
  'field.too-long': 'Dit is te lang.',
  'field.too-few-items': 'Kies er meer.',
  'field.too-many-items': 'Dit zijn er te veel.',
  'field.repeated-items': 'Dit staat er twee keer in.',
  'field.not-allowed-value': 'Kies een van de mogelijkheden.',
  'field.wrong-format': 'Dit is niet in de goede vorm ingevuld.',
  'field.invalid': 'Dit is niet goed ingevuld.',
  'field.unknown-postcode': 'Deze postcode kennen we niet. Vul de vier cijfers in, bijvoorbeeld 1315.',
  'field.unknown-competence': 'Kies een vaardigheid uit de lijst.',
  'field.unknown-occupation': 'Kies een beroep uit de lijst.',
  'field.occupation-not-matched': 'Voor dit beroep zoekt Werkbrug nog geen kandidaten. Kies een verwant beroep.',
  'field.unknown-sector': 'Kies een sector uit de lijst.',
  'field.unknown-education-level': 'Kies een opleidingsniveau uit de lijst.',
  'field.level-out-of-range': 'Kies een niveau uit de lijst.',
  'field.not-phone-number': 'Vul een telefoonnummer in, bijvoorbeeld 036 123 45 67.',
  'field.not-time-of-day': 'Vul een tijd in als uu:mm, bijvoorbeeld 09:30.',
  'field.not-kvk-number': 'Vul het KvK-nummer in: 8 cijfers, bijvoorbeeld 1234 5678.',
  'field.not-establishment-number': 'Vul het vestigingsnummer in: 12 cijfers.',
};

/** What went wrong, in Dutch, for a message where the user is looking: by code, else by status. */
export function problemText(problem = {}) {
  if (problem.status === 0) return 'Geen verbinding met Werkbrug. Controleer uw netwerk en probeer het opnieuw.';
  const known = PROBLEMS[problem.code] ?? FIELD_PROBLEMS[problem.code];
  if (known) return known;
  if (problem.status === 409) return PROBLEMS['record.stale-version'];
  if (problem.status === 401) return PROBLEMS['auth.unauthenticated'];
  if (problem.status === 403) return PROBLEMS['auth.role-not-allowed'];
  if (problem.status === 404) return PROBLEMS['request.not-found'];
  if (problem.status === 429) return PROBLEMS['request.rate-limited'];
  if (problem.status >= 500) return PROBLEMS['request.internal'];
  return PROBLEMS['request.invalid-input'];
}

/**
 * Dutch for one invalid field (`{ name, code }` of the answer's invalidParams): a form's own
 * wording for that field and code first (`{ hoursPerWeek: { 'field.too-large': 'Hoogstens 40 uur.' } }`),
 * then the code's.
 */
export function fieldProblemText(param, own = {}) {
  const field = param.name.replace(/\[\d+\]/g, '[]');
  return (
    own[field]?.[param.code] ??
    own[field]?.any ??
    FIELD_PROBLEMS[param.code] ??
    PROBLEMS[param.code] ??
    FIELD_PROBLEMS['field.invalid']
  );
}

/** The kinds of notification, as the preferences screen names them. */
export const NOTIFICATION_KIND_NAMES = {
  'candidate-proposed': 'Nieuwe kandidaten voorgesteld',
  'vacancy-changed': 'Wijzigingen in uw vacatures',
  'employer-answered': 'Antwoorden van werkgevers op voorstellen',
  'follow-up-due': 'Taken die aan de beurt zijn',
  'consent-requested': 'Gevraagde toestemming van kandidaten',
  'delivery-failed': 'Mislukte webhook-leveringen aan partners',
  'import-failed': 'Mislukte imports',
};

/** How a kind of notification is mailed; in the app every one shows. */
export const NOTIFICATION_DELIVERY_NAMES = {
  direct: 'Direct',
  digest: 'Dagelijks overzicht',
  off: 'Uit',
};

/** The unread count as the header's notifications link says it to screen readers. */
export const unreadLabel = (count) => (count ? `Meldingen, ${count} ongelezen` : 'Meldingen, geen ongelezen');

const FOLLOW_UP_KIND_NAMES = {
  'second-interview': 'tweede gesprek',
  proefplaatsing: 'proefplaatsing',
  'werken-met-behoud': 'werken met behoud',
  training: 'training',
  'contract-offered': 'contract aangeboden',
  'placement-expected': 'plaatsing vastleggen na opleiding met baangarantie',
  'proefplaatsing-decision': 'besluit na de proefplaatsing',
  'six-month-check': 'controle na zes maanden',
};

const VACANCY_CHANGES = {
  changed: 'gewijzigd',
  opened: 'opengesteld',
  'on-hold': 'gepauzeerd',
  closed: 'gesloten',
  reopened: 'opnieuw opengesteld',
  expired: 'verlopen',
};

const quoted = (text) => (text ? `‘${text}’` : '');

/** A notification as one Dutch sentence, made from its kind and its params (never the API's text). */
export function notificationText({ kind, params = {} }) {
  switch (kind) {
    case 'vacancy-changed': {
      const what = `uw vacature ${quoted(params.vacancyTitle)}`.trim();
      const change = VACANCY_CHANGES[params.change] ?? 'gewijzigd';
      if (params.by === 'exchange')
        return `De regio waar ${what} vandaan komt, publiceert haar niet meer: zij is ${change}.`;
      if (params.by === 'import') return `Een import heeft ${what} ${change}.`;
      if (params.by === 'expiry')
        return `De sluitingsdatum van ${what} is voorbij: zij is verlopen. U kunt haar opnieuw openstellen.`;
      return `Het werkgeversservicepunt heeft ${what} ${change}.`;
    }
    case 'candidate-proposed':
      return `Er is een kandidaat aan u voorgesteld${params.vacancyTitle ? ` voor ${quoted(params.vacancyTitle)}` : ''}.`;
    case 'employer-answered': {
      const answer =
        { invite: 'uitgenodigd voor een gesprek', reject: 'afgewezen', 'not-now': 'nu niet uitgenodigd' }[
          params.answer
        ] ?? 'beantwoord';
      return `De werkgever heeft ${params.candidateReference ?? 'uw voorgestelde kandidaat'}${params.vacancyTitle ? ` voor ${quoted(params.vacancyTitle)}` : ''} ${answer}.`;
    }
    case 'follow-up-due': {
      const task = FOLLOW_UP_KIND_NAMES[params.followUpKind] ?? 'opvolging';
      const about = [params.candidateReference, params.employerName && `bij ${params.employerName}`]
        .filter(Boolean)
        .join(' ');
      const when = params.overdue ? `was uiterlijk ${asDate(params.dueOn)} aan de beurt` : 'is vandaag aan de beurt';
      return `Taak ${task}${about ? ` (${about})` : ''} ${when}.`;
    }
    case 'consent-requested':
      return `Een accountmanager wil ${params.candidateReference ?? 'een kandidaat'} voorstellen${params.vacancyTitle ? ` voor ‘${params.vacancyTitle}’` : ''}: er is toestemming van de kandidaat nodig.`;
    case 'delivery-failed':
      return `Een webhook-levering aan ${params.partnerName ?? 'een partner'} is mislukt${params.attempts ? ` na ${params.attempts} ${params.attempts === 1 ? 'poging' : 'pogingen'}` : ''}.`;
    case 'import-failed':
      return params.importKind === 'vacancies'
        ? `Een vacature-import weigerde ${params.refused} van de ${params.rows} regels.`
        : `Een import van kandidaten is mislukt${PROBLEMS[params.errorCode] ? `: ${PROBLEMS[params.errorCode]}` : '.'}`;
    default:
      return 'Er is iets gebeurd dat u aangaat.';
  }
}

/** An employer's answer to a proposed candidate, as the confirmation says it. */
export const ANSWERS = { invite: 'uitgenodigd', 'not-now': 'nu niet', reject: 'afgewezen' };

export const SECTOR_NAMES = {
  A: 'Landbouw',
  C: 'Industrie',
  F: 'Bouw',
  G: 'Handel',
  H: 'Vervoer en opslag',
  I: 'Horeca',
  J: 'ICT',
  M: 'Zakelijke diensten',
  N: 'Overige zakelijke diensten',
  O: 'Openbaar bestuur',
  P: 'Onderwijs',
  Q: 'Zorg en welzijn',
  R: 'Cultuur en recreatie',
  S: 'Overige diensten',
};

/** A competence's level, as the taxonomy grades it. */
export const COMPETENCE_LEVELS = { 1: 'basis', 2: 'ervaren', 3: 'expert' };

export const CONTRACT_NAMES = {
  permanent: 'Vast contract',
  temporary: 'Tijdelijk contract',
  'on-call': 'Oproepcontract',
  'temp-agency': 'Uitzendwerk',
  proefplaatsing: 'Proefplaatsing',
};

export const EDUCATION_NAMES = {
  none: 'Geen eis',
  vmbo: 'VMBO/LBO',
  mbo1: 'MBO 1',
  mbo2: 'MBO 2',
  mbo3: 'MBO 3',
  mbo4: 'MBO 4',
  'havo-vwo': 'HAVO/VWO',
  hbo: 'HBO',
  wo: 'WO',
};

/** A vacancy's status. */
export const VACANCY_STATUS_NAMES = {
  draft: 'Concept',
  open: 'Open',
  'on-hold': 'Gepauzeerd',
  closed: 'Gesloten',
  expired: 'Verlopen',
};

/** Why a vacancy was closed, as chosen when closing it. */
export const CLOSE_REASON_NAMES = {
  'filled-here': 'Vervuld via het werkgeversservicepunt',
  'filled-elsewhere': 'Op een andere manier vervuld',
  withdrawn: 'Ingetrokken',
};

/** Why a proposal, offer or conversation was withdrawn: how its vacancy ended. */
export const WITHDRAWN_BECAUSE = {
  'filled-here': 'de vacature is vervuld via het werkgeversservicepunt',
  'filled-elsewhere': 'de vacature is op een andere manier vervuld',
  withdrawn: 'de werkgever heeft de vacature ingetrokken',
  expired: 'de sluitingsdatum van de vacature is verstreken',
};

export const WORKING_TIME_NAMES = {
  weekdays: 'Doordeweeks overdag',
  evenings: 'Avonden',
  nights: 'Nachten',
  weekends: 'Weekenden',
  shifts: 'Ploegendiensten',
};

export const SALARY_PERIOD_NAMES = { hour: 'per uur', month: 'per maand', year: 'per jaar' };

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** A salary range as a vacancy shows it: "€ 2.600,00 – € 3.100,00 per maand". */
export const salaryText = (salary) =>
  salary ? `${euros.format(salary.min)} – ${euros.format(salary.max)} ${SALARY_PERIOD_NAMES[salary.period] ?? ''}` : '';

/** What happened to a row of an import (or would, in a trial run). */
export const IMPORT_OUTCOMES = {
  created: 'Nieuw',
  updated: 'Gewijzigd',
  unchanged: 'Ongewijzigd',
  refused: 'Geweigerd',
};

/** The import's fields as the template's columns name them. */
export const IMPORT_FIELD_NAMES = {
  source: 'bron',
  externalReference: 'referentie',
  'employer.kvkNumber': 'kvk-nummer',
  'employer.name': 'werkgever',
  'employer.sector': 'sector werkgever',
  'employer.postcode': 'postcode werkgever',
  title: 'titel',
  description: 'omschrijving',
  occupation: 'beroep',
  sector: 'sector',
  postcode: 'postcode',
  positions: 'aantal plaatsen',
  hoursPerWeek: 'uren per week',
  contractType: 'contractvorm',
  startDate: 'startdatum',
  validThrough: 'sluitingsdatum',
  minimumEducation: 'opleidingsniveau',
  openToProefplaatsing: 'proefplaatsing',
  trainingOffered: 'opleiding aangeboden',
  workingTimes: 'werktijden',
  'workingTimes.parts': 'werktijden',
  'workingTimes.note': 'werktijden toelichting',
  salary: 'salaris',
  'salary.min': 'salaris van',
  'salary.max': 'salaris tot',
  'salary.period': 'salaris per',
  application: 'solliciteren',
  'application.instructions': 'solliciteren',
  'application.url': 'sollicitatielink',
  'application.email': 'sollicitatie e-mail',
  'application.phone': 'sollicitatie telefoon',
  demands: 'belastbaarheid',
};

/** The candidate import's fields as the CSV's columns name them (the README's table). */
export const CANDIDATE_IMPORT_FIELD_NAMES = {
  clientNumber: 'klantnummer',
  name: 'naam',
  email: 'e-mail',
  phone: 'telefoon',
  birthYear: 'geboortejaar',
  postcode: 'postcode',
  travel: 'vervoer',
  'travel.mode': 'vervoer',
  'travel.maxKm': 'max km',
  'travel.maxMinutes': 'max minuten',
  educationLevel: 'opleidingsniveau',
  competences: 'competenties',
  wishes: 'wensen',
  'wishes.occupations': 'gewenste beroepen',
  'wishes.sectors': 'sectoren',
  'wishes.hoursPerWeekMin': 'uren min',
  'wishes.hoursPerWeekMax': 'uren max',
  'wishes.contractTypes': 'contractvormen',
  belastbaarheid: 'belastbaarheid',
  'belastbaarheid.limits': 'belastbaarheid',
  'belastbaarheid.source': 'belastbaarheid bron',
  'belastbaarheid.assessedOn': 'belastbaarheid datum',
  benefitStartedOn: 'uitkering sinds',
  participatieladder: 'participatieladder',
  availability: 'beschikbaarheid',
  leftOn: 'uitgestroomd op',
};

/**
 * A refused field of a candidate import by its column: `competences[1].level` is in the column
 * "competenties"; a cell beyond the header (`column 24`) is "kolom 24". Unknown names as they are.
 */
export function candidateImportFieldName(name = '') {
  const extra = /^column (\d+)$/.exec(name);
  if (extra) return `kolom ${extra[1]}`;
  let field = name.replace(/\[\d+\]/g, '');
  while (field) {
    if (CANDIDATE_IMPORT_FIELD_NAMES[field]) return CANDIDATE_IMPORT_FIELD_NAMES[field];
    const dot = field.lastIndexOf('.');
    if (dot < 0) break;
    field = field.slice(0, dot);
  }
  return name;
}

/** Where a candidate stands: only available candidates are matched. */
export const AVAILABILITY_NAMES = {
  available: 'Beschikbaar',
  'temporarily-unavailable': 'Tijdelijk niet beschikbaar',
  placed: 'Geplaatst',
  left: 'Uitgestroomd',
};

/** What matching still needs of a profile (the caseload's `missingForMatching`). */
export const MISSING_FOR_MATCHING = {
  educationLevel: 'opleidingsniveau',
  belastbaarheid: 'belastbaarheid',
  competences: 'vaardigheden',
};

/** The instruments a candidate can be eligible for (the API's INSTRUMENTS). */
export const INSTRUMENT_NAMES = {
  proefplaatsing: 'Proefplaatsing (twee maanden met behoud van uitkering)',
  'werken-met-behoud': 'Werken met behoud van uitkering',
  loonkostensubsidie: 'Loonkostensubsidie',
  'no-risk-polis': 'No-riskpolis',
  'premiekorting-oudere-werknemer': 'Premiekorting oudere werknemer',
  scholingsbudget: 'Scholingsbudget',
};

/** A candidate's education, all the levels the API knows. */
// The vacancy's levels (its `none` is "no requirement"), with what only a person can have below them.
const { none: _noRequirement, ...EDUCATION_LEVEL_NAMES } = EDUCATION_NAMES;
export const CANDIDATE_EDUCATION_NAMES = {
  none: 'Geen afgeronde opleiding',
  basisonderwijs: 'Basisonderwijs (LO)',
  ...EDUCATION_LEVEL_NAMES,
};

export const TRAVEL_MODE_NAMES = {
  car: 'Auto',
  'public-transport': 'Openbaar vervoer',
  bicycle: 'Fiets',
  walking: 'Lopend',
};

/** Who assessed the belastbaarheid: an unexamined limitation is not a verified one. */
export const ASSESSMENT_SOURCE_NAMES = {
  'self-reported': 'De kandidaat zelf',
  klantmanager: 'Klantmanager',
  arbeidsdeskundige: 'Arbeidsdeskundige',
  medical: 'Medisch (bedrijfsarts of verzekeringsarts)',
};

/** The participatieladder's steps. */
export const LADDER_STEPS = {
  1: '1 · Geïsoleerd',
  2: '2 · Sociale contacten buitenshuis',
  3: '3 · Deelname aan georganiseerde activiteiten',
  4: '4 · Onbetaald werk',
  5: '5 · Betaald werk met ondersteuning',
  6: '6 · Betaald werk',
};

/** Each consent a candidate can give, with what it means in plain words. */
export const CONSENT_KINDS = {
  'show-anonymised-profile': {
    name: 'Profiel zonder naam tonen aan werkgevers',
    meaning:
      'Werkgevers mogen het profiel zien zonder naam, adres of contactgegevens: vaardigheden, wensen en of het werk past. Zonder deze toestemming wordt de kandidaat niet aan werkgevers voorgesteld.',
  },
  'share-age-band': {
    name: 'Leeftijdsgroep delen',
    meaning:
      'Werkgevers mogen zien in welke leeftijdsgroep de kandidaat valt (bijvoorbeeld 55 tot 60), niet het geboortejaar.',
  },
  'share-adjustments': {
    name: 'Aanpassingen delen',
    meaning:
      'Werkgevers mogen weten welke aanpassing de kandidaat nodig heeft op de onderdelen die u kiest. Andere gegevens over de gezondheid blijven bij u.',
  },
  'share-identity': {
    name: 'Naam en contactgegevens delen voor één voorstel',
    meaning:
      'De werkgever van één voorstel mag de naam en contactgegevens van de kandidaat zien, om een gesprek te plannen.',
  },
};

/** The candidate's answer to an offered vacancy (level 1). */
export const OFFER_RESPONSE_NAMES = {
  interested: 'Heeft interesse',
  applied: 'Heeft gesolliciteerd',
  'not-interested': 'Geen interesse',
};

export const TRAINING_STATUS_NAMES = {
  planned: 'Gepland',
  started: 'Begonnen',
  completed: 'Afgerond',
  stopped: 'Gestopt',
};

/** What someone did with a candidate's data, as the access report says it. */
export const AUDIT_ACTION_NAMES = {
  read: 'Bekeken',
  create: 'Vastgelegd',
  update: 'Gewijzigd',
  delete: 'Gewist',
  export: 'Uitgevoerd (overzicht)',
};

/** The actions and results of the ledger of levels, as the candidate's timeline names them. */
export const TIMELINE_ACTIONS = {
  'vacancy-offered': 'Vacature aangeboden',
  'offer-response': 'Antwoord op aangeboden vacature',
  'shortlist-decision': 'Beoordeeld op de shortlist',
  proposal: 'Voorgesteld aan de werkgever',
  'employer-invited': 'Uitgenodigd door de werkgever',
  'employer-not-now': 'Werkgever: nu niet',
  'employer-rejected': 'Afgewezen door de werkgever',
  'speeddate-event': 'Speeddate',
  'speeddate-conversation': 'Gesprek op een speeddate',
  'speeddate-no-show': 'Niet verschenen op een speeddate',
  'training-plan': 'Opleiding gepland',
  outreach: 'Werkgever benaderd',
  agreement: 'Plaatsingsakkoord',
  'agreement-vacancy-linked': 'Vacature bij een plaatsingsakkoord',
  'follow-up-done': 'Vervolgstap afgerond',
  'placement-paid-work': 'Geplaatst in betaald werk',
  'placement-proefplaatsing': 'Proefplaatsing',
  'placement-werken-met-behoud': 'Werken met behoud van uitkering',
  training: 'Opleiding gestart',
  'lasting-placement': 'Duurzaam aan het werk (zes maanden)',
  'participatieladder-step': 'Stap op de participatieladder',
  'no-result': 'Geen resultaat',
};

/** Which of a candidate's data, as the access report says it. */
export const AUDIT_RESOURCE_NAMES = {
  'candidate-profile': 'Profiel',
  'candidate-identity': 'Naam en contactgegevens',
  belastbaarheid: 'Belastbaarheid',
  'candidate-availability': 'Beschikbaarheid',
  'candidate-timeline': 'Wat er met de kandidaat gebeurde',
  shortlist: 'Shortlist van een vacature',
  'proposal-profile': 'Profiel bij een voorstel aan een werkgever',
  offer: 'Aangeboden vacature',
  'training-plan': 'Opleidingsplan',
  outreach: 'Contact met een werkgever',
  placement: 'Plaatsing',
  'candidate-outcome': 'Resultaat',
  'job-search': 'Werk zoeken',
  'access-report': 'Inzageoverzicht',
  consent: 'Toestemming',
  speeddate: 'Speeddate',
  'follow-up': 'Opvolging',
  'employer-history': 'Geschiedenis van een werkgever',
  worklist: 'Werkvoorraad',
  'notification-mail': 'E-mail over de kandidaat (bewaard zonder mailserver)',
};

/** Said wherever the shipped kansrijkheid table is used, until an administrator replaces it. */
export const ILLUSTRATIVE_KANSRIJKHEID = 'Illustratieve kansrijkheid — nog niet door de beheerder vervangen';

/** The kansrijkheid table's fields, as a refused line of its import names them. */
export const KANSRIJKHEID_COLUMNS = {
  region: 'regio',
  sector: 'sector',
  occupationGroup: 'beroepsgroep',
  tension: 'spanning',
  ratio: 'verhouding',
  source: 'bron',
};

/** The background queues, and why an audit flag was raised, as the beheer screens say them. */
export const QUEUE_NAMES = { matching: 'Matching (shortlists)', webhooks: 'Webhooks naar partners' };
/** The purposes Werkbrug itself records in the audit log; one a person states is shown as they wrote it. */
export const AUDIT_PURPOSES = {
  'case management': 'Dossierbeheer',
  'access request (GDPR art. 15)': 'Inzageverzoek (AVG art. 15)',
  'erasure request (GDPR art. 17)': 'Verzoek om wissen (AVG art. 17)',
  'employer history': 'Geschiedenis van een werkgever',
  'follow-up': 'Opvolging',
  worklist: 'Werkvoorraad',
  'job search': 'Werk zoeken',
  'offering vacancies': 'Vacatures aanbieden',
  placement: 'Plaatsing',
  training: 'Opleiding',
  'outgoing mail': 'Uitgaande e-mail lezen',
};
export const AUDIT_FLAG_REASONS = {
  'near-quota': 'dicht bij het maximum per dag',
  unusual: 'veel meer dan gewoonlijk',
};

/** What a follow-up asks, by its kind, as the werkvoorraad says it. */
export const FOLLOW_UP_KINDS = {
  'second-interview': 'Tweede gesprek plannen',
  proefplaatsing: 'Proefplaatsing regelen',
  'werken-met-behoud': 'Werken met behoud van uitkering regelen',
  training: 'Training regelen',
  'contract-offered': 'Aangeboden contract opvolgen',
  'proefplaatsing-decision': 'Besluit over de proefplaatsing vastleggen',
  'six-month-check': 'Zes maanden na de start nagaan of de kandidaat nog werkt',
  'placement-expected': 'Plaatsing na de opleiding met baangarantie opvolgen',
};

/** Where an item of the werkvoorraad is done, as its link says it. */
export const WORK_ITEM_LINKS = {
  'employer-answer': 'Naar de shortlist',
  'consent-requested': 'Naar de kandidaat',
  'availability-stale': 'Beschikbaarheid bevestigen',
  'candidate-import-failed': 'Naar de kandidatenimport',
  'webhook-failed': 'Naar de partners',
  'vacancy-import-refused': 'Naar de vacatureimport',
  placement: 'Naar de plaatsingen',
  speeddate: 'Naar de speeddate',
};

/**
 * An item of the werkvoorraad in words: its kind and codes, with the candidate by name where the
 * API gives it (staff of the candidate's own organisation), else by reference.
 */
export function workItemText(item) {
  const candidate = item.candidateName ?? item.candidateReference ?? 'de kandidaat';
  const vacancy = item.vacancyTitle ? `‘${item.vacancyTitle}’` : 'de vacature';
  const employer = item.employerName ?? 'de werkgever';
  const params = item.params ?? {};
  switch (item.kind) {
    case 'employer-answer':
      return params.answer === 'reject'
        ? `${employer} heeft ${candidate} afgewezen voor ${vacancy}${params.reason ? ` (${REJECTION_REASONS[params.reason]?.toLowerCase() ?? params.reason})` : ''}. Bespreek het met de werkgever en kijk of een andere kandidaat past.`
        : `${employer} heeft ${candidate} uitgenodigd voor ${vacancy}. Plan het gesprek met de werkgever en de kandidaat.`;
    case 'consent-requested':
      return `Een accountmanager wil ${candidate} voorstellen voor ${vacancy} bij ${employer}. Vraag de kandidaat om toestemming om het profiel zonder naam aan werkgevers te tonen.`;
    case 'availability-stale':
      return `Bevestig of ${candidate} nog beschikbaar is${params.confirmedOn ? ` (laatst bevestigd op ${asDate(params.confirmedOn)})` : ''}. Zonder bevestiging wordt de kandidaat niet meer gematcht.`;
    case 'candidate-import-failed':
      return `Een kandidatenimport is mislukt: ${problemText({ code: params.errorCode })}`;
    case 'vacancy-import-refused':
      return `Een vacatureimport weigerde ${params.refused} van de ${params.rows} ${params.rows === 1 ? 'regel' : 'regels'}. Bekijk waarom en spreek de bron erop aan.`;
    case 'webhook-failed':
      return `Een bericht aan een partner (${WEBHOOK_EVENTS[params.eventType]?.toLowerCase() ?? 'vacature'}) kwam na alle pogingen niet aan. Verstuur het opnieuw.`;
    default:
      return `${FOLLOW_UP_KINDS[item.kind] ?? 'Opvolgen'}: ${candidate}${item.employerName ? ` bij ${item.employerName}` : ''}${item.vacancyTitle ? `, ${vacancy}` : ''}.`;
  }
}

/** The label of an item's link, by what it leads to. */
export function workItemLinkText(item) {
  if (WORK_ITEM_LINKS[item.kind]) return WORK_ITEM_LINKS[item.kind];
  if (item.link?.startsWith('#/speeddates/')) return WORK_ITEM_LINKS.speeddate;
  return WORK_ITEM_LINKS.placement;
}

/** The beheerder's "Uitgaande e-mail": mail Werkbrug kept instead of sending it (no SMTP server set). */
export const OUTGOING_MAIL_TEXT = {
  title: 'Uitgaande e-mail',
  menu: 'Uitnodigingen en meldingen die Werkbrug zonder mailserver bewaart in plaats van verstuurt.',
  intro:
    'Zonder mailserver (SMTP_URL) verstuurt Werkbrug geen e-mail, maar bewaart elk bericht als .eml-bestand in de map mail/ van de gegevensmap. Hier leest u ze, nieuwste eerst.',
  loading: 'De e-mail wordt geladen…',
  none: 'Er is geen bewaarde e-mail. Met een mailserver wordt e-mail verstuurd en niet hier bewaard.',
  caption: 'Bewaarde e-mail (nieuwste eerst)',
  sentAt: 'Verstuurd op',
  recipient: 'Aan',
  subject: 'Onderwerp',
  show: 'Tekst tonen',
  pages: 'Pagina’s van de uitgaande e-mail',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
};
