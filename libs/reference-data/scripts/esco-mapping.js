// Werkbrug's taxonomy matched by hand to ESCO v1.1.1 (see derive-esco.js, which checks every entry
// against the ESCO files and takes the ISCO-08 codes from them).
//
// Occupations: code -> [ESCO occupation UUID, how well it corresponds]. "exact": the ESCO occupation
// is this occupation (its Dutch label or one of its alt labels is our label or a synonym, or the
// descriptions say the same work). "close": ESCO has no occupation for exactly this work, and this
// is the nearest one it has (e.g. ESCO has no general machine operator, so a packaging machine
// operator stands for ours). Two of ours may share one.
// The comment gives the ISCO-08 unit group and ESCO's Dutch label, for the reader only.
const OCCUPATIONS = {
  'care-assistant-ig': ['1391bdf9-bd61-4fb5-91ca-c29036ab2b60', 'exact'], // 5322 thuiszorgmedewerker
  'care-helper': ['d38c2107-98f2-47b7-8bb4-f69750d51082', 'exact'], // 5321 zorghulp
  'home-help': ['cbad55a4-c7cf-4ab6-9540-eac72b26729b', 'exact'], // 9111 interieurverzorger
  'activity-supervisor': ['234be692-befb-41df-bdf0-e1b2f4eaf5e7', 'exact'], // 3423 recreatiebegeleider
  'disability-support-worker': ['9c55aa23-e3f2-4c00-8c90-5ed5204951a3', 'exact'], // 3412 begeleider personen met een beperking
  'care-host': ['81309031-dad2-4a7a-bde6-7f6e518f89ff', 'close'], // 3412 medewerker verzorgingshuis
  'administrative-assistant': ['044d78cc-f62f-4532-83a5-8e04f2889652', 'exact'], // 3343 administratief medewerker
  bookkeeper: ['c3aae59e-1441-4b3e-bdd1-6da50dc7cf42', 'exact'], // 3313 boekhouder
  'payroll-clerk': ['ade351da-7bda-424e-8682-bbdcab2a25be', 'exact'], // 4313 salarisadministrateur
  receptionist: ['f7b04542-d8c7-42db-8475-e63b507cce82', 'exact'], // 4226 receptionist
  'customer-service-agent': ['13d1b2b4-99dd-44da-9734-c9f74bae18f7', 'exact'], // 4225 vertegenwoordiger klantenservice
  planner: ['49e28648-4fa8-4b36-ac4d-781c108547bf', 'close'], // 4323 dispatcher goederenvervoer
  'warehouse-worker': ['bea705fe-06ac-4147-b8e0-6e8ac1208d8f', 'exact'], // 9333 magazijnmedewerker
  'order-picker': ['cd94def5-3442-4c2e-ae3d-0761a3008bcb', 'exact'], // 9333 orderpicker
  'forklift-operator': ['eeac6251-1974-42f5-91ed-513c6c883755', 'exact'], // 8344 heftruckchauffeur
  packer: ['f5cb9901-86fc-48d0-9cde-667fbe8cef3a', 'exact'], // 9321 inpakker met de hand
  'truck-driver': ['45037d43-a8f5-4f46-b332-b2935bc305f4', 'exact'], // 8332 vrachtwagenchauffeur
  'delivery-driver': ['0c408028-c48f-4df8-ba5d-c3d3be15f5a2', 'exact'], // 8322 auto- en bestelwagenkoerier
  'bus-driver': ['00cee175-1376-43fb-9f02-ba3d7a910a58', 'exact'], // 8331 buschauffeur
  'taxi-driver': ['6f7c1e84-8162-4c20-a575-b57ff624eef5', 'exact'], // 8322 taxichauffeur
  cleaner: ['303a1e34-cb16-4054-b323-81e5eec17397', 'exact'], // 9112 schoonmaker gebouwen
  'industrial-cleaner': ['1f31c047-3d72-45fe-83ff-91bd826913c6', 'close'], // 9129 rioolreiniger
  'window-cleaner': ['92cba6b4-8fca-49bb-b68c-45c5096fedc9', 'exact'], // 9123 glazenwasser
  'facility-worker': ['f4a25243-b06a-42a9-9c69-246853df63ad', 'close'], // 9622 klusjesman
  caretaker: ['1822bfc2-e735-449f-ba00-ca71eb5c062b', 'exact'], // 5153 conciërge
  welder: ['7aedaa07-3884-4c5b-88f9-80997b2aa54b', 'exact'], // 7212 lasser
  metalworker: ['572c9810-e1ee-4f7a-a71f-820f17c0c25b', 'exact'], // 7213 metaalplaatwerker
  'cnc-operator': ['5c082067-ea18-4ccb-8c43-e70b18ad8120', 'exact'], // 7223 operator CNC-machine
  mechanic: ['269c47e7-9017-4aa6-bce8-49e89a696a64', 'close'], // 7233 monteur industriële machines
  electrician: ['4910419f-b4af-4f59-b544-9dbebc8a74f0', 'exact'], // 7411 monteur elektrische installaties
  plumber: ['ed3cf43d-c2c1-4c46-82fc-1375e27e0290', 'exact'], // 7126 loodgieter
  'solar-installer': ['75b63949-1b93-4bf2-a777-ccf978dc3e8a', 'exact'], // 7411 monteur zonnepanelen
  carpenter: ['2a22ff9e-de3b-408d-b312-5034896cc4f4', 'exact'], // 7115 timmerman
  painter: ['15620506-fb5d-49cd-87a2-1c9047fb406a', 'exact'], // 7131 schilder bouw
  bricklayer: ['05f321f8-055b-407d-bf19-e0ddabda56b7', 'exact'], // 7112 metselaar
  paver: ['5f68c4c3-9d25-48e2-8efc-5471a80fb155', 'exact'], // 8342 machinist wegenbouwmachine
  'construction-worker': ['fb7e2f4f-1545-42f1-972e-94082e49c6dc', 'exact'], // 9313 opperman bouw
  cook: ['90f75f67-495d-49fa-ab57-2f320e251d7e', 'exact'], // 5120 kok
  'kitchen-assistant': ['e1cf6897-158d-4b48-a39e-2a3a8cac216c', 'exact'], // 9412 keukenhulp
  'catering-worker': ['b4bff870-5c8f-4c33-b07f-f04d79830633', 'exact'], // 5246 medewerker maaltijden
  waiter: ['d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', 'exact'], // 5131 ober/serveerster
  'hotel-housekeeper': ['731ecac4-06e8-4ec2-a559-101fecbd9183', 'exact'], // 9112 medewerker huishoudelijke dienst
  cashier: ['2b871272-bd61-4206-bd1a-0b96d7023098', 'exact'], // 5230 kassamedewerker
  'shelf-stocker': ['d35f9e79-5778-43b4-8667-0e3ba1fcb19a', 'exact'], // 9334 schappenvuller
  'sales-assistant': ['9ba74e8a-c40c-4228-9998-eb3c7a5c11df', 'exact'], // 5223 verkoopmedewerker
  'fresh-produce-worker': ['51ca3c6e-1c9b-49e4-aa09-9e77d1a59547', 'close'], // 5223 verkoopspecialist groenten en fruit
  'teaching-assistant': ['00674f21-2f8f-4a41-9896-133f7cbe2a6e', 'exact'], // 5312 onderwijsassistent basisonderwijs
  'childcare-worker': ['3f74aad8-2d60-4be2-b059-8dba5568d530', 'exact'], // 5311 medewerker kinderdagverblijf
  'lunch-supervisor': ['3413f234-6230-47a8-8cc7-2691fd54ce3a', 'close'], // 5311 kinderverzorgster
  'security-guard': ['31808988-fc0a-4bc3-9e47-27216d6759f5', 'exact'], // 5414 beveiliger
  gatekeeper: ['842d4d83-7e18-493a-a4a6-3f2a36504b18', 'exact'], // 5414 bedrijfsbewaker
  'camera-operator': ['31808988-fc0a-4bc3-9e47-27216d6759f5', 'close'], // 5414 beveiliger
  'traffic-controller': ['12da0bb1-26c8-46eb-9476-797f4f1c441e', 'exact'], // 5419 verkeersbrigadier
  gardener: ['e7970c7a-7769-4002-87d3-0a8ea94fdd6f', 'exact'], // 6113 hovenier
  'green-maintenance-worker': ['a48b9a5a-5ded-482d-8cda-7fd097a32c16', 'exact'], // 6113 medewerker groenvoorziening/medewerkster groenvoorziening
  'greenhouse-worker': ['1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883', 'exact'], // 9214 tuinbouwmedewerker
  'animal-caretaker': ['0b14d5d7-1bbe-4403-b9e6-7b0f37fc44fc', 'exact'], // 5164 medewerker dierverzorging
  'production-worker': ['245be6d1-fe9a-4ac8-9f81-122a687e4724', 'exact'], // 9329 productiemedewerker
  'machine-operator': ['b0fa69b4-998c-4e66-acd3-5f5d73cadb5c', 'close'], // 8183 procesoperator verpakkings- en vulmachine
  'food-production-worker': ['e3dc66de-99c7-4607-a82b-7244036d316d', 'exact'], // 8160 medewerker voedselproductie
  'quality-inspector': ['b0ad8659-0410-4b5b-9466-a90f8b3cdac9', 'exact'], // 7543 kwaliteitscontroleur
  'waste-collector': ['e54683ca-1fc9-468d-b880-6544ff6b7d0b', 'exact'], // 9611 vuilnisophaler
  'recycling-sorter': ['ff8d4065-db44-47c7-a4bd-51b3c306ef70', 'exact'], // 9612 afvalsorteerder
  'enforcement-officer': ['4cbe5a17-056c-489a-9f10-f9d816905000', 'exact'], // 5419 handhaver toezicht en veiligheid
  'public-space-worker': ['503ea267-93e9-4b8c-ae5e-817fe7e4a245', 'close'], // 9613 straatveger
  'recreation-worker': ['88c55070-444a-45db-abe3-7b95c40bc9ec', 'close'], // 3423 medewerker fitness
  'laundry-worker': ['0da51178-e386-4534-ae71-15ba789ad756', 'exact'], // 8157 wasserijmedewerker
  'bicycle-mechanic': ['336cf331-8082-4a0c-bf5f-e7c54706211c', 'exact'], // 7234 fietsenmaker
  'removal-worker': ['c84a055d-00fe-4789-a054-f4a62914ff6e', 'exact'], // 9333 verhuizer
  'parcel-sorter': ['808becc8-5a4e-4e71-a043-c2ea32b56ae3', 'close'], // 9333 pakhuismedewerker
  'returns-clerk': ['d7a9f9e0-e2f5-4804-a0e0-b21ebb1403ee', 'close'], // 4321 voorraadadministrateur
  'car-cleaner': ['7cb71c5f-c310-481c-b46b-d0044328758c', 'exact'], // 9122 autopoetser
  'car-mechanic': ['4ad4024e-d1d3-4dea-b6d1-2c7948111dce', 'exact'], // 7231 automonteur
  'thrift-store-worker': ['4ae3ad16-2d33-406c-8497-c66f7d61b914', 'exact'], // 5223 verkoopspecialist tweedehandsartikelen
  'bakery-worker': ['5d9e63a2-8013-434e-9f92-3b3d54a0c320', 'exact'], // 8160 bakkerijmedewerker
  'sewing-machinist': ['517c01aa-e875-4690-bf38-17307a57eafe', 'exact'], // 7533 naaister
  'insulation-worker': ['b2dab4fb-b7f7-4f57-94b2-9c0f0848564a', 'exact'], // 7124 isoleerder
  'tile-setter': ['02447817-ea01-4d8b-b09c-8bc128e447e6', 'exact'], // 7122 tegelzetter
  'event-crew': ['6cfba9ca-f9a0-4a50-a8d3-064d88c928b1', 'exact'], // 7215 podiumbouwer
  'mailroom-clerk': ['511f366c-ba41-4826-9622-8cda6d6e3b91', 'exact'], // 4412 postkamermedewerker
  'data-entry-clerk': ['6353b3e8-e8f2-4ecb-b230-186927139892', 'exact'], // 4132 datatypist
  secretary: ['5ac377d2-e1d0-4911-a299-b4ef2782a0ba', 'exact'], // 4120 administratief medewerker secretariaat
  'meal-service-worker': ['b4bff870-5c8f-4c33-b07f-f04d79830633', 'close'], // 5246 medewerker maaltijden
  'patient-porter': ['a30734bb-2f10-4747-a94c-75f5ec3c63a4', 'exact'], // 5329 brancardier
  'farm-worker': ['c9191f7f-28b5-4df8-991d-804c53009b83', 'exact'], // 9213 landbouwmedewerker
};

// Competences: code -> the English preferred label of the ESCO skill or knowledge concept that truly
// corresponds (the script resolves it to its URI and refuses a label that is missing or ambiguous).
// Left out where nothing in ESCO is the same thing: Dutch certificates and licences ESCO does not
// know (VCA, code 95, BHV, Sociale Hygiëne, ...), and skills ESCO has only in a narrower or broader
// sense (reach truck, tachograph, dementia care, mowing, harvesting, ...).
const COMPETENCES = {
  'medication-handling': 'administer prescribed medication',
  'wound-care': 'carry out wound care',
  'patient-transfer': 'transfer patients',
  'elderly-care': 'tend to elderly people',
  'care-reporting': "record treated patient's information",
  'hygiene-protocols': 'infection control',
  'client-observation': "monitor patient's health condition",
  'household-help': 'provide domestic care',
  'disability-support': 'disability care',
  bookkeeping: 'maintain financial records',
  invoicing: 'issue sales invoices',
  filing: 'file documents',
  'payroll-administration': 'manage payroll',
  'office-correspondence': 'prepare correspondence for customers',
  scheduling: 'plan schedule',
  'minute-taking': 'write meeting reports',
  'customer-contact': 'communicate with customers',
  'telephone-handling': 'answer incoming calls',
  'complaint-handling': 'handle customer complaints',
  'sales-conversation': 'sell products',
  hosting: 'greet guests',
  'order-picking': 'pick orders for dispatching',
  'forklift-driving': 'operate forklift',
  'pallet-truck': 'operate hydraulic jack lift',
  'goods-receipt': 'receive goods',
  'inventory-control': 'manage inventory',
  packing: 'pack goods',
  'scanner-wms': 'use barcode scanning equipment',
  'loading-unloading': 'load cargo',
  'returns-processing': 'handle returns',
  'traffic-rules': 'road traffic laws',
  'office-cleaning': 'clean rooms',
  'sanitary-cleaning': 'clean toilet facilities',
  'floor-care': 'clean building floors',
  'window-cleaning': 'clean glass surfaces',
  'industrial-cleaning': 'clean industrial containers',
  'cleaning-agents': 'handle chemical cleaning agents',
  'cleaning-machines': 'operate floor cleaning equipment',
  'laundry-work': 'wash the laundry',
  'car-cleaning': 'wash vehicles',
  'mail-room': 'handle mail',
  'minor-repairs': 'perform minor repairs to equipment',
  welding: 'use welding equipment',
  metalworking: 'metalworking',
  'technical-drawing': 'read engineering drawings',
  'mechanical-maintenance': 'perform machine maintenance',
  'bicycle-repair': 'perform repairs on bicycles',
  'car-maintenance': 'execute vehicle maintenance',
  'electrical-installation': 'install electric switches',
  plumbing: 'install plumbing systems',
  'heating-installation': 'install heating boiler',
  'solar-panels': 'install photovoltaic systems',
  carpentry: 'carpentry',
  painting: 'paint surfaces',
  bricklaying: 'lay bricks',
  paving: 'lay stones',
  plastering: 'plaster surfaces',
  demolition: 'demolish structures',
  scaffolding: 'build scaffolding',
  tiling: 'lay tiles',
  insulation: 'install insulation material',
  'materials-knowledge': 'construction products',
  'food-preparation': 'use food preparation techniques',
  'kitchen-hygiene': 'comply with food safety and hygiene',
  dishwashing: 'operate dishwashing machine',
  'cold-kitchen': 'prepare sandwiches',
  baking: 'bake goods',
  'food-safety': 'food safety principles',
  'table-service': 'serve food in table service',
  'bar-work': 'serve beverages',
  'hotel-housekeeping': 'service rooms',
  barista: 'prepare hot drinks',
  'cash-register': 'operate cash register',
  'shelf-stocking': 'stock shelves',
  merchandising: 'organise product display',
  'stock-rotation': 'carry out stock rotation',
  'cash-handling': 'operate cash point',
  'customer-advice': 'assist customers',
  'product-knowledge': 'product comprehension',
  'classroom-assistance': 'provide teacher support',
  tutoring: 'assist children with homework',
  'school-supervision': 'supervise children',
  'sports-supervision': 'instruct in sport',
  surveillance: 'patrol areas',
  'camera-monitoring': 'monitor surveillance equipment',
  'event-security': 'control crowd',
  'incident-reporting': 'create incident reports',
  'de-escalation': 'deal with aggressive behaviour',
  'green-maintenance': 'maintain ground',
  pruning: 'prune hedges and trees',
  planting: 'plant green plants',
  'chainsaw-work': 'operate chainsaw',
  'plant-knowledge': 'plant species',
  'quality-inspection': 'inspect quality of products',
  'production-line': 'monitor conveyor belt',
  sewing: 'sew pieces of fabric',
  'computer-basics': 'have computer literacy',
  'office-software': 'office software',
  spreadsheets: 'use spreadsheets software',
  'dutch-speaking': 'interact verbally in Dutch',
  'dutch-writing': 'write Dutch',
  english: 'English',
  german: 'German',
  turkish: 'Turkish',
  arabic: 'Arabic',
  polish: 'Polish',
  french: 'French',
  tamazight: 'Berber',
  // The licence and certificate attest exactly this skill.
  'driving-licence-b': 'drive vehicles',
  'first-aid': 'provide first aid',
  'traffic-controller-certificate': 'regulate traffic',
  teamwork: 'work in teams',
  reliability: 'act reliably',
  independence: 'work independently',
  accuracy: 'attend to detail',
  'stress-resistance': 'cope with stress',
  flexibility: 'adapt to change',
  'problem-solving': 'solve problems',
  empathy: 'show empathy',
  leadership: 'lead others',
  numeracy: 'apply numeracy skills',
  'occupational-safety': 'health and safety regulations',
  'learning-ability': 'demonstrate willingness to learn',
  'following-instructions': 'follow written instructions',
  'waste-collection': 'collect domestic waste',
  'waste-sorting': 'sort waste',
};

module.exports = { OCCUPATIONS, COMPETENCES };
