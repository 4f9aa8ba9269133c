// Fictional asylum-documentation templates (label "asylum"). All people, numbers and addresses come from slots.

extension Templates {
    static let asylum: [Template] = [

        // MARK: - asylum-application (lv)

        Template(
            label: "asylum", kind: "asylum-application", language: "lv", hard: false,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                IESNIEGUMS PAR BĒGĻA VAI ALTERNATĪVĀ STATUSA PIEŠĶIRŠANU
                Lietas Nr.: {case_no}
                Personas lietas Nr.: {file_id}
                Iesniegšanas datums: {date}
                Iesniegšanas vieta: Valsts robežsardzes Rīgas pārvalde
                1. Vārds: {given}
                2. Uzvārds: {surname}
                3. Dzimšanas datums: {birth_date}
                4. Pilsonība: {nationality}
                5. Izcelsmes valsts: {country}
                6. Ceļošanas dokuments: {passport} (nodots glabāšanā Valsts robežsardzei)
                7. Laulātais(-ā): {spouse}
                8. Nepilngadīgie bērni, kas ieradušies kopā ar iesniedzēju: {child}
                9. Tranzīta valsts: {country2}
                10. Īss iemeslu izklāsts: iesniedzējs norāda, ka izcelsmes valstī viņam draud vajāšana politisko uzskatu dēļ un ka viņš nevar izmantot savas valsts aizsardzību.
                11. Vai iepriekš lūgts patvērums citā dalībvalstī: nē
                Apliecinu, ka sniegtās ziņas ir patiesas. Esmu informēts par savām tiesībām un pienākumiem patvēruma procedūrā saskaņā ar Patvēruma likumu.
                Iesniedzēja paraksts: ____
                Iesniegumu pieņēma: {officer}
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "lv", hard: false,
            text: """
                Valsts robežsardzes Imigrācijas kontroles dienestam
                no {name}, dzim. {birth_date}, pilsonība: {nationality}

                IESNIEGUMS

                Es, {name}, ierados Latvijas Republikā {date} caur Terehovas robežšķērsošanas vietu un lūdzu piešķirt man starptautisko aizsardzību — bēgļa statusu vai, ja tam nav pamata, alternatīvo statusu saskaņā ar Patvēruma likumu.
                Izcelsmes valstī ({country}) strādāju par žurnālistu. Pēc rakstu publicēšanas mani divreiz aizturēja drošības dienests, man draudēja ar cietumsodu, un mana ģimene saņēma draudus. Atgriezties nevaru, jo baidos par savu dzīvību.
                Kopā ar mani ieradās laulātais(-ā) {spouse} un mūsu bērns {child}. Mūsu pases ir nodotas robežsardzei. Citā Eiropas Savienības dalībvalstī patvērums nav lūgts.
                Lūdzu nodrošināt tulku un izmitināšanu, kā arī ļaut iesniegt papildu pierādījumus intervijas laikā.
                Pielikumā: pases ({passport}) kopija, medicīniskā izziņa, preses publikāciju izdrukas.
                {city}, {date}
                Paraksts: ____
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "lv", hard: false,
            text: """
                VALSTS ROBEŽSARDZE
                Akts par iesnieguma pieņemšanu
                Nr. {case_no}

                {date} Silenes robežšķērsošanas vietā Valsts robežsardzes amatpersona {officer} pieņēma mutvārdu iesniegumu par bēgļa vai alternatīvā statusa piešķiršanu no personas, kura uzdevās par {name}, dzim. {birth_date}, pilsonība — {nationality}.
                Persona paziņoja, ka izcelsmes valstī ({country}) tai draud vajāšana reliģiskās pārliecības dēļ. Derīgs ceļošanas dokuments nav uzrādīts; iesniegta personas apliecības kopija.
                Personai noņemti pirkstu nospiedumi, dati nosūtīti uz EURODAC sistēmu. Veikta personas un mantu pārbaude, izsniegts informatīvais materiāls par patvēruma procedūru personai saprotamā valodā. Tulks nodrošināts.
                Persona nosūtīta uz patvēruma meklētāju izmitināšanas centru „Mucenieki”. Iesniegums kopā ar materiāliem nosūtīts PMLP Patvēruma lietu nodaļai lēmuma pieņemšanai par iesnieguma pieņemšanu izskatīšanai.
                Iesniedzēja paraksts: ____
                Amatpersonas paraksts: ____
                """),

        // MARK: - asylum-application (ru)

        Template(
            label: "asylum", kind: "asylum-application", language: "ru", hard: false,
            text: """
                УПРАВЛЕНИЕ ПО ДЕЛАМ ГРАЖДАНСТВА И МИГРАЦИИ ЛАТВИЙСКОЙ РЕСПУБЛИКИ
                ЗАЯВЛЕНИЕ О ПРЕДОСТАВЛЕНИИ СТАТУСА БЕЖЕНЦА ИЛИ АЛЬТЕРНАТИВНОГО СТАТУСА
                Номер дела: {case_no}
                Дата подачи: {date}
                Фамилия: {surname}
                Имя: {given}
                Дата рождения: {birth_date}
                Гражданство: {nationality}
                Страна происхождения: {country}
                Документ, удостоверяющий личность: {passport}
                Супруг(а): {spouse}
                Несовершеннолетние дети: {child}
                Страна транзита: {country2}
                Причины обращения (кратко): угрозы со стороны вооружённых группировок, преследование по этническому признаку, невозможность получить защиту от властей.
                Обращались ли вы ранее за убежищем в другом государстве ЕС: нет
                Нужен ли переводчик: да
                Я ознакомлен(а) со своими правами и обязанностями согласно Закону об убежище Латвийской Республики и подтверждаю достоверность сведений.
                Подпись заявителя: ____
                Заявление принял: {officer}, Государственная пограничная охрана
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "ru", hard: false,
            text: """
                В Государственную пограничную охрану Латвийской Республики
                от {name}, {birth_date} г. р., гражданство: {nationality}

                ЗАЯВЛЕНИЕ

                Прошу предоставить мне убежище в Латвийской Республике. Я прибыл(а) в Латвию {date} и не могу вернуться в страну своего гражданства ({country}).
                Дома я участвовал(а) в мирных акциях протеста. После этого меня вызывали на допросы, угрожали уголовным преследованием, а мой брат был задержан и до сих пор находится под стражей. Полиция отказалась принять моё заявление об угрозах.
                Вместе со мной прибыли супруг(а) {spouse} и ребёнок {child}. Паспорт {passport} сдан сотрудникам пограничной охраны. В других государствах Европейского союза убежище не запрашивал(а).
                Прошу обеспечить переводчика и разместить мою семью в центре размещения до принятия решения.
                Приложения: копия паспорта, повестка о вызове на допрос, фотографии.
                {date}, {city}
                Подпись: ____
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "ru", hard: false,
            text: """
                ПРОТОКОЛ
                приёма заявления о предоставлении статуса беженца или альтернативного статуса от несовершеннолетнего без сопровождения
                Дело № {case_no}, дата: {date}

                Заявитель: {name}, дата рождения со слов: {birth_date}, гражданство: {nationality}.
                Законный представитель: представитель сиротского суда {city}; присутствовал(а) {officer}.
                Заявитель сообщил(а), что покинул(а) страну происхождения ({country}) после гибели родителей, опасается принудительной вербовки в вооружённую группировку и не имеет родственников, готовых о нём (ней) заботиться. Через территорию государства {country2} заявитель(ница) следовал(а) вместе с группой взрослых, которые оставили его (её) у латвийской границы.
                Документов при себе нет. Отпечатки пальцев сняты и внесены в систему EURODAC. Назначена медицинская проверка для определения возраста.
                Заявителю разъяснены права в процедуре предоставления убежища, включая право на бесплатную юридическую помощь.
                Подписи: заявитель ____, представитель ____, сотрудник ____
                """),

        // MARK: - asylum-application (en)

        Template(
            label: "asylum", kind: "asylum-application", language: "en", hard: false,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS, REPUBLIC OF LATVIA
                APPLICATION FOR REFUGEE OR ALTERNATIVE STATUS
                (English version of the official form)
                Case no.: {case_no}          Personal file: {file_id}
                Date lodged: {date}
                Surname: {surname}
                Given name(s): {given}
                Date of birth: {birth_date}
                Citizenship: {nationality}
                Country of origin: {country}
                Travel document: {passport}
                Spouse: {spouse}
                Accompanying children: {child}
                Countries crossed en route: {country2}
                Brief reasons: The applicant states that he or she fears persecution because of membership of a particular social group and that the authorities are unwilling to provide protection.
                Previous asylum applications in an EU Member State: none
                Language of interview requested: native language
                I declare that the information given is true and that I have been informed of my rights and duties under the Asylum Law.
                Signature of applicant: ____
                Received by: {officer}, State Border Guard
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "en", hard: false,
            text: """
                To: State Border Guard of the Republic of Latvia
                From: {name}, born {birth_date}, citizen of {country}

                Statement requesting international protection

                I, {name}, entered Latvia on {date} and hereby ask for asylum. I request refugee status or, if that is not possible, alternative status under the Asylum Law.
                In my home country I worked as a teacher. After I refused to join the ruling party and spoke at a local meeting, armed men came to my house twice, beat me and threatened my family. My colleague who spoke with me disappeared. I reported this to the police, but they did nothing.
                I travelled through {country2} without stopping to apply there. My spouse {spouse} and our child {child} are with me. My passport ({passport}) has been handed over to the border guard.
                I have medical documents about my injuries and will submit them at the interview. I need an interpreter.
                Signed in {city} on {date}.
                Signature: ____
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "en", hard: false,
            text: """
                STATE BORDER GUARD — RIGA AIRPORT BORDER CHECKPOINT
                Record of lodging of an application for international protection
                Record no. {case_no}

                On {date} at the transit zone of Riga International Airport, officer {officer} received an oral application for asylum from a passenger who identified himself or herself as {name}, born {birth_date}, citizenship {nationality}.
                The passenger arrived without a valid entry visa and presented passport {passport}. The applicant stated that return to {country} would expose him or her to serious harm.
                Actions taken: fingerprints taken and transmitted to EURODAC; personal search carried out; information leaflet on the asylum procedure handed over; interpreter provided by telephone.
                The applicant will be accommodated in the accommodation centre for asylum seekers pending the decision of the Asylum Affairs Division of the Office of Citizenship and Migration Affairs on admissibility.
                Applicant's signature: ____
                Officer's signature: ____
                """),

        // MARK: - interview-record (lv)

        Template(
            label: "asylum", kind: "interview-record", language: "lv", hard: false,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                Patvēruma lietu nodaļa
                PERSONĪGĀS INTERVIJAS PROTOKOLS
                Lieta Nr. {case_no}     Datums: {date}
                Intervētājs: {officer}
                Patvēruma meklētājs: {name}, dzim. {birth_date}, pilsonība: {nationality}
                Intervijā piedalās tulks.

                J.: Vai jūs saprotat tulku un jūtaties pietiekami labi, lai sniegtu interviju?
                A.: Jā, saprotu, jūtos labi.
                J.: Kāpēc jūs pametāt savu izcelsmes valsti ({country})?
                A.: Mani aizturēja par piedalīšanos demonstrācijā, trīs dienas turēja cietumā un sita.
                J.: Kad tas notika un kur?
                A.: Pagājušā gada rudenī, galvaspilsētā.
                J.: Vai jūs vērsāties policijā vai tiesā?
                A.: Nē, jo tieši policija mani aizturēja.
                J.: Kas notiktu, ja jūs atgrieztos?
                A.: Mani atkal arestētu. Man ir zināms, ka uz mani ir izdots orderis.
                J.: Vai vēlaties ko piebilst?
                A.: Lūdzu ņemt vērā, ka mana ģimene joprojām slēpjas.

                Protokols iztulkots patvēruma meklētājam saprotamā valodā. Iebildumu un papildinājumu nav.
                Patvēruma meklētājs: ____   Tulks: ____   Intervētājs: ____
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "lv", hard: false,
            text: """
                Intervijas kopsavilkums
                Lieta: {case_no}; personas lieta: {file_id}
                Intervijas datums: {date}, ilgums 3 stundas 40 minūtes

                Intervētājs {officer} ar tulka starpniecību intervēja patvēruma meklētāju {name} (dzim. {birth_date}). Intervija notika saskaņā ar Patvēruma likumu, un persona apliecināja, ka ir spējīga piedalīties intervijā.
                Persona norādīja, ka izcelsmes valstī ({country}) piederējusi pie reliģiskas minoritātes, tās dievnams nodedzināts, bet vietējās varas iestādes uzbrucējus nav sodījušas. Persona izklāstīja ceļu uz Latviju caur valsti {country2}, minot aptuvenus datumus un transporta līdzekļus.
                Novērtējums: stāstījums kopumā detalizēts un iekšēji saskanīgs; neatbilstība konstatēta attiecībā uz izbraukšanas datumu (iesniegumā un intervijā atšķiras par diviem mēnešiem). Personai dota iespēja sniegt paskaidrojumu; persona to skaidro ar pārdzīvoto stresu.
                Nepieciešams: pieprasīt informāciju par izcelsmes valsti, izvērtēt iesniegto dokumentu autentiskumu.
                Sagatavoja: {officer}, {date2}
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "lv", hard: false,
            text: """
                PAPILDU INTERVIJAS PROTOKOLS (nepilngadīga persona)
                Lietas Nr. {case_no}
                Datums: {date}, vieta: Pilsonības un migrācijas lietu pārvalde, Rīga
                Klātesošie: intervētājs {officer}, tulks, bāriņtiesas pārstāvis, psihologs.
                Intervējamā persona: {name}, dzim. {birth_date}.

                — Pastāsti, lūdzu, ar ko tu dzīvoji mājās?
                — Ar mammu un diviem brāļiem. Tētis nomira, kad biju mazs.
                — Kāpēc tu aizbrauci?
                — Cilvēki ar ieročiem gribēja mani paņemt līdzi. Mamma samaksāja, lai mani aizved prom.
                — Vai tu zini, kurās valstīs biji pa ceļam?
                — Zinu tikai, ka ilgi bijām valstī {country2}, tur dzīvojām mežā.
                — Vai tev ir kāds dokuments?
                — Nē, visus paņēma vīrs, kurš mūs veda.
                — Vai tu gribētu, lai mēs meklējam tavu ģimeni?
                — Jā, ļoti.

                Intervija pārtraukta uz 15 minūtēm pēc psihologa lūguma. Protokols nolasīts, iebildumu nav. Paraksti: ____
                """),

        // MARK: - interview-record (ru)

        Template(
            label: "asylum", kind: "interview-record", language: "ru", hard: false,
            text: """
                УПРАВЛЕНИЕ ПО ДЕЛАМ ГРАЖДАНСТВА И МИГРАЦИИ
                Отдел по делам убежища
                ПРОТОКОЛ ЛИЧНОГО СОБЕСЕДОВАНИЯ
                Дело № {case_no}, дата: {date}
                Проводил: {officer}
                Лицо, ищущее убежища: {name}, {birth_date} г. р., гражданство: {nationality}
                Собеседование проводится на русском языке по просьбе заявителя.

                Вопрос: Понимаете ли вы цель собеседования?
                Ответ: Да, мне объяснили.
                Вопрос: Почему вы покинули страну происхождения ({country})?
                Ответ: Меня хотели призвать в армию и отправить воевать, я отказался(ась) по убеждениям.
                Вопрос: Получали ли вы официальную повестку?
                Ответ: Да, две повестки, копии я передал(а) вместе с заявлением.
                Вопрос: Что грозит вам за отказ от службы?
                Ответ: Уголовное дело и тюремное заключение на несколько лет.
                Вопрос: Каким образом вы выехали?
                Ответ: Через {country2}, на автобусе, затем пешком.
                Вопрос: Хотите ли что-нибудь добавить?
                Ответ: Нет.

                Протокол прочитан заявителем лично, замечаний нет.
                Подписи: заявитель ____, сотрудник ____
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "ru", hard: false,
            text: """
                СПРАВКА
                о результатах личного собеседования
                Дело: {case_no}; личное дело: {file_id}

                {date} сотрудник Отдела по делам убежища {officer} провёл(а) собеседование с {name} ({birth_date} г. р.) при участии переводчика. Продолжительность — около четырёх часов, с двумя перерывами.
                Заявитель пояснил(а), что в стране происхождения ({country}) подвергался(ась) преследованию из-за принадлежности к определённой социальной группе: после того как о его (её) личной жизни узнали соседи, его (её) избили, уволили с работы, а родственники отказались от него (неё). В полицию обращаться было опасно.
                Оценка достоверности: показания подробные, последовательные, согласуются с информацией о стране происхождения. Существенных противоречий не выявлено.
                Дополнительно: заявитель просил(а), чтобы повторное собеседование проводил сотрудник того же пола; просьба удовлетворена.
                Рекомендация: продолжить рассмотрение по существу, запросить медицинское заключение о полученных травмах.
                Составил(а): {officer}, {date2}
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "ru", hard: false,
            text: """
                Протокол дополнительного собеседования (личность и маршрут)
                № {case_no}, {date}, г. Рига

                Присутствовали: {officer} (собеседование), переводчик, юрист заявителя.
                Заявитель: {name}, {birth_date} г. р.

                — Назовите, пожалуйста, адрес, по которому вы жили до выезда.
                — Я жил(а) в пригороде столицы, в доме родителей.
                — В анкете вы указали другой город. Почему?
                — Там я был(а) зарегистрирован(а), но последние три года жил(а) у родителей.
                — Каким документом вы пользовались при выезде?
                — Паспортом {passport}, его потом забрал перевозчик.
                — Была ли у вас виза какого-либо государства?
                — Нет, визы не было.
                — Сколько времени вы находились в стране {country2}?
                — Около двух недель, в лагере у границы.
                — Просили ли вы там защиты?
                — Нет, у меня сняли отпечатки, но я не хотел(а) там оставаться.

                Юрист заявителя ходатайствует о приобщении справки из больницы. Ходатайство принято.
                Подписи: ____
                """),

        // MARK: - interview-record (en)

        Template(
            label: "asylum", kind: "interview-record", language: "en", hard: false,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS — ASYLUM AFFAIRS DIVISION
                RECORD OF PERSONAL INTERVIEW
                Case no. {case_no}          Date: {date}
                Interviewer: {officer}
                Applicant: {name}, born {birth_date}, citizenship {nationality}
                Interpreter present: yes

                Q: Do you understand the interpreter, and are you fit to be interviewed today?
                A: Yes.
                Q: Why did you leave {country}?
                A: I converted to another religion. My family reported me and the local court opened a case against me.
                Q: What happened after the case was opened?
                A: I was summoned twice. The second time I was held for a week and beaten.
                Q: Could you have moved to another part of your country?
                A: No. My name is on a list at every checkpoint.
                Q: What do you fear if you are returned?
                A: Prison, or being killed by my relatives.
                Q: Is there anything else you wish to add?
                A: I attend a church in Riga now; the pastor can confirm this.

                The record was read back through the interpreter. The applicant made no corrections.
                Signatures: applicant ____ interpreter ____ interviewer ____
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "en", hard: false,
            text: """
                Interview summary and credibility note
                Case: {case_no} / Personal file: {file_id}

                Interview held on {date} by {officer}, Asylum Affairs Division. Applicant: {name} (born {birth_date}), who stated that he or she is a national of {country}.
                Core claim: the applicant worked as a driver for an international organisation and was later threatened by an armed group as a collaborator. A written threat was left at the family home; the applicant's cousin was shot in a similar incident.
                Material facts accepted: nationality, employment with the organisation (employment letter verified), region of residence.
                Material facts in doubt: the date of the written threat; the applicant gave different months in the application and at the interview. Explanation offered: confusion between calendars.
                Route: overland via {country2}; fingerprints registered there, no protection claim made according to the applicant.
                Next steps: check EURODAC hit, obtain country-of-origin information on the treatment of former employees of foreign organisations, consider a second interview.
                Prepared by {officer} on {date2}.
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "en", hard: false,
            text: """
                Transcript extract — second interview
                Case {case_no}, {date}, Riga. Present: {officer}; interpreter; the applicant's legal adviser.
                Applicant: {name}, born {birth_date}.

                Interviewer: Last time you said you were detained for three days. Today you said one week. Can you explain?
                Applicant: I was kept three days at the police station, then four days somewhere else. I did not know where.
                Interviewer: Describe the second place.
                Applicant: A basement. No windows. There were six other men.
                Interviewer: How were you released?
                Applicant: My uncle paid money to a guard.
                Interviewer: When did you leave {country} after the release?
                Applicant: About ten days later, with a smuggler.
                Interviewer: Do you have any documents about the detention?
                Applicant: No, nobody gives papers in that place.
                Adviser: We ask that the medical report on the scars be taken into account.

                Interview ended at 16:10. The transcript was read back; the applicant confirmed it. Signatures: ____
                """),

        // MARK: - status-decision (lv)

        Template(
            label: "asylum", kind: "status-decision", language: "lv", hard: false,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                Patvēruma lietu nodaļa
                Rīgā, {date}                                           Nr. {case_no}

                LĒMUMS
                par bēgļa statusa piešķiršanu

                Izskatījusi {name} (dzim. {birth_date}, pilsonība: {nationality}) iesniegumu, kas iesniegts {date2}, personīgās intervijas materiālus un informāciju par izcelsmes valsti ({country}), Pārvalde konstatēja:
                1. Iesniedzējs pamatoti baidās no vajāšanas politisko uzskatu dēļ, un izcelsmes valsts iestādes nav spējīgas un nevēlas nodrošināt viņam aizsardzību.
                2. Iesniedzēja liecības ir ticamas, detalizētas un atbilst pieejamai informācijai par izcelsmes valsti.
                3. Nav konstatēti apstākļi, kas izslēgtu bēgļa statusa piešķiršanu.
                Pamatojoties uz Patvēruma likuma 22. pantu, 1951. gada 28. jūlija Konvenciju par bēgļa statusu un Administratīvā procesa likuma 55. un 67. pantu,
                nolemj:
                piešķirt {name} bēgļa statusu Latvijas Republikā.
                Persona ir tiesīga saņemt uzturēšanās atļauju un personas dokumentu Imigrācijas likumā noteiktajā kārtībā.
                Nodaļas vadītājs: {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "lv", hard: false,
            text: """
                LĒMUMS Nr. {case_no}
                par atteikumu piešķirt bēgļa vai alternatīvo statusu
                {city}, {date}

                Pilsonības un migrācijas lietu pārvaldes Patvēruma lietu nodaļa, izvērtējusi patvēruma meklētāja {name} (dzim. {birth_date}) iesniegumu un intervijā sniegto informāciju, secina, ka iesniedzēja apgalvojumi par vajāšanu izcelsmes valstī ({country}) ir vispārīgi un pretrunīgi. Iesniedzējs nav norādījis nevienu personisku apdraudējumu, bet kā izbraukšanas iemeslu minējis darba trūkumu un zemus ienākumus.
                Tādējādi nav izpildīti Patvēruma likuma 22. pantā noteiktie bēgļa statusa piešķiršanas nosacījumi, kā arī nav pamata uzskatīt, ka personai atgriežoties draudētu smags kaitējums Patvēruma likuma 23. panta izpratnē.
                Ņemot vērā minēto, nolemts atteikt piešķirt {name} bēgļa statusu un alternatīvo statusu.
                Lēmumu var pārsūdzēt Administratīvajā rajona tiesā 21 dienas laikā no tā spēkā stāšanās dienas, iesniedzot pieteikumu ar Pārvaldes starpniecību. Pārsūdzēšana aptur lēmuma darbību.
                Lēmumu pieņēma: {officer}
                Lēmums paziņots personai: {date2}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "lv", hard: false,
            text: """
                Patvēruma lietu nodaļa
                LĒMUMS par atkārtota iesnieguma atzīšanu par nepieņemamu
                Lieta: {case_no}; datums: {date}

                Persona: {name}, dzim. {birth_date}, pilsonība: {nationality}.
                Fakti: persona {date2} iesniedza atkārtotu iesniegumu par bēgļa vai alternatīvā statusa piešķiršanu. Iepriekšējā lietā galīgais lēmums pieņemts {year}. gadā, un Administratīvā rajona tiesa to atstāja negrozītu.
                Izvērtējums: atkārtotajā iesniegumā nav norādīti jauni elementi vai atklājušies fakti, kas būtiski palielinātu iespēju, ka personai var piešķirt starptautisko aizsardzību. Iesniegtie laikrakstu izgriezumi attiecas uz vispārējo situāciju izcelsmes valstī ({country}) un jau tika vērtēti iepriekš.
                Pamatojoties uz Patvēruma likumu, atzīt atkārtoto iesniegumu par nepieņemamu un izbeigt tā izskatīšanu.
                Lēmumu var pārsūdzēt Administratīvajā rajona tiesā Patvēruma likumā noteiktajā termiņā.
                Vecākais inspektors: {officer}
                """),

        // MARK: - status-decision (ru)

        Template(
            label: "asylum", kind: "status-decision", language: "ru", hard: false,
            text: """
                УПРАВЛЕНИЕ ПО ДЕЛАМ ГРАЖДАНСТВА И МИГРАЦИИ
                Отдел по делам убежища
                Рига, {date}                                     № {case_no}

                РЕШЕНИЕ
                о предоставлении альтернативного статуса

                Рассмотрев заявление {name} ({birth_date} г. р., гражданство: {nationality}), поданное {date2}, материалы личного собеседования и сведения о стране происхождения ({country}), Управление установило:
                заявитель не представил убедительных доказательств индивидуального преследования по признакам, указанным в Конвенции о статусе беженцев 1951 года, однако в регионе его (её) проживания продолжается вооружённый конфликт, создающий серьёзную и индивидуальную угрозу жизни гражданского населения.
                На основании статьи 23 Закона об убежище и статей 55 и 67 Закона об административном процессе
                РЕШЕНО:
                1) отказать в предоставлении статуса беженца;
                2) предоставить {name} альтернативный статус.
                Лицо вправе получить временный вид на жительство на один год. Решение в части отказа в статусе беженца может быть обжаловано в Административный районный суд в течение 21 дня.
                Начальник отдела: {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "ru", hard: false,
            text: """
                РЕШЕНИЕ № {case_no}
                об отказе в предоставлении статуса беженца и альтернативного статуса (ускоренная процедура)
                {city}, {date}

                Заявитель: {name}, {birth_date} г. р., гражданство: {nationality}.
                Заявление рассмотрено в ускоренном порядке, так как страна происхождения ({country}) включена в список безопасных стран происхождения, а заявитель сообщил лишь сведения, не имеющие отношения к международной защите: желание трудоустроиться в ЕС и воссоединиться со знакомыми.
                Заявитель не указал обстоятельств, свидетельствующих о преследовании или о реальной угрозе причинения серьёзного вреда. Доказательства не представлены.
                Руководствуясь Законом об убежище, Управление решило отказать {name} в предоставлении статуса беженца и альтернативного статуса как явно необоснованному заявлению.
                Решение может быть обжаловано в Административный районный суд в течение 7 рабочих дней со дня вступления в силу. Обжалование приостанавливает действие решения.
                Инспектор: {officer}
                С решением ознакомлен(а): ____ {date2}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "ru", hard: false,
            text: """
                Управление по делам гражданства и миграции
                Решение о признании заявления недопустимым
                Дело: {case_no}    Дата: {date}

                Лицо: {name}, {birth_date} г. р., гражданство: {nationality}.
                Установлено: по данным системы EURODAC и ответу компетентного органа Польши заявителю ранее, в {year} году, предоставлена международная защита в Польше. Действительный вид на жительство этого государства заявитель предъявил сам.
                Заявитель не привёл доводов о том, что в Польше ему (ей) угрожает бесчеловечное или унижающее достоинство обращение; жалобы касаются лишь размера социального пособия.
                В соответствии с Законом об убежище заявление о предоставлении статуса беженца или альтернативного статуса признаётся недопустимым, его рассмотрение по существу прекращается.
                Решение может быть обжаловано в Административный районный суд в установленный законом срок.
                Старший инспектор: {officer}
                """),

        // MARK: - status-decision (en)

        Template(
            label: "asylum", kind: "status-decision", language: "en", hard: false,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS
                Asylum Affairs Division
                Riga, {date}                                      No. {case_no}

                DECISION
                on granting refugee status

                Having examined the application of {name} (born {birth_date}, citizenship {nationality}) lodged on {date2}, the record of the personal interview and country-of-origin information on {country}, the Office finds that:
                1. the applicant has a well-founded fear of persecution for reasons of religion within the meaning of the 1951 Convention relating to the Status of Refugees;
                2. state protection is not available in the country of origin, and an internal protection alternative is not reasonable;
                3. no exclusion grounds apply.
                In accordance with Article 22 of the Asylum Law and Articles 55 and 67 of the Administrative Procedure Law, the Office decides to grant refugee status in the Republic of Latvia to {name}.
                The refugee is entitled to a residence permit and to a refugee travel document in accordance with the Immigration Law and the Asylum Law.
                Head of Division: {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "en", hard: false,
            text: """
                Decision No. {case_no}
                Subject: application for international protection of {name}, born {birth_date}
                Date: {date}

                Findings. The applicant's account of persecution on political grounds lacks detail and contains unexplained contradictions regarding dates and places of detention. Refugee status under Article 22 of the Asylum Law is therefore not granted.
                However, the applicant comes from a province of {country} where, according to current country information, the level of indiscriminate violence in an ongoing armed conflict is so high that any civilian returned there would face a real risk of serious harm.
                Operative part. The Office of Citizenship and Migration Affairs decides:
                (a) to refuse refugee status;
                (b) to grant alternative status under Article 23 of the Asylum Law.
                The person with alternative status will receive a temporary residence permit valid for one year, which may be extended.
                Appeal. The refusal of refugee status may be appealed to the District Administrative Court within 21 days of this decision entering into force.
                Officer responsible: {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "en", hard: false,
            text: """
                Asylum Affairs Division — Decision on revocation of refugee status
                Ref. {case_no}                                          {date}

                Person concerned: {name}, born {birth_date}, personal code {personal_code}.
                Refugee status was granted to the person in {year}. Information received from the State Border Guard shows that on several occasions since {date2} the person travelled to {country}, the country in respect of which the status was granted, and obtained a new national passport ({passport}) from its authorities.
                By voluntarily re-availing himself or herself of the protection of the country of nationality, the person falls under the cessation clause of Article 1C of the 1951 Refugee Convention, as applied by the Asylum Law.
                The person was heard in writing on {date2} and stated that the trips were made to visit a sick parent. The explanation does not alter the assessment.
                Decision: refugee status of {name} is revoked. The residence permit issued on the basis of that status will be reviewed under the Immigration Law.
                This decision may be appealed to the District Administrative Court within one month.
                {officer}
                """),

        // MARK: - dublin-transfer (lv)

        Template(
            label: "asylum", kind: "dublin-transfer", language: "lv", hard: true,
            text: """
                Kam: Lietuvas Republikas Migrācijas departaments, Dublinas nodaļa
                No: Pilsonības un migrācijas lietu pārvalde, Rīga
                Datums: {date}    Mūsu atsauce: {case_no}

                PIEPRASĪJUMS PĀRŅEMT PERSONU
                (Regulas (ES) Nr. 604/2013 12. panta 2. punkts)

                Personas dati:
                Uzvārds: {surname}
                Vārds: {given}
                Dzimšanas datums: {birth_date}
                Pilsonība: {nationality}
                Pase: {passport}

                Vīzas dati (VIS atbilstība):
                Vīzas veids: C (Šengenas vienotā vīza)
                Izdevējvalsts: Lietuva, Lietuvas Republikas vēstniecība
                Derīguma termiņš: no {date2} līdz {deadline}
                Atļauto dienu skaits: 30

                Persona ieceļoja Šengenas zonā ar minēto vīzu un pēc tam ieradās Latvijā, kur vērsās pie Valsts robežsardzes. Saskaņā ar VIS datiem vīzu izsniegusi Lietuva, tāpēc lūdzam Lietuvu atzīt savu atbildību par personas iesnieguma izskatīšanu.
                Pielikumā: VIS izdruka, pases datu lapas kopija.
                Kontaktpersona: {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "lv", hard: false,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                LĒMUMS
                par patvēruma meklētāja nodošanu atbildīgajai dalībvalstij
                Rīgā, {date}                                     Nr. {case_no}

                Patvēruma meklētājs {name} (dzim. {birth_date}, pilsonība: {nationality}) {date2} iesniedza iesniegumu par bēgļa vai alternatīvā statusa piešķiršanu Latvijā. EURODAC sistēmā konstatēts, ka persona iepriekš iesniegusi iesniegumu Vācijā.
                Pārvalde nosūtīja Vācijai pieprasījumu pieņemt personu atpakaļ saskaņā ar Eiropas Parlamenta un Padomes Regulas (ES) Nr. 604/2013 18. panta 1. punkta b) apakšpunktu. Vācija pieprasījumu akceptēja.
                Personas argumenti, ka tā vēlas palikt Latvijā, jo šeit dzīvo attāli radinieki, nav pamats piemērot regulas 17. pantu. Nav konstatētas sistēmiskas nepilnības patvēruma procedūrā Vācijā.
                Nolemts: nodot {name} Vācijai. Nodošana veicama sešu mēnešu laikā no akcepta saņemšanas.
                Lēmumu var pārsūdzēt Administratīvajā rajona tiesā septiņu darbdienu laikā no tā paziņošanas dienas.
                Lēmumu pieņēma: {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "lv", hard: false,
            text: """
                Dublinas procedūra — pieprasījums pieņemt atpakaļ
                Nosūtītājs: LV Dublinas vienība    Saņēmējs: Polijas Ārzemnieku birojs
                Datums: {date}; atsauce: {case_no}

                Pamats: Regulas (ES) Nr. 604/2013 18. panta 1. punkta b) apakšpunkts un 23. pants
                EURODAC atbilstība: 1. kategorija, reģistrēta Polijā {date2}

                Persona: {name}, dzim. {birth_date}, pilsonība: {nationality}
                Personas paziņotais maršruts: izcelsmes valsts ({country}) — {country2} — Polija — Latvija
                Iesniegums Latvijā: {date}, Valsts robežsardzes Daugavpils pārvalde
                Personas paskaidrojums: Polijā esot tikai noņemti pirkstu nospiedumi; persona noliedz, ka būtu tur lūgusi starptautisko aizsardzību.

                Lūdzam atbildēt divu nedēļu laikā, jo pieprasījums balstīts uz EURODAC datiem. Persona neatrodas aizturēšanā un uzturas izmitināšanas centrā „Mucenieki”.
                Atbildīgā amatpersona: {officer}
                """),

        // MARK: - dublin-transfer (ru)

        Template(
            label: "asylum", kind: "dublin-transfer", language: "ru", hard: false,
            text: """
                Запрос о принятии обратно
                (статья 18(1)(b) Регламента (ЕС) № 604/2013 «Дублин III»)
                Кому: Федеральное ведомство по делам миграции и беженцев (BAMF), Германия
                От: Управление по делам гражданства и миграции, Латвия
                Дата: {date}          Номер: {case_no}

                Лицо: {name}, {birth_date} г. р., гражданство: {nationality}.
                Совпадение в EURODAC: категория 1, Германия, {date2}.
                Лицо подало заявление о предоставлении убежища в Латвии {date} и заявило, что в Германии его (её) заявление было отклонено. Лицо проживает в центре размещения лиц, ищущих убежища.
                Просим подтвердить ответственность Германии за рассмотрение заявления и принять лицо обратно. Срок ответа по запросу на основании данных EURODAC — две недели.
                Приложения: выписка EURODAC, протокол опроса о маршруте.
                Ответственный сотрудник: {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "ru", hard: false,
            text: """
                УПРАВЛЕНИЕ ПО ДЕЛАМ ГРАЖДАНСТВА И МИГРАЦИИ
                РЕШЕНИЕ
                о передаче лица, ищущего убежища, ответственному государству-члену
                Рига, {date}                                     № {case_no}

                Установлено, что {name} ({birth_date} г. р., гражданство: {nationality}) до прибытия в Латвию незаконно пересёк(ла) внешнюю границу Европейского союза на территории Польши, где были сняты отпечатки его (её) пальцев. Польша на основании статьи 13(1) Регламента (ЕС) № 604/2013 приняла на себя ответственность за рассмотрение заявления.
                Заявитель указал(а), что в Польше условия приёма были плохими, однако доказательств систематических недостатков процедуры убежища или условий приёма не представил(а).
                РЕШЕНО: передать {name} в Польшу. Передача осуществляется Государственной пограничной охраной в срок до шести месяцев.
                Решение может быть обжаловано в Административный районный суд в течение семи рабочих дней. Подача жалобы приостанавливает передачу только по решению суда.
                Инспектор: {officer}
                Решение вручено: {date2}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "ru", hard: true,
            text: """
                Исх. № {case_no} от {date}
                Эстонская Республика, Департамент полиции и погранохраны

                Запрос о принятии на себя ответственности
                (статья 12(4) Регламента (ЕС) № 604/2013)

                Фамилия, имя: {name}
                Дата рождения: {birth_date}
                Гражданство: {nationality}
                Паспорт: {passport}

                Сведения о визе по данным Визовой информационной системы (VIS):
                — вид визы: национальная виза D;
                — выдана: Генеральным консульством Эстонии;
                — срок действия: с {date2} по {deadline} (истекла менее шести месяцев назад);
                — цель поездки, указанная в визовой анкете: учёба.
                Лицо въехало в Шенгенское пространство по эстонской визе, после окончания её срока переехало в Латвию и {date} обратилось к Государственной пограничной охране Латвии. Поскольку лицо не покидало территорию государств-членов, просим Эстонию признать ответственность за рассмотрение его (её) заявления.
                Приложения: распечатка VIS, копия страниц паспорта с визой.
                Контактное лицо: {officer}
                """),

        // MARK: - dublin-transfer (en)

        Template(
            label: "asylum", kind: "dublin-transfer", language: "en", hard: true,
            text: """
                REQUEST TO TAKE CHARGE
                Article 12(2) of Regulation (EU) No 604/2013
                From: Office of Citizenship and Migration Affairs, Riga, Latvia
                To: Office for Foreigners, Warsaw, Poland
                Date: {date}          Our reference: {case_no}

                Data subject
                Surname: {surname}
                First name: {given}
                Date of birth: {birth_date}
                Nationality: {nationality}
                Passport number: {passport}

                Visa information (VIS hit)
                Type of visa: uniform Schengen visa, category C, multiple entry
                Issued by: Consulate of the Republic of Poland
                Validity: {date2} to {deadline}
                Purpose declared in visa application: tourism

                The person entered the Schengen area with the above visa, travelled to Latvia and lodged an application on {date}. Under Article 12(2), the Member State which issued a valid visa is responsible. We kindly request Poland to accept responsibility and to reply within two months.
                Annexes: VIS printout; copy of passport visa page.
                Contact officer: {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "en", hard: false,
            text: """
                Dublin Unit — transfer arrangements
                Ref. {case_no}                                  {date}

                To: Swedish Migration Agency, Dublin Unit
                Subject: transfer of {name}, born {birth_date}, citizenship {nationality}

                Further to your acceptance of our take-back request under Article 18(1)(d) of the Dublin III Regulation, we inform you that the transfer of the above-named asylum seeker will take place on {deadline}.
                Flight: Riga International Airport to Stockholm Arlanda, escorted by two officers of the State Border Guard.
                The person has not appealed the transfer decision; the time limit for appeal to the District Administrative Court expired on {date2}.
                Medical information: no special needs reported. The person carries a laissez-passer issued by Latvia, as the national passport was not found.
                Please confirm the arrival point and the authority that will receive the person.
                Contact: {officer}, Office of Citizenship and Migration Affairs
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "en", hard: false,
            text: """
                Reply to incoming take-charge request
                Your reference: DE-{case_no}; our reference: {case_no}
                Date: {date}

                Dear colleagues,
                We refer to your request received on {date2} concerning {name}, born {birth_date}, who applied for international protection in Germany.
                Checks carried out in the Latvian registers show that the person held a temporary residence permit issued by Latvia on study grounds, which expired less than two years before the application was lodged in Germany.
                Latvia therefore accepts responsibility for examining the application for international protection pursuant to Article 12(4) of Regulation (EU) No 604/2013.
                Please arrange the transfer within the six-month time limit and inform us at least ten working days in advance. The person may be transferred to Riga International Airport, where officers of the State Border Guard will receive him or her.
                Kind regards,
                {officer}
                Dublin Unit, Office of Citizenship and Migration Affairs
                """),

        // MARK: - appeal (lv)

        Template(
            label: "asylum", kind: "appeal", language: "lv", hard: false,
            text: """
                Administratīvajai rajona tiesai
                ar Pilsonības un migrācijas lietu pārvaldes starpniecību
                Pieteicējs: {name}, dzim. {birth_date}, adrese: izmitināšanas centrs „Mucenieki”
                Atbildētājs: Latvijas Republika, kuras vārdā rīkojas Pilsonības un migrācijas lietu pārvalde

                PIETEIKUMS
                par PMLP {date2} lēmuma Nr. {case_no} atcelšanu

                Ar pārsūdzēto lēmumu man atteikts piešķirt bēgļa un alternatīvo statusu. Uzskatu lēmumu par nepamatotu šādu iemeslu dēļ:
                1) Pārvalde nav ņēmusi vērā iesniegtos pierādījumus — tiesas pavēsti un ārsta izziņu par sišanas sekām;
                2) pretrunas par datumiem radušās tulkošanas kļūdas dēļ, ko apliecina intervijas audioieraksts;
                3) Pārvalde izmantojusi novecojušu informāciju par izcelsmes valsti ({country}).
                Pamatojoties uz Administratīvā procesa likuma 184. un 185. pantu un Patvēruma likumu, lūdzu atcelt lēmumu un uzlikt Pārvaldei pienākumu piešķirt man bēgļa statusu, kā arī nodrošināt tulku tiesas sēdē.
                Pielikumā: lēmuma kopija, pierādījumu kopijas.
                {date}
                Paraksts: ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "lv", hard: false,
            text: """
                Administratīvajai rajona tiesai
                Pieteicējs: {name} (personas lieta {file_id}), pārstāvis — zvērināts advokāts {officer}

                Pieteikums par lēmuma par nodošanu citai dalībvalstij pārsūdzēšanu un lūgums apturēt tā darbību

                {date2} Pilsonības un migrācijas lietu pārvalde pieņēma lēmumu Nr. {case_no} nodot pieteicēju Polijai saskaņā ar Dublinas III regulu. Lēmums paziņots {date}.
                Pieteicējs ir smagi slims un Latvijā saņem ārstēšanu, kuras pārtraukšana apdraudētu viņa veselību. Pārvalde nav pieprasījusi no Polijas garantijas par ārstēšanas turpināšanu un nav apsvērusi regulas 17. panta 1. punkta piemērošanu.
                Turklāt Latvijā likumīgi dzīvo pieteicēja pieaugušais bērns {child}, kurš par viņu rūpējas.
                Lūdzu:
                1) apturēt pārsūtīšanas lēmuma darbību līdz lietas izskatīšanai;
                2) atcelt lēmumu un uzdot Pārvaldei izskatīt iesniegumu par bēgļa vai alternatīvā statusa piešķiršanu Latvijā.
                Pielikumā: medicīniskie dokumenti, radniecību apliecinoši dokumenti.
                Pārstāvis: ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "lv", hard: false,
            text: """
                ADMINISTRATĪVĀ RAJONA TIESA
                Rīgas tiesu nams
                SPRIEDUMS
                Latvijas tautas vārdā
                Lieta Nr. {case_no}                                      {city}, {date}

                Tiesa šādā sastāvā: tiesnese {judge}, piedaloties pieteicējam {name} un tulkam, atbildētāja pārstāvim {officer}, izskatīja administratīvo lietu, kas ierosināta pēc {name} pieteikuma par Pilsonības un migrācijas lietu pārvaldes {date2} lēmuma, ar kuru atteikts piešķirt bēgļa un alternatīvo statusu, atcelšanu.
                Tiesa atzīst, ka pieteicēja liecības tiesas sēdē bija konsekventas un papildinātas ar jauniem pierādījumiem, ko Pārvalde nav izvērtējusi. Pārvalde nav pietiekami noskaidrojusi situāciju pieteicēja dzimtajā reģionā ({country}).
                Pamatojoties uz Administratīvā procesa likuma 307. pantu un Patvēruma likumu, tiesa
                nosprieda:
                pieteikumu apmierināt daļēji; atcelt pārsūdzēto lēmumu un uzlikt Pārvaldei pienākumu trīs mēnešu laikā pieņemt jaunu lēmumu, ņemot vērā sprieduma motīvus.
                Spriedums nav pārsūdzams.
                Tiesnese: {judge}
                """),

        // MARK: - appeal (ru)

        Template(
            label: "asylum", kind: "appeal", language: "ru", hard: false,
            text: """
                В Административный районный суд
                через Управление по делам гражданства и миграции
                Заявитель: {name}, {birth_date} г. р., личное дело {file_id}
                Ответчик: Латвийская Республика в лице Управления по делам гражданства и миграции

                ЗАЯВЛЕНИЕ
                об отмене решения № {case_no} от {date2}

                Указанным решением мне отказано в предоставлении статуса беженца и альтернативного статуса. С решением не согласен(на), поскольку:
                — Управление не оценило представленную мной справку о возбуждении против меня уголовного дела в стране происхождения ({country});
                — вывод о недостоверности моих показаний основан на ошибке переводчика при указании дат;
                — не учтено, что мой родственник, находившийся в том же положении, был осуждён на длительный срок.
                На основании Закона об административном процессе и Закона об убежище прошу суд отменить решение и обязать Управление предоставить мне статус беженца, а также обеспечить участие переводчика в судебном заседании.
                Приложения: копия решения, справка, перевод.
                {date}          Подпись: ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "ru", hard: false,
            text: """
                Начальнику Управления по делам гражданства и миграции
                от {name}, проживающего(ей) в центре размещения лиц, ищущих убежища, «Муциениеки»

                ЗАЯВЛЕНИЕ
                об оспаривании решения

                {date2} Отдел по делам убежища принял решение № {case_no} об ограничении мне условий приёма — выплата ежедневного пособия прекращена на два месяца в связи с тем, что я якобы дважды не явился(ась) в центр без уважительной причины.
                Считаю решение незаконным. В указанные дни я находился(ась) в больнице в городе {city}, о чём имеется справка. Администрация центра была предупреждена по телефону сотрудником больницы.
                Кроме того, решение не учитывает, что на моём иждивении находится несовершеннолетний ребёнок {child}, и лишение пособия ставит его в тяжёлое положение.
                На основании Закона об административном процессе прошу отменить решение и восстановить выплату пособия с момента его прекращения.
                Приложение: справка из больницы.
                {date}
                Подпись: ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "ru", hard: false,
            text: """
                Административный районный суд
                ВЫПИСКА ИЗ РЕШЕНИЯ
                Дело № {case_no}; дата: {date}

                Суд в составе судьи {judge} рассмотрел в закрытом заседании дело по заявлению {name} об отмене решения Управления по делам гражданства и миграции о передаче заявителя в Германию в соответствии с Регламентом (ЕС) № 604/2013.
                Заявитель утверждал, что в Германии ему (ей) грозит высылка в страну происхождения ({country}). Суд отметил, что Германия является государством-членом, соблюдающим принцип невысылки, а сам по себе отказ в защите в этом государстве не свидетельствует о систематических недостатках процедуры.
                Суд также установил, что срок передачи не истёк.
                РЕШИЛ: заявление {name} отклонить; решение Управления о передаче оставить в силе.
                Решение окончательное и обжалованию не подлежит.
                Судья: {judge}
                """),

        // MARK: - appeal (en)

        Template(
            label: "asylum", kind: "appeal", language: "en", hard: false,
            text: """
                To the District Administrative Court
                via the Office of Citizenship and Migration Affairs
                Applicant: {name}, born {birth_date}, personal file {file_id}
                Respondent: the Republic of Latvia, represented by the Office of Citizenship and Migration Affairs

                APPLICATION
                for annulment of decision No. {case_no} of {date2}

                By the contested decision the Office refused to grant me refugee status and alternative status. I ask the court to annul it because:
                1. the Office failed to assess the arrest warrant I submitted and did not request its verification;
                2. the credibility findings rely on minor inconsistencies that I explained at the interview;
                3. the country information used is more than two years old and does not reflect the current situation in {country}.
                Relying on the Administrative Procedure Law and the Asylum Law, I request that the court annul the decision, oblige the Office to grant me refugee status, and provide an interpreter at the hearing.
                Annexes: copy of the decision; arrest warrant with translation.
                Date: {date}          Signature: ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "en", hard: false,
            text: """
                Grounds of appeal submitted by legal representative
                Case {case_no}                                      {date}

                Appellant: {name}, born {birth_date}
                Representative: {officer}, sworn advocate, Riga

                1. The appellant challenges the decision of the Asylum Affairs Division notified on {date2}, which refused refugee status and granted only alternative status.
                2. The Division accepted that the appellant was detained and ill-treated but wrongly concluded that this was random violence. The record shows that the appellant was questioned about his or her ethnic origin and family's political affiliation, which links the harm to Convention grounds.
                3. New evidence: a letter from a human rights organisation confirming that persons from the appellant's community in {country} are systematically detained.
                4. The appellant asks the District Administrative Court to amend the decision and to recognise him or her as a refugee.
                5. In the alternative, the appellant asks the court to remit the case to the Office for a fresh assessment.
                Signed: ____ (representative)
                """),

        Template(
            label: "asylum", kind: "appeal", language: "en", hard: false,
            text: """
                DISTRICT ADMINISTRATIVE COURT — NOTICE OF HEARING
                Case no. {case_no}

                Applicant: {name}, born {birth_date}
                Subject: appeal against the refusal of refugee and alternative status (decision of the Office of Citizenship and Migration Affairs of {date2})

                The court informs the parties that the case will be heard by Judge {judge} on {deadline} at 10:00 in the Riga courthouse. The hearing will be held in closed session to protect the applicant's personal data and the confidentiality of the asylum procedure.
                The court has appointed an interpreter. The applicant may attend with a representative and may submit additional evidence no later than five working days before the hearing.
                The respondent is invited to submit the full case file, including the audio record of the personal interview.
                Failure of the applicant to appear without a valid reason may result in the case being examined in his or her absence.
                Issued on {date}, court secretary on behalf of Judge {judge}.
                """),

        // MARK: - other (lv)

        Template(
            label: "asylum", kind: "other", language: "lv", hard: false,
            text: """
                PATVĒRUMA MEKLĒTĀJU IZMITINĀŠANAS CENTRS „MUCENIEKI”
                Ropažu novads
                IEMĪTNIEKA REĢISTRĀCIJAS KARTĪTE Nr. {case_no}

                Vārds, uzvārds: {name}
                Dzimšanas datums: {birth_date}
                Pilsonība: {nationality}
                Personas lieta: {file_id}
                Ierašanās datums: {date}
                Nosūtītājs: Valsts robežsardze
                Istaba: 2. korpuss, 14. istaba
                Kopā izmitināti ģimenes locekļi: {spouse}, {child}
                Izsniegts: gultas veļa, higiēnas komplekts, ēdināšanas karte
                Dienas naudas izmaksas sākums: {date2}
                Iekšējās kārtības noteikumi izsniegti un izskaidroti personai saprotamā valodā: jā
                Medicīniskā apskate: veikta {date2}
                Atzīme par prombūtni: prombūtne ilgāk par 24 stundām jāsaskaņo ar centra administrāciju.
                Reģistrēja: {officer}
                Iemītnieka paraksts: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                UZTURĒŠANĀS ATĻAUJAS IZSNIEGŠANAS REĢISTRĀCIJAS LAPA
                Personas lietas Nr.: {file_id}
                Vārds, uzvārds: {name}
                Dzimšanas datums: {birth_date}
                Personas kods: {personal_code}
                Pilsonība: {nationality}
                Uzturēšanās atļaujas veids: termiņuzturēšanās atļauja
                Izsniegšanas pamats: alternatīvā statusa piešķiršana (PMLP lēmums Nr. {case_no}, {date2})
                Derīguma termiņš: viens gads — līdz {deadline}
                Tiesības strādāt: bez ierobežojumiem, darba devēja atzīme nav nepieciešama
                Deklarētā dzīvesvieta: {address}
                Uzturēšanās atļaujas karte izsniegta: {date}
                Biometriskie dati: iegūti, paraksta paraugs paņemts
                Atzīme: atļauju var pagarināt, ja saglabājas apstākļi, kuru dēļ personai piešķirta aizsardzība.
                Izsniedza: {officer}, PMLP Rīgas 1. nodaļa
                Saņēmēja paraksts: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                Pilsonības un migrācijas lietu pārvaldei
                IESNIEGUMS CEĻOŠANAS DOKUMENTA IZSNIEGŠANAI

                Dokumenta veids: bēgļa ceļošanas dokuments (saskaņā ar 1951. gada 28. jūlija Konvenciju par bēgļa statusu)
                Iesniedzējs: {name}
                Dzimšanas datums: {birth_date}
                Personas kods: {personal_code}
                Iepriekšējā pilsonība: {nationality}
                Dzīvesvieta: {address}, {city}
                Uzturēšanās atļauja: pastāvīgā, personas lieta {file_id}
                Iepriekš izsniegtais dokuments: nav
                Ceļošanas mērķis: ģimenes apmeklējums; galamērķa valsts — {country2}
                Apliecinu, ka zinu, ka ar šo dokumentu nedrīkst ceļot uz izcelsmes valsti ({country}), un ka dokuments nav derīgs ieceļošanai tajā.
                Pievienoju: fotogrāfiju, valsts nodevas samaksu apliecinošu dokumentu.
                Datums: {date}
                Paraksts: ____
                Pieņēma: {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                PERSONAS DOKUMENTS — DATU LAPAS KOPIJA
                (patvēruma meklētāja personas dokuments)
                Dokumenta Nr.: {case_no}
                Uzvārds: {surname}
                Vārds: {given}
                Dzimšanas datums: {birth_date}
                Pilsonība (pēc personas norādītā): {nationality}
                Izdevējiestāde: Valsts robežsardze
                Izdošanas datums: {date}
                Derīgs līdz: {deadline}
                Personas lietas Nr.: {file_id}
                Uzturēšanās vieta: Ropažu novads, Mucenieki
                Piezīmes: dokuments nav ceļošanas dokuments un neapliecina personas identitāti; dokuments apliecina tiesības uzturēties Latvijas Republikā līdz galīgā lēmuma pieņemšanai. Tiesības strādāt: no {date2}.
                Kopija atbilst oriģinālam. Kopiju izgatavoja: {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                PMLP Rīgas 2. nodaļai
                IESNIEGUMS TERMIŅUZTURĒŠANĀS ATĻAUJAS PAGARINĀŠANAI

                Es, {name}, dzim. {birth_date}, personas kods {personal_code}, lūdzu pagarināt man izsniegto termiņuzturēšanās atļauju, kuras derīguma termiņš beidzas {deadline}.
                Atļauja izsniegta, pamatojoties uz PMLP {year}. gada lēmumu Nr. {case_no} par alternatīvā statusa piešķiršanu. Apstākļi manā pilsonības valstī ({country}) nav mainījušies, un atgriezties es joprojām nevaru.
                Deklarētā dzīvesvieta: {address}, {city}.
                Strādāju uzņēmumā {employer} par {position}, apmeklēju latviešu valodas kursus.
                Lūdzu pagarināt atļauju uz diviem gadiem.
                Pielikumā: fotogrāfija, darba līguma kopija, valodas kursu apliecinājums.
                {date}
                Paraksts: ____
                Iesniegumu pieņēma: {officer}
                """),

        // MARK: - other (ru)

        Template(
            label: "asylum", kind: "other", language: "ru", hard: false,
            text: """
                ЦЕНТР РАЗМЕЩЕНИЯ ЛИЦ, ИЩУЩИХ УБЕЖИЩА, «МУЦИЕНИЕКИ»
                Регистрационная карточка проживающего № {case_no}

                Фамилия, имя: {name}
                Дата рождения: {birth_date}
                Гражданство: {nationality}
                Личное дело: {file_id}
                Дата прибытия: {date}
                Направлен(а): Государственной пограничной охраной
                Размещение: корпус 1, комната 8
                Вместе проживают: {spouse}, {child}
                Выдано: постельное бельё, гигиенический набор, карта питания
                Ежедневное пособие: с {date2}
                Правила внутреннего распорядка разъяснены на понятном языке: да
                Медицинский осмотр: проведён
                Отметка: отсутствие в центре более 24 часов согласовывается с администрацией.
                Зарегистрировал(а): {officer}
                Подпись проживающего: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: true,
            text: """
                КОПИЯ ЛИЧНОГО ДОКУМЕНТА (страница с данными)
                Номер документа: {case_no}
                Фамилия: {surname}
                Имя: {given}
                Дата рождения: {birth_date}
                Гражданство (со слов владельца): {nationality}
                Выдан: Государственная пограничная охрана Латвийской Республики
                Дата выдачи: {date}
                Действителен до: {deadline}
                Личное дело УДГМ: {file_id}
                Место пребывания: Ропажский край, Муциениеки
                Особые отметки: документ не является проездным документом и не удостоверяет личность; подтверждает право находиться в Латвии до принятия окончательного решения по заявлению. Право на работу — с {date2}.
                Копия сверена с оригиналом: {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: true,
            text: """
                Управление по делам гражданства и миграции, Рижское отделение
                РЕГИСТРАЦИЯ ВИДА НА ПОСТОЯННОЕ ЖИТЕЛЬСТВО
                Личное дело: {file_id}
                Фамилия, имя: {name}
                Дата рождения: {birth_date}
                Персональный код: {personal_code}
                Прежнее гражданство: {nationality}
                Вид разрешения: вид на постоянное жительство
                Основание: решение № {case_no} от {date2} о предоставлении статуса беженца
                Задекларированное место жительства: {address}, {city}
                Дата регистрации: {date}
                Карта вида на жительство: изготовлена, выдана лично
                Проездной документ: будет оформлен по отдельному заявлению (проездной документ беженца)
                Право на трудоустройство: без ограничений
                Отметку внёс(ла): {officer}
                Подпись владельца: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: true,
            text: """
                В Управление по делам гражданства и миграции
                ЗАЯВЛЕНИЕ о продлении временного вида на жительство

                Я, {name}, {birth_date} г. р., персональный код {personal_code}, прошу продлить мой временный вид на жительство, срок действия которого истекает {deadline}.
                Вид на жительство был выдан в {year} году на основании решения № {case_no} о предоставлении мне альтернативного статуса. Обстоятельства, из-за которых я не могу вернуться в страну гражданства ({country}), сохраняются.
                Место жительства задекларировано по адресу: {address}, {city}.
                С {date2} работаю в {employer} в должности {position}.
                Прошу продлить разрешение на два года.
                Приложения: фотография, копия трудового договора, справка о прохождении курсов латышского языка.
                {date}
                Подпись: ____
                Заявление принял(а): {officer}
                """),

        // MARK: - other (en)

        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                Office of Citizenship and Migration Affairs
                APPLICATION FOR A TRAVEL DOCUMENT

                Type of document requested: Convention travel document (1951 Convention relating to the Status of Refugees)
                Applicant: {name}
                Date of birth: {birth_date}
                Personal code: {personal_code}
                Former citizenship: {nationality}
                Address: {address}, {city}
                Residence permit: permanent, personal file {file_id}
                Previous travel document issued in Latvia: none
                Purpose of travel: family visit and tourism, destination {country2}
                I acknowledge that this document is not valid for travel to {country} and that it must be returned if my status ceases.
                Attached: photograph; receipt for the state fee.
                Date: {date}
                Signature: ____
                Received by: {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                RESIDENCE PERMIT CARD — ISSUANCE RECORD
                Personal file: {file_id}
                Holder: {name}
                Date of birth: {birth_date}
                Personal code: {personal_code}
                Citizenship: {nationality}
                Type of permit: temporary residence permit
                Legal basis: alternative status granted by decision No. {case_no} of {date2}
                Validity: one year, until {deadline}
                Employment: free access to the labour market, no work permit entry required
                Declared place of residence: {address}
                Card issued on: {date}
                Biometrics: fingerprints and signature specimen recorded
                Remark: the permit may be extended for two years if the circumstances for which protection was granted persist.
                Issued by: {officer}, OCMA Riga Unit No. 1
                Holder's signature: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                Registration of a permanent residence permit
                Office of Citizenship and Migration Affairs, Riga Unit No. 2
                Personal file: {file_id}                 Registration date: {date}

                Name: {name}
                Date of birth: {birth_date}
                Personal code: {personal_code}
                Former citizenship: {nationality}
                Permit type: permanent residence permit
                Ground: refugee status granted by decision No. {case_no} of {date2}
                Declared address: {address}, {city}
                Permit card: produced and handed over in person
                Travel document: to be issued upon separate application (refugee travel document)
                Labour market access: unrestricted
                Spouse included in family reunification file: {spouse}
                Entered by: {officer}
                Holder's signature: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: false,
            text: """
                MUCENIEKI ACCOMMODATION CENTRE FOR ASYLUM SEEKERS
                Resident registration card no. {case_no}

                Name: {name}
                Date of birth: {birth_date}
                Citizenship: {nationality}
                Personal file: {file_id}
                Date of arrival: {date}
                Referred by: State Border Guard
                Room: building 3, room 21
                Family members accommodated: {spouse}; {child}
                Items issued: bedding, hygiene kit, meal card
                Daily allowance from: {date2}
                House rules explained in a language the resident understands: yes
                Medical check: completed
                Note: absence from the centre for more than 24 hours must be agreed with the administration; the resident must report changes in the asylum procedure to the centre.
                Registered by: {officer}
                Resident's signature: ____
                """),
    ]
}
