// Further fictional templates for both labels, written independently of Templates+Asylum.swift and
// Templates+PersonalFile.swift (different wording, structure and headings). All people, numbers and addresses come
// from slots.

extension Templates {
    static let moreAsylum: [Template] = [

        // MARK: - asylum (lv)

        Template(
            label: "asylum", kind: "asylum-application", language: "lv", hard: false,
            text: """
                No: VRS Daugavpils pārvaldes dežūrdaļa
                Kam: PMLP Patvēruma lietu nodaļa
                Kopija: VRS Imigrācijas kontroles dienests
                Datums: {date}
                Temats: Saņemts patvēruma iesniegums — ģimene, Pāternieku RŠV

                Labdien!
                Informējam, ka šodien plkst. 06:40 Pāternieku robežšķērsošanas vietā vērsās trīs personas, kuras rakstiski lūdza starptautisko aizsardzību. Galvenais iesniedzējs — {name}, dzim. {birth_date}, {nationality} pilsonis(-e); kopā ar viņu laulātais(-ā) {spouse} un bērns {child}.
                Ceļošanas dokuments uzrādīts tikai iesniedzējam ({passport}), pārējiem dokumentu nav. Pirkstu nospiedumi noņemti, EURODAC pārbaudē atbilstību nav. Iesniedzējs norāda, ka ceļojis caur {country2}.
                Ģimenei nepieciešams arabu valodas tulks, bērnam — ārsta apskate (paaugstināta temperatūra).
                Lietai piešķirts Nr. {case_no}. Materiālus nosūtīsim kurjerpastā līdz darba dienas beigām, personas šovakar tiks nogādātas izmitināšanas centrā.
                Ar cieņu
                {officer}, dežūrdaļas vecākais inspektors
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "lv", hard: false,
            text: """
                (rakstīts ar roku, tulkojums pievienots lietai)

                Cienījamā Pārvalde!
                Es esmu {name}, dzimis {birth_date}. Pirms diviem gadiem jūs man atteicāt patvērumu, un tiesa atstāja lēmumu spēkā. Tagad es rakstu vēlreiz, jo ir jauni apstākļi.
                Pagājušajā mēnesī manu brāli {country} arestēja, un policija pie manas mātes meklēja arī mani. Man ir tiesas pavēste uz mana vārda, to atsūtīja radinieki (kopija klāt). Agrāk man šī papīra nebija, tāpēc nevarēju to parādīt intervijā.
                Es vēl dzīvoju Latvijā, adrese: {address}. Lūdzu izskatīt manu atkārtoto iesniegumu un uzklausīt mani vēlreiz. Ja vajag, varu atnākt ar tulku.
                Iepriekšējās lietas numurs, cik atceros: {case_no}.

                {date}
                {given} {surname} ____

                Pieņemts PMLP Patvēruma lietu nodaļā {date}, reģ. Nr. {file_id}. Pieņēma: {officer}
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "lv", hard: false,
            text: """
                Personīgās intervijas atšifrējuma fragments
                Lieta {case_no} · {date} · PMLP, Rīga · tulks: persiešu (dari) valoda
                Intervētājs: {officer}

                J: Kad un kāpēc jūs pametāt {country}?
                A: {date2}. Talibu pārstāvji divreiz nāca uz mūsu mājām, jo es strādāju ar ārvalstu organizāciju.
                J: Kas tieši notika otrajā reizē?
                A: Mani nebija mājās. Viņi iesita tēvam un atstāja vēstuli, ka man jāierodas pie viņiem.
                J: Vai šī vēstule jums ir?
                A: Fotogrāfija telefonā. Oriģināls palika pie tēva.
                J: Kā jūs ceļojāt uz Latviju?
                A: Caur {country2} un Baltkrieviju, pēdējo posmu kājām caur mežu.
                J: Vai kādā citā valstī jums noņēma pirkstu nospiedumus?
                A: Nē, tikai šeit.
                J: Kas jums draud, ja atgriezīsieties?
                A: Viņi mani nogalinās, jo uzskata par nodevēju.
                Intervētāja piezīme: iesniedzējs stāsta konsekventi, precizē datumus bez vilcināšanās. Protokols nolasīts tulka klātbūtnē, labojumu nav.
                Iesniedzēja paraksts ____      Tulka paraksts ____
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "lv", hard: false,
            text: """
                IZRAKSTS NO LĒMUMA PAR ALTERNATĪVĀ STATUSA PIEŠĶIRŠANU
                Lēmuma Nr. — {case_no}
                Pieņemšanas datums — {date}
                Persona — {name}
                Dzimšanas datums — {birth_date}
                Pilsonība — {nationality}
                Personas lieta — {file_id}
                Bēgļa statuss — atteikts (nav konstatēta individuāla vajāšana Konvencijas iemeslu dēļ)
                Alternatīvais statuss — piešķirts
                Pamatojums — izcelsmes valstī ({country}) notiekošs bruņots konflikts, reāli draud nopietns kaitējums civiliedzīvotājam
                Uzturēšanās atļauja — termiņuzturēšanās atļauja uz vienu gadu, izsniedzama PMLP teritoriālajā nodaļā
                Ģimenes locekļi, uz kuriem attiecas lēmums — {child}
                Pārsūdzēšana — daļā par bēgļa statusa atteikumu Administratīvajā rajona tiesā
                Lēmumu pieņēma — {officer}, Patvēruma lietu nodaļa
                Izraksts pareizs: ____
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "lv", hard: false,
            text: """
                DIENESTA ZIŅOJUMS
                Patvēruma lietu nodaļas vadītājai
                Par lēmuma projektu lietā {case_no}

                Iesniedzējs {name} ({nationality} pilsonis, dzim. {birth_date}) lūdz bēgļa statusu, apgalvojot, ka izcelsmes valstī viņu vajā par piederību opozīcijas partijai.
                Izvērtējot abas intervijas, konstatētas būtiskas pretrunas: pirmajā intervijā iesniedzējs norādīja, ka aizturēts {year}. gadā, otrajā — ka aizturēšana notikusi pēc trim gadiem. Partijas biedra karte izsniegta dienā, kad iesniedzējs pēc paša teiktā jau atradies ārpus {country}. Informācija par izcelsmes valsti neapstiprina, ka ierindas biedri tiek sistemātiski vajāti.
                Nopietna kaitējuma risks alternatīvā statusa izpratnē arī nav konstatēts.
                Ierosinu: atteikt bēgļa un alternatīvā statusa piešķiršanu, lēmuma projektu pievienoju.
                Lūdzu akceptēt līdz {deadline}, lai ievērotu Patvēruma likumā noteikto termiņu.
                {date}
                Vecākais referents {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "lv", hard: true,
            text: """
                Pilsonības un migrācijas lietu pārvalde
                Dublinas vienība, Čiekurkalna 1. līnija 1, Rīga
                Austrijas Federālais imigrācijas birojs (BFA)
                Nosūtīts ar DubliNet {date}

                Jūsu atsauce: AT-{case_no}        Mūsu atsauce: {file_id}
                Par: {name}, dzim. {birth_date}, {nationality} pilsonis(-e)

                Atbildot uz Jūsu {date2} pieprasījumu saskaņā ar Regulas (ES) Nr. 604/2013 18. panta 1. punkta b) apakšpunktu, paziņojam, ka Latvijas Republika piekrīt personu pieņemt atpakaļ.
                Pārbaudot mūsu reģistrus, konstatēts, ka persona Latvijā reģistrēta {year}. gadā un tās lieta Latvijā vēl nav pabeigta. Pirkstu nospiedumu salīdzināšanas rezultāts sakrīt.
                Lūdzam vismaz trīs darba dienas iepriekš paziņot ierašanās laiku un reisu. Persona pieņemama Rīgas lidostas robežkontroles punktā darba dienās no plkst. 9.00 līdz 15.00; nodošanas aktu sagatavos Valsts robežsardze.
                Kontaktpersona: {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "lv", hard: false,
            text: """
                VALSTS ROBEŽSARDZE
                Imigrācijas kontroles dienests
                ZIŅOJUMS par personas nodošanu atbildīgajai dalībvalstij

                Rīgā, {date}                                  Lieta {case_no}

                Izpildot PMLP lēmumu par nodošanu saskaņā ar Dublinas III regulu, {date} patvēruma meklētājs {name}, dzim. {birth_date}, ar reisu Rīga–Frankfurte pavadībā nogādāts Vācijas Federatīvajā Republikā.
                Pavadošās amatpersonas: {officer} un vēl viena inspektore. Persona pirms izbraukšanas tika iepazīstināta ar nodošanas kārtību, pretošanās nebija, speciālie līdzekļi netika lietoti.
                Frankfurtes lidostā personu pieņēma federālās policijas pārstāvis, kurš parakstīja standarta laissez-passer un nodošanas apliecinājumu. Personas mantas (viena soma) un medikamenti nodoti kopā ar personu.
                Ar šo Dublinas procedūra Latvijā pabeigta. Informācija nosūtīta PMLP Dublinas vienībai lietas slēgšanai.
                Ziņojumu sagatavoja: {officer}
                """),

        Template(
            label: "asylum", kind: "appeal", language: "lv", hard: false,
            text: """
                Administratīvā rajona tiesa
                TIESAS SĒDES PROTOKOLS
                Lieta Nr. {case_no}                              {date}, Rīgā

                Tiesnese {judge}, sekretāre — tiesas sēžu sekretāre.
                Izskata {name} pieteikumu par Pilsonības un migrācijas lietu pārvaldes lēmuma atcelšanu, ar kuru atteikts bēgļa un alternatīvais statuss.
                Piedalās: pieteicējs, viņa pārstāvis — advokāts {officer}, tulks; iestādes pārstāve — PMLP juriskonsulte.
                Pieteicēja pārstāvis uztur pieteikumu, norāda, ka iestāde nav novērtējusi jaunākos ziņojumus par stāvokli {country} un pieteicēja politisko darbību Latvijā.
                Iestādes pārstāve pieteikumu neatzīst, jo pieteicēja stāstā ir pretrunas par ceļojuma maršrutu.
                Tiesa uzdod jautājumus pieteicējam; pieteicējs paskaidro, ka kopš {year}. gada piedalījies protesta akcijās Rīgā un tas atspoguļots sociālajos tīklos.
                Tiesa nolemj: pievienot lietai pieteicēja iesniegtās fotogrāfijas; nolēmums tiks pasludināts {deadline}, pieejams tiesas kancelejā.
                Sēde slēgta plkst. 11.20.
                Tiesnese ____        Sekretāre ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "lv", hard: false,
            text: """
                Zvērinātu advokātu birojs
                Administratīvajai rajona tiesai
                Lietā Nr. {case_no}
                Pieteicējs: {name}, dzim. {birth_date}
                Atbildētājs: Latvijas Republika, ko pārstāv Pilsonības un migrācijas lietu pārvalde

                PAPILDU PASKAIDROJUMI

                1. Pārvalde pārsūdzētajā lēmumā atsaucas uz iekšējas pārvietošanās iespēju {country} galvaspilsētā. Taču pieteicējs pieder etniskajai minoritātei, kurai galvaspilsētā nav ģimenes atbalsta un kura tiek pakļauta patvaļīgām pārbaudēm.
                2. Pievienojam ANO Bēgļu augstā komisāra biroja un Eiropas Savienības Patvēruma aģentūras {year}. gada ziņojumu izrakstus, kas apstiprina minēto.
                3. Pieteicēja veselības stāvoklis (ārsta izziņa no {date2}) liecina par psiholoģisku traumu, kas izskaidro neprecizitātes intervijā.
                Lūdzam tiesu atcelt lēmumu un uzlikt Pārvaldei pienākumu piešķirt pieteicējam bēgļa statusu, pakārtoti — alternatīvo statusu.
                {city}, {date}
                Zvērināts advokāts {officer} ____
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                VALSTS ROBEŽSARDZE
                Daugavpils pārvalde
                PROTOKOLS par ārzemnieka aizturēšanu

                {date}, plkst. 14:15, Daugavpilī
                Amatpersona {officer} aizturēja personu: {name}, dzim. {birth_date}, pilsonība — {nationality}.
                Personu apliecinošs dokuments: nav; persona uzrādīja nevalstiskas organizācijas izsniegtu izziņu.
                Aizturēšanas pamats: personas identitāte nav noskaidrota; pastāv pamatots risks, ka persona izvairīsies no procedūras, jo iepriekš divreiz pametusi norādīto dzīvesvietu; personas lieta PMLP ({case_no}) vēl tiek izskatīta.
                Aizturēšanas termiņš: līdz {deadline}, ievietojot Daugavpils aizturēto ārzemnieku izmitināšanas centrā.
                Personai izskaidrotas tiesības: sazināties ar advokātu un konsulāro iestādi, pārsūdzēt aizturēšanu rajona (pilsētas) tiesā, saņemt tulka palīdzību. Tulks: krievu valodā.
                Personīgās mantas: mobilais tālrunis, 40 EUR, mugursoma — nodotas glabāšanā.
                Aizturētā paraksts ____     Amatpersonas paraksts ____
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                ATZINUMS PAR PERSONAS VECUMA NOTEIKŠANU
                Nosūtītājs: Pilsonības un migrācijas lietu pārvalde, lieta {case_no}
                Izmeklētā persona: {name}, norādītais dzimšanas datums {birth_date}
                Izcelsmes valsts: {country}
                Izmeklēšanas datums: {date}
                Klātesošie: {city} bāriņtiesas pārstāve, tulks

                Persona ieradās bez vecākiem vai citiem pieaugušajiem un dokumentu, kas apliecina vecumu, nav.
                Veiktie izmeklējumi: kreisās plaukstas rentgenogramma (Greulich–Pyle metode), zobu panoramiskā rentgenogramma, antropometriskie mērījumi, vispārēja ārsta apskate.
                Rezultāti: plaukstas kaulu augšanas zonas nav pilnībā noslēgušās; trešie dzerokļi daļēji izšķīlušies.
                Secinājums: personas vecums visticamāk ir 16–18 gadi. Šaubas tulkojamas par labu personai, tādēļ turpmāk uzskatāma par nepilngadīgu līdz {deadline}.
                Ieteikums: nodrošināt izmitināšanu nepilngadīgajiem piemērotā vietā un iecelt pārstāvi.
                Eksperts {officer}, radiologs ____
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                IZMITINĀŠANAS CENTRA MEDPUNKTS
                Sākotnējās veselības pārbaudes karte Nr. {case_no}

                Vārds, uzvārds: {name}
                Dzimšanas datums: {birth_date}
                Ierašanās datums centrā: {date}
                Pārbaudes datums: {date2}
                Tulks vajadzīgs: jā

                Sūdzības: galvassāpes, bezmiegs, sāpes kājās pēc ilga gājiena
                Temperatūra: 36,8 °C     Asinsspiediens: 128/82
                Ādas apskate: kašķa pazīmju nav, nobrāzumi uz potītēm
                Tuberkulozes skrīnings: plaušu rentgens nosūtīts, rezultāts — bez patoloģijas
                Vakcinācijas statuss: nezināms, piedāvāta MPR un difterijas/stingumkrampju vakcīna
                Grūtniecība: nav attiecināms
                Psihiskā veselība: norāda uz murgiem, ieteikta psihologa konsultācija
                Īpašas uzņemšanas vajadzības: nav konstatētas / jāpārvērtē pēc psihologa atzinuma
                Persona piekrīt informācijas nodošanai centra sociālajam darbiniekam: jā
                Ārsta palīgs {officer} ____
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: false,
            text: """
                Juridiskās palīdzības administrācijai

                IESNIEGUMS valsts nodrošinātās juridiskās palīdzības saņemšanai patvēruma lietā

                Iesniedzējs: {name}, dzim. {birth_date}
                Patvēruma meklētāja personas dokuments Nr.: {passport}
                Adrese: patvēruma meklētāju izmitināšanas centrs „Mucenieki”, Ropažu novads

                Man {date2} paziņots PMLP lēmums Nr. {case_no} par atteikumu piešķirt bēgļa vai alternatīvo statusu. Vēlos pārsūdzēt šo lēmumu Administratīvajā rajona tiesā, bet man nav līdzekļu advokātam, un es nesaprotu latviešu valodu.
                Ienākumu man nav, saņemu tikai pabalstu izmitināšanas centrā. Lūdzu nodrošināt juridisko palīdzību pieteikuma sagatavošanai un pārstāvību tiesā.
                Lēmuma kopija un izziņa no centra pievienota.
                {date}
                Paraksts ____
                Iesniegumu palīdzēja aizpildīt centra sociālā darbiniece {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "lv", hard: false,
            text: """
                PMLP Patvēruma lietu nodaļa
                PAZIŅOJUMS par bēgļa statusa zaudēšanu

                Adresāts: {name}, personas kods {personal_code}, deklarētā dzīvesvieta {address}

                Pārvalde informē, ka {date} pieņemts lēmums Nr. {case_no}, ar kuru atzīts, ka Jums {year}. gadā piešķirtais bēgļa statuss ir izbeidzies.
                Pārvalde konstatēja, ka Jūs brīvprātīgi esat saņēmis izcelsmes valsts ({country}) pasi {passport} un ar to vismaz četras reizes ceļojis uz izcelsmes valsti, tādējādi atkārtoti pakļaujoties tās aizsardzībai. Paskaidrojumus, ko sniedzāt {date2}, Pārvalde izvērtēja, taču tie neatspēko minētos faktus.
                Līdz ar statusa izbeigšanos anulējama arī uz bēgļa statusa pamata izsniegtā uzturēšanās atļauja un bēgļa ceļošanas dokuments, kas jānodod Pārvaldei līdz {deadline}.
                Lēmumu var pārsūdzēt Administratīvajā rajona tiesā likumā noteiktajā termiņā.
                Inspektore {officer}
                """),
        Template(
            label: "asylum", kind: "other", language: "lv", hard: true,
            text: """
                CEĻOŠANAS DOKUMENTA IZSNIEGŠANAS UZSKAITES KARTE
                Dokumenta veids — ceļošanas dokuments (1951. gada 28. jūlija Konvencijas paraugs)
                Dokumenta Nr. — {passport}
                Personas lieta — {file_id}
                Turētājs — {name}
                Dzimšanas datums — {birth_date}
                Personas kods — {personal_code}
                Uzturēšanās atļauja — derīga līdz {deadline}
                Iesniegums saņemts — {date2}
                Dokuments izsniegts — {date}
                Derīguma termiņš — saskaņā ar uzturēšanās atļaujas termiņu, ne ilgāk par pieciem gadiem
                Ierobežojumi — nav derīgs ceļošanai uz {country}
                Iepriekšējais dokuments — nav
                Valsts nodeva — samaksāta
                Izsniedza — {officer}, PMLP {city} nodaļa
                Saņēmēja paraksts ____
                """),

        // MARK: - asylum (ru)

        Template(
            label: "asylum", kind: "asylum-application", language: "ru", hard: false,
            text: """
                (записка, написанная заявителем от руки на пограничном пункте; переписано переводчиком)

                Начальнику смены погранохраны.
                Я, {name}, {birth_date} года рождения, гражданин(ка) {country}. Прошу не отправлять меня назад. Прошу убежища в Латвии.
                Дома меня два раза забирали в отдел, били, требовали подписать бумагу, что я работаю на иностранную разведку. Мой паспорт забрали ещё там, есть только фото в телефоне: {passport}.
                Со мной никого нет. Жена {spouse} осталась дома, связи с ней нет с {date2}.
                Через {country2} ехал на автобусе, дальше шёл пешком. В других странах отпечатки пальцев у меня не брали.
                Я болею — давление, нужны таблетки.
                {date}, подпись неразборчиво.

                Отметка должностного лица: записка принята как заявление о предоставлении статуса беженца или альтернативного статуса, дело № {case_no}. Принял {officer}.
                """),

        Template(
            label: "asylum", kind: "asylum-application", language: "ru", hard: false,
            text: """
                УЧЁТНАЯ КАРТОЧКА ХОДАТАЙСТВА О МЕЖДУНАРОДНОЙ ЗАЩИТЕ
                Регистрационный номер — {case_no}
                Личное дело — {file_id}
                Место подачи — пункт пограничного контроля аэропорта «Рига»
                Дата и время — {date}, 22:50
                Ф. И. О. — {name}
                Дата рождения — {birth_date}
                Гражданство — {nationality}
                Язык общения — русский, таджикский
                Документ — {passport}, виза отсутствует
                Прибыл рейсом из — {country2}
                Основание обращения — угроза уголовного преследования за религиозную деятельность
                Сопровождающие лица — ребёнок {child}
                Уязвимость — одинокий родитель с малолетним ребёнком
                Дактилоскопия — выполнена, запрос в EURODAC отправлен
                Направлен — центр размещения лиц, ищущих убежища «Муциениеки»
                Сотрудник — {officer}
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "ru", hard: false,
            text: """
                Собеседование в рамках Дублинской процедуры (ст. 5 Регламента № 604/2013)
                Дело {case_no}; дата {date}; переводчик — с русского языка
                Собеседование проводит: {officer}

                В.: Назовите страны, через которые вы ехали до Латвии.
                О.: Из {country} в {country2} самолётом, потом в Польшу на машине, потом автобусом сюда.
                В.: Сколько времени вы провели в Польше?
                О.: Около двух недель, жил у знакомого.
                В.: Брали ли у вас в Польше отпечатки пальцев или подавали ли вы там заявление?
                О.: Отпечатки брали на границе. Заявление я не подавал, меня никто не спрашивал.
                В.: Есть ли у вас родственники в государствах Евросоюза?
                О.: Брат живёт в Германии, у него вид на жительство.
                В.: Есть ли причины, по которым вы не можете вернуться в Польшу?
                О.: Там со мной плохо обращались в центре на границе.
                Заявителю разъяснено, что по результатам может быть направлен запрос в ответственное государство. Текст прочитан заявителю переводчиком, замечаний нет.
                Подпись заявителя ____       Подпись переводчика ____
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "ru", hard: false,
            text: """
                Служебная записка
                Отдел по делам убежища — руководителю группы
                Касательно: лицо, ищущее убежища, {name}, дело {case_no}

                Во время собеседования {date} заявительница сообщила сведения, указывающие на возможную торговлю людьми: в {country2} её паспорт был изъят «работодателем», она была вынуждена работать без оплаты и отдавать «долг» за дорогу.
                Собеседование прервано по её просьбе, она заметно волновалась и плакала. Предлагаю:
                1) продолжить собеседование с сотрудником-женщиной и переводчицей;
                2) сообщить о признаках торговли людьми в Государственную полицию с согласия заявительницы;
                3) предложить консультацию психолога в центре размещения;
                4) отметить особые процессуальные потребности в деле.
                Повторное собеседование прошу назначить не ранее {deadline}.
                {date}
                Инспектор {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "ru", hard: false,
            text: """
                ВЫПИСКА
                из решения Управления по делам гражданства и миграции № {case_no} от {date}

                Лицо, ищущее убежища: {name}, {birth_date} г. р., гражданство: {nationality}.
                Рассмотрев заявление от {date2}, материалы двух собеседований и информацию о стране происхождения ({country}), Управление установило, что заявитель обоснованно опасается преследования по причине своих политических убеждений: он являлся членом избирательной комиссии и отказался подписать фальсифицированный протокол, после чего против него возбуждено уголовное дело.
                Обстоятельств, исключающих предоставление статуса, не установлено.
                РЕШЕНО: предоставить {name} статус беженца в Латвийской Республике в соответствии с Законом об убежище. Статус распространяется также на несовершеннолетнего ребёнка {child}.
                Вид на жительство оформляется в территориальном отделении Управления.
                Выписка верна. Сотрудник {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "ru", hard: false,
            text: """
                Кому: {name}
                Адрес: центр размещения «Муциениеки», Ропажский край
                Исх. № {case_no} от {date}

                УВЕДОМЛЕНИЕ О ПРИНЯТОМ РЕШЕНИИ

                Сообщаем, что ваше заявление о предоставлении статуса беженца или альтернативного статуса рассмотрено в ускоренной процедуре. Управление пришло к выводу, что {country} в отношении вас является безопасной страной происхождения, а приведённые вами причины (экономические трудности, отсутствие работы) не связаны с преследованием или серьёзным вредом.
                В предоставлении статуса беженца и альтернативного статуса отказано.
                Вы вправе обжаловать решение в Административном районном суде, подав заявление через Управление в срок, указанный в решении. Обжалование приостанавливает исполнение решения о выдворении.
                Вы можете обратиться за бесплатной юридической помощью в Администрацию юридической помощи.
                Копия решения на латышском языке с переводом на русский язык прилагается.
                Инспектор {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "ru", hard: false,
            text: """
                ИНФОРМАЦИЯ ДЛЯ ЗАЯВИТЕЛЯ
                о направлении запроса в другое государство

                {name}, дело {case_no}

                Проверка отпечатков пальцев показала, что {date2} вы пересекли внешнюю границу Европейского союза в Польше. Согласно статье 13 Регламента (ЕС) № 604/2013 (Дублин III) за рассмотрение вашего заявления об убежище может отвечать Польша.
                {date} Латвия направила польским властям запрос о принятии на себя ответственности. Польша должна ответить в течение двух месяцев. Если ответ будет положительным, Управление примет решение о вашей передаче, которое вы сможете обжаловать в суде.
                До завершения процедуры вы остаётесь в Латвии и обязаны сообщать о смене места проживания. Если вы скроетесь, срок передачи может быть продлён до 18 месяцев.
                С информацией ознакомлен(а), перевод понятен: ____
                Сотрудник Дублинского отдела {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "ru", hard: true,
            text: """
                От: {officer} (Управление, международное сотрудничество)
                Кому: начальнику отдела
                Дата: {date}
                Тема: входящий запрос из Нидерландов, их номер NL-{case_no}

                Коллеги из Нидерландов просят принять обратно {name}, {birth_date} г. р. Проверил по нашим системам: лицо обратилось к нам {date2}, дело {file_id} открыто и не закрыто — лицо покинуло адрес, не дождавшись решения. Сведений о выезде из Шенгенского пространства нет, последняя отметка о регистрации у нас — {year} год.
                Оснований для отказа не вижу: сроки ответа соблюдаем (у нас есть время до {deadline}), совпадение по отпечаткам подтверждено.
                Предлагаю ответить согласием, указав аэропорт «Рига» как пункт передачи и попросив уведомить нас о рейсе за три рабочих дня. Проект ответа во вложении, прошу согласовать.
                """),

        Template(
            label: "asylum", kind: "appeal", language: "ru", hard: false,
            text: """
                Перевод с латышского языка
                АДМИНИСТРАТИВНЫЙ РАЙОННЫЙ СУД
                РЕШЕНИЕ ИМЕНЕМ ЛАТВИЙСКОЙ РЕСПУБЛИКИ
                Дело № {case_no}                                   {city}, {date}

                Суд в составе судьи {judge} рассмотрел в письменном процессе заявление {name} об отмене решения Управления по делам гражданства и миграции об отказе в предоставлении статуса беженца и альтернативного статуса.
                Суд установил, что Управление не оценило представленное заявителем медицинское заключение о следах пыток и не запросило экспертизу, хотя заявитель ссылался на это на обоих собеседованиях. Таким образом, обстоятельства дела не выяснены полностью.
                Суд постановил: заявление удовлетворить частично; отменить обжалуемое решение и обязать Управление в течение двух месяцев повторно рассмотреть заявление об убежище {name}, оценив медицинские доказательства.
                Решение суда обжалованию не подлежит.
                Судья ____
                Перевод выполнил присяжный переводчик, подпись ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "ru", hard: false,
            text: """
                Общество поддержки беженцев (некоммерческая организация)
                В Административный районный суд
                через Управление по делам гражданства и миграции

                ХОДАТАЙСТВО
                о восстановлении пропущенного срока обжалования

                Заявитель: {name}, {birth_date} г. р., дело Управления № {case_no}
                Решение об отказе в предоставлении убежища было вручено заявителю {date2} в центре размещения без письменного перевода; устно ему сообщили лишь, что «ответ отрицательный». Заявитель не понял, что может обжаловать решение, и узнал об этом только при обращении к нашей организации {date}.
                Кроме того, в период обжалования заявитель находился на стационарном лечении (справка прилагается).
                Считаем причины пропуска срока уважительными и просим восстановить срок, а также принять к рассмотрению прилагаемое заявление об отмене решения.
                Представитель по доверенности: {officer}
                Приложения: копия решения, справка из больницы, доверенность.
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: false,
            text: """
                В Управление по делам гражданства и миграции, Отдел по делам убежища
                от {name}, личное дело {file_id}

                ЗАЯВЛЕНИЕ
                об отзыве заявления о предоставлении статуса беженца

                Я, {name}, {birth_date} г. р., {date2} подал(а) заявление о предоставлении статуса беженца или альтернативного статуса (дело № {case_no}).
                Настоящим добровольно отзываю своё заявление. Причина: я получил(а) приглашение на работу в {country2} и намерен(а) уехать туда легально, а также хочу воссоединиться с семьёй.
                Мне разъяснено, что после отзыва рассмотрение дела прекращается, удостоверение лица, ищущего убежища, подлежит сдаче, а право на размещение в центре «Муциениеки» и пособие прекращается. Мне также разъяснено, что при повторном обращении оно может быть рассмотрено как последующее заявление.
                Давления на меня никто не оказывал, текст переведён мне на понятный язык.
                {date}
                Подпись ____          Принял(а): {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: true,
            text: """
                Управление по делам гражданства и миграции
                Отделение документов, г. {city}

                УВЕДОМЛЕНИЕ О ГОТОВНОСТИ ДОКУМЕНТА

                Уважаемый(ая) {name}!
                Сообщаем, что проездной документ (образец согласно Конвенции от 28 июля 1951 года), заказанный вами {date2}, изготовлен и может быть получен лично по адресу отделения.
                Номер документа: {passport}
                Срок действия: до {deadline}
                Действителен для поездок во все страны, кроме {country}.
                При получении необходимо предъявить вид на жительство (персональный код {personal_code}) и вернуть ранее выданный проездной документ, если он у вас имеется.
                Документ не хранится в отделении дольше трёх месяцев; невостребованный документ подлежит уничтожению.
                Часы приёма: понедельник — четверг 8:30–16:30, пятница 8:30–15:00.
                Дело: {file_id}
                {date}, инспектор {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: true,
            text: """
                РЕШЕНИЕ № {case_no}
                об отмене альтернативного статуса и аннулировании вида на жительство
                Рига, {date}

                Лицо: {name}, {birth_date} г. р., персональный код {personal_code}, личное дело {file_id}.
                Установлено:
                1) в {year} году лицу был предоставлен альтернативный статус в связи с ситуацией в {country};
                2) по имеющейся информации, обстановка в регионе проживания лица существенно и устойчиво изменилась;
                3) лицо дважды выезжало в {country} на длительный срок и вернулось без препятствий, что подтверждено пограничными отметками;
                4) лицо было приглашено дать пояснения {date2}, но не явилось.
                Решено: отменить альтернативный статус; аннулировать временный вид на жительство, выданный на его основании; обязать лицо сдать карту вида на жительство до {deadline}.
                Лицо вправе запросить вид на жительство на ином основании согласно Иммиграционному закону.
                Решение может быть обжаловано в Административном районном суде.
                Начальник отдела {officer}
                """),

        Template(
            label: "asylum", kind: "other", language: "ru", hard: true,
            text: """
                ГОСУДАРСТВЕННАЯ ПОГРАНИЧНАЯ ОХРАНА
                РЕШЕНИЕ о задержании иностранца
                № {case_no}                                       {date}

                Задержанный: {name}, {birth_date} г. р., гражданство: {nationality}
                Место задержания: центр размещения в Муциениеки (задержан при выходе из центра)
                Обстоятельства: лицо {date2} было остановлено литовской полицией в автобусе Рига — Варшава и возвращено в Латвию; сведения, указанные им о своей личности, противоречивы; в Латвии постоянного места жительства и средств не имеет. Производство по его делу в Управлении ещё не завершено.
                Менее строгие меры (регулярная явка, сдача документа) признаны неэффективными.
                Постановлено: задержать лицо на срок до {deadline} и поместить в центр размещения задержанных иностранцев «Даугавпилс».
                Разъяснено: право на переводчика, на юридическую помощь, на обжалование в районный (городской) суд; суд рассматривает жалобу в кратчайший срок.
                Решение объявлено через переводчика. Подпись задержанного ____
                Должностное лицо {officer}
                """),

        // MARK: - asylum (en)

        Template(
            label: "asylum", kind: "asylum-application", language: "en", hard: false,
            text: """
                From: duty lawyer, Baltic Refugee Support Network
                To: State Border Guard, Riga Airport checkpoint; Office of Citizenship and Migration Affairs, Asylum Affairs Division
                Sent: {date}
                Subject: URGENT: person in transit zone wishes to apply for international protection

                Dear colleagues,
                Our client {name}, born {birth_date}, an {nationality} national, has been held in the transit area since arriving last night on a connecting flight from {country2}. He told us by phone that he asked the officers for asylum in English but was told to wait for the return flight.
                Please treat this e-mail as notice that he is seeking protection in Latvia. He fears persecution in {country} because of his work as a human rights lawyer; his passport number is {passport}.
                We ask that his application be registered without delay, that he be given an interpreter and information on the procedure, and that no removal take place before the application is examined.
                Our lawyer {officer} can come to the airport today.
                Kind regards
                Programme coordinator
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "en", hard: false,
            text: """
                Minutes — initial interview of an unaccompanied minor
                Case: {case_no}          Date: {date}          Place: OCMA, Riga
                Present: {officer} (interviewer, trained in child interviews); interpreter (Tigrinya); representative appointed by the {city} orphan's court

                The interviewer explained in simple terms why the meeting was held and that the child could ask for a break at any time.
                The child, {name}, stated that he is 15 years old and comes from {country}. He left home after soldiers took his older brother for military service, which has no end date. His mother paid a smuggler; he travelled through {country2} and several countries he cannot name.
                He does not know where his parents are now. He has an uncle, {spouse}, possibly living in Sweden.
                The child appeared tired but answered clearly. The interview lasted 55 minutes including a break.
                Follow-up: request family tracing via the Red Cross; consider a request to Sweden under Article 8 of the Dublin III Regulation.
                Signatures: representative ____  interviewer ____
                """),

        Template(
            label: "asylum", kind: "interview-record", language: "en", hard: false,
            text: """
                interviewer's own notes — not for the file copy
                {name}, case {case_no}, {date}

                - arrived {date2}, says flew to {country2} then overland
                - claim: converted to Christianity, baptised {year}, neighbour reported him
                - knows Lord's Prayer, Easter vs Christmas ok, unsure about Pentecost
                - church in Riga: attends Sundays, pastor letter promised (chase by {deadline})
                - fears: arrest, family disowned him, brother threatened him by phone (screenshots? ask)
                - no doc for conversion abroad; baptism certificate local only
                - demeanour calm, detailed about first church visit, vague on reasons for conversion
                - check COI on apostasy prosecutions in {country}
                - 2nd interview needed? probably yes, focus on inner motives
                - interpreter fine, applicant confirmed understanding at the start and end
                initials: {officer}
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "en", hard: false,
            text: """
                Office of Citizenship and Migration Affairs
                NOTIFICATION OF DECISION
                Your ref.: —          Our ref.: {case_no}          Date: {date}

                Dear {name},
                We are writing about the application for international protection that you lodged on {date2} for yourself and your child, {child}.
                Having considered your statements at the interviews, the documents you provided and up-to-date country information about {country}, the Office has decided to recognise you as a refugee. Your account of threats from members of your former husband's clan, and the refusal of the local police to protect you, was found coherent and consistent with reports on violence against women in your region.
                Your child has been granted the same status as a family member.
                Please contact the Riga Unit within 30 days to apply for a residence permit and personal code. You may then also apply for a travel document.
                If you have questions, your social worker at the accommodation centre will help you.
                Yours sincerely,
                {officer}, Asylum Affairs Division
                """),

        Template(
            label: "asylum", kind: "status-decision", language: "en", hard: false,
            text: """
                From: {officer}
                To: Head of Asylum Affairs Division
                Date: {date}
                Subject: RE: draft decision {case_no} — {name}

                Thanks for the draft. I read the interview records again and I agree the refugee claim does not hold: he was never targeted personally, and the Convention ground is not made out.
                However, I do not share the conclusion on alternative status. The latest EUAA country guidance on {country} says indiscriminate violence in his home province reaches a level where mere presence creates a real risk of serious harm. The draft relies on a report from {year} that is out of date.
                Proposal: refuse refugee status, grant alternative status, one-year permit. Please amend paragraphs 14 to 18 accordingly and send it back to me before {deadline} so that we meet the time limit.
                Regards
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "en", hard: false,
            text: """
                INTERNAL MEMO — Dublin Unit
                Re: failed transfer, {name} (born {birth_date}), case {case_no}
                Date: {date}

                1. On {date2} Italy accepted responsibility (implicit acceptance, no reply within the time limit). The transfer decision was served on the applicant and not appealed.
                2. The transfer was scheduled for this week. When the Border Guard escort arrived at the accommodation centre, the applicant was not there. Centre staff confirm he has not slept there for nine nights and has not collected his allowance.
                3. He is therefore considered to have absconded. Under Article 29(2) of Regulation (EU) No 604/2013 the time limit for transfer may be extended to eighteen months.
                Action: inform the Italian Dublin Unit via DubliNet today, before the six-month limit expires on {deadline}; flag the person in the national wanted-persons register for locating only; suspend allowance.
                {officer}
                """),

        Template(
            label: "asylum", kind: "dublin-transfer", language: "en", hard: true,
            text: """
                To: Finnish Immigration Service, Dublin Unit
                From: Office of Citizenship and Migration Affairs, Riga
                Date: {date}
                Your ref.: FI-{case_no}     Our ref.: {file_id}
                Person concerned: {name}, born {birth_date}, {nationality}

                Reply to your request under Article 18(1)(b)

                We have examined your request and regret that we cannot accept it.
                Our records show that the person was registered in Latvia in {year}. However, Border Guard exit data confirm that the person left the territory of the Member States via the Terehova road border crossing point on {date2} and, according to the information you provided, re-entered only many months later. Under Article 19(2) of the Regulation our obligations have therefore ceased.
                Copies of the exit record are attached. Should you hold evidence that the person did not in fact leave for at least three months, we are ready to re-examine the case.
                Yours faithfully,
                {officer}
                """),

        Template(
            label: "asylum", kind: "appeal", language: "en", hard: false,
            text: """
                DISTRICT ADMINISTRATIVE COURT
                JUDGMENT (operative part and summary of reasons)
                Case {case_no}                                       {city}, {date}

                Judge {judge}, sitting alone, has examined the application of {name}, born {birth_date}, against the decision of the Office of Citizenship and Migration Affairs refusing refugee and alternative status.
                The Court notes that the Office considered the applicant's sexual orientation not credible mainly because he had not told his family and had been married. Such reasoning relies on stereotypes and does not meet the standards of assessment required by EU law and the case-law of the Court of Justice.
                The Court holds that, given the criminalisation of same-sex relations in {country} and the applicant's consistent account, he has a well-founded fear of persecution.
                The Court therefore annuls the decision and orders the Office to grant the applicant refugee status within one month of this judgment becoming final.
                The judgment is not subject to appeal.
                Judge ____
                """),

        Template(
            label: "asylum", kind: "appeal", language: "en", hard: false,
            text: """
                {officer}, attorney at law
                To: District Administrative Court
                Case no.: {case_no}
                Applicant: {name}

                Request to hear the applicant in person and to admit new evidence

                Your Honour,
                On behalf of the applicant I ask the Court to hold an oral hearing rather than decide the case in written proceedings. The appeal against the refusal of protection turns on the applicant's credibility, which the Office assessed without giving him the chance to respond to the alleged contradictions.
                I also ask the Court to admit:
                (a) a psychiatric report of {date2} diagnosing post-traumatic stress disorder;
                (b) an arrest warrant issued in {country} in {year}, with a sworn translation;
                (c) a letter from the applicant's former employer, {employer}, confirming dates of work.
                These documents could not be obtained earlier. An interpreter into Arabic will be needed at the hearing.
                Respectfully,
                {date}
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                AGE ASSESSMENT REPORT
                Requested by: Office of Citizenship and Migration Affairs (file {file_id})
                Person assessed: {name}
                Claimed date of birth: {birth_date}
                Country: {country}
                Date of examination: {date}
                Present: representative of the {city} orphan's court; interpreter; examining physician {officer}

                Background: the young person arrived without parents or any document showing age. Staff noted that he looks older than claimed; he says he was 16 when he left home.
                Methods: physical examination; X-ray of the left hand and wrist (Greulich and Pyle atlas); dental panoramic X-ray; short interview on schooling and family events.
                Findings: skeletal age consistent with 17 to 19 years; third molars partly erupted; schooling history (left school after grade 8, {year}) broadly consistent with the claimed age.
                Conclusion: the minimum age that can be established is 17. The benefit of the doubt applies and the person should be treated as a child until {deadline}, with a guardian representative in all procedures.
                Signature ____
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                District (City) Court
                DECISION on an application by the State Border Guard to extend detention
                Case {case_no}                                            {date}

                Judge {judge} examined the Border Guard's application concerning {name}, born {birth_date}, {nationality} national, currently held at the Daugavpils detention centre since {date2}.
                The Border Guard submits that the person's identity has still not been confirmed, that he gave three different names to the authorities, and that his case pending before the Office of Citizenship and Migration Affairs cannot be completed without his presence.
                The person, assisted by a lawyer and an interpreter, argued that he has a friend in Riga who can provide an address and that he would report weekly.
                The Court finds that the risk of absconding remains high, but that detention must be as short as possible.
                Decision: detention is extended until {deadline}; the Border Guard is to review the need for detention monthly and release the person immediately if the grounds cease.
                This decision may be appealed within the time limit set by law.
                Judge ____
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: false,
            text: """
                Note for the file — arrival of relocated persons
                Date: {date}
                Prepared by: {officer}, Asylum Affairs Division

                Under the EU relocation scheme, a group of six applicants for international protection arrived today on a flight from {country2}. Among them: {name}, born {birth_date}, {nationality}, together with the spouse {spouse} and the child {child}.
                The group was met at the airport by the Border Guard, an interpreter and staff from the Mucenieki accommodation centre. Asylum seeker personal documents were issued on arrival; medical screening is planned for tomorrow.
                Pre-departure files from the sending state were incomplete for two persons; those files have been requested again through the liaison officer.
                All applicants signed consent to relocation. Integration information sessions and Latvian language lessons will start once interviews are finished.
                Applications are to be examined as a priority; target date for decisions: {deadline}.
                Case numbers assigned: {case_no} and following.
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: false,
            text: """
                ASYLUM SEEKER'S PERSONAL DOCUMENT — ISSUE REGISTER (extract)
                Issuing office: OCMA Asylum Affairs Division
                Register entry: {case_no}
                Holder: {name}
                Date of birth: {birth_date}
                Citizenship (as declared): {nationality}
                Document no.: {passport}
                Issued on: {date}
                Valid until: {deadline}, or until a final decision on the asylum application
                Photo and fingerprints taken: yes
                Note on the card: this document certifies that the holder has applied for refugee or alternative status and may stay in Latvia while the application is examined; it is not a travel document and does not prove identity.
                Right to work: from {date2}, if no first-instance decision has been taken within the time limit set by the Asylum Law
                Handed over by: {officer}       Received by holder: ____
                """),

        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                Office of Citizenship and Migration Affairs — Riga Unit No. 1
                Re: your permit, personal file {file_id}

                Dear {name},
                Our records show that your temporary residence permit expires on {deadline}. Before it can be renewed, the Office has reviewed whether the circumstances on which your status was based still apply.
                The review, completed on {date}, found that the situation in your home region in {country} has not changed in a way that would justify ending your status. Your status therefore continues, and you may apply for a new permit valid for two more years.
                Please book an appointment through the online calendar and bring: your current permit card, a valid travel document if you have one ({passport}), a recent photograph, proof of your declared address and the state fee receipt. No fee is charged for children.
                If you are now working, please bring your employment contract; it will be added to your file.
                Yours sincerely,
                {officer}
                """),
        Template(
            label: "asylum", kind: "other", language: "en", hard: true,
            text: """
                HEALTH CHECK ON ARRIVAL — record form
                Facility: reception centre medical room
                Record no.: {case_no}
                Name: {name}          Date of birth: {birth_date}
                Arrived: {date2}          Examined: {date}
                Language used: applicant's own language via telephone interpreter

                General condition: thin, tired, no acute distress
                Temperature 37.1 °C, pulse 92, blood pressure 118/76
                Skin: healed scars on the back and forearms (patient reports old injuries), scabies not detected
                Chest X-ray for tuberculosis: referred, result pending
                Vaccinations: no records; catch-up schedule offered for the children travelling with the patient
                Chronic conditions: type 2 diabetes, last medication two weeks ago; prescription issued
                Mental health: low mood, poor sleep; referred to psychologist
                Special needs flagged to social worker: yes (chronic illness, possible torture survivor; forensic documentation recommended)
                Nurse: {officer}          Next review: {deadline}
                """),
    ]

    static let morePersonalFile: [Template] = [

        // MARK: - personal-file (lv)

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "lv", hard: false,
            text: """
                No: personāla daļa, {employer}
                Kam: PMLP Rīgas 2. nodaļa, klientu apkalpošana
                Datums: {date}
                Temats: TUA pieprasījums — {name}, personas lieta {file_id}

                Labdien!
                Šodien caur e-pakalpojumu iesniedzām mūsu jaunā darbinieka {name} (dzim. {birth_date}, pase {passport}) termiņuzturēšanās atļaujas pieprasījumu. Darbinieks strādās par {position} ar mēnešalgu {salary} EUR.
                Lūdzu apstiprināt, vai pietiek ar izsaukumu, kas apstiprināts {date2}, vai arī papildus jāiesniedz NVA vakances reģistrācijas izdruka. Tāpat vēlamies precizēt, vai darbinieka laulātajai un bērnam var pieprasīt atļaujas vienlaikus vai tikai pēc darbinieka atļaujas izsniegšanas.
                Darbinieks ieradīsies nodaļā biometrijas datu nodošanai pēc pieraksta. Dzīvesvieta nodrošināta uzņēmuma dienesta dzīvoklī: {address}.
                Paldies!
                Personāla speciāliste
                Tālr. 67 000 000
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "lv", hard: false,
            text: """
                (iesniegums rakstīts ar roku)

                PMLP {city} nodaļai
                no {name}, {nationality} pilsoņa, pase {passport}

                Lūdzu pagarināt manu Šengenas vīzu, kas ir derīga līdz {deadline}.
                Es ierados Latvijā {date2} apciemot meitu un mazbērnu {child}. Pagājušajā nedēļā mani ievietoja slimnīcā ar sirds problēmām, un ārsts aizliedz lidot vismaz trīs nedēļas (izziņa pielikumā).
                Dzīvoju pie meitas: {address}. Meita apņemas segt visus izdevumus, viņas darba izziņa pievienota. Veselības apdrošināšanu esmu pagarinājis līdz jaunajam izbraukšanas datumam.
                Atpakaļceļa biļete pārrakstīta uz vēlāku datumu.
                Ar cieņu,
                {given} {surname}
                {date}

                PMLP atzīme: iesniegums saņemts, valsts nodeva samaksāta, inspektors {officer}
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "lv", hard: true,
            text: """
                Pārvaldes darbinieka atzīme pie pieprasījuma (personas lieta {file_id})

                Pieprasītāja laulātā {spouse} (personas kods {personal_code}) Latvijas pilsoņa pases kopija salīdzināta ar oriģinālu, atbilst.
                Pases Nr.: {passport}, izdota {date2}, derīga līdz {deadline}, izdevējiestāde PMLP.
                Pēc sistēmas datiem laulātais Latvijas pilsonību ieguvis naturalizācijas kārtībā {year}. gadā. Iepriekš viņam Latvijā bija bēgļa statuss; bēgļa ceļošanas dokuments nodots Pārvaldei un iznīcināts, par ko ir akts lietā.
                Pases kopijā redzamas ieceļošanas un izceļošanas atzīmes no Turcijas un Gruzijas, vīzu lapas tukšas.
                Kopija pievienota {name} termiņuzturēšanās atļaujas pieprasījumam (laulātā apvienošanās ar Latvijas pilsoni).
                Kopiju pieņēma: {officer}, {date}
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "lv", hard: false,
            text: """
                IZRAKSTS NO CIVILSTĀVOKĻA AKTU REĢISTRA
                Dzimšanas fakta reģistrācija
                {city} novada dzimtsarakstu nodaļa

                Reģistrācijas datums — {date}
                Akta ieraksta Nr. — {case_no}
                Bērna vārds, uzvārds — {child}
                Dzimšanas datums — {date2}
                Dzimšanas vieta — {city}, Latvija
                Personas kods — {personal_code}
                Māte — {name}, pilsonība: {nationality}, uzturēšanās atļauja Nr. {file_id}
                Tēvs — {spouse}
                Vecāku deklarētā dzīvesvieta — {address}
                Bērna pilsonība — noteicama pēc vecāku pilsonības, vecāki brīdināti par pienākumu pieteikt bērnam uzturēšanās atļauju
                Izrakstu sagatavoja — {officer}
                Izraksts derīgs iesniegšanai PMLP.
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "lv", hard: false,
            text: """
                DARBA LĪGUMA BŪTISKIE NOTEIKUMI
                (kopsavilkums, pievienots uzturēšanās atļaujas lietai {file_id})
                Darba devējs — {employer}
                Darbinieks — {name}, dzim. {birth_date}
                Līguma Nr. un datums — {case_no}, {date}
                Amats un profesijas kods — {position}
                Darba sākums — {date2}
                Līguma veids — uz nenoteiktu laiku ar pārbaudes laiku 3 mēneši
                Darba vieta — {address}
                Darba laiks — 40 stundas nedēļā, summētais darba laiks
                Bruto alga — {salary} EUR mēnesī
                Atvaļinājums — 4 kalendārās nedēļas
                Uzteikuma termiņš — viens mēnesis
                Darba devējs apņemas informēt PMLP, ja darba tiesiskās attiecības tiek izbeigtas pirms termiņa.
                Atbildīgā persona: {officer}, valdes loceklis
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "lv", hard: false,
            text: """
                {city} valstspilsētas pašvaldība
                LĒMUMS par ziņu par deklarēto dzīvesvietu anulēšanu
                Nr. {case_no}                                      {date}

                Pašvaldībā {date2} saņemts dzīvokļa īpašnieka iesniegums ar lūgumu anulēt ziņas par {name} (personas kods {personal_code}) deklarēto dzīvesvietu {address}, jo īres līgums izbeidzies un persona tur vairs nedzīvo.
                Personai nosūtīta vēstule ar aicinājumu sniegt paskaidrojumus vai iesniegt dokumentu par tiesisko pamatu dzīvot šajā adresē. Atbilde termiņā nav saņemta.
                Pamatojoties uz Dzīvesvietas deklarēšanas likumu, pašvaldība nolemj: anulēt ziņas par personas deklarēto dzīvesvietu.
                Persona tiek informēta, ka tai viena mēneša laikā jādeklarē jauna dzīvesvieta un ka ārzemniekam par dzīvesvietas maiņu jāinformē arī PMLP.
                Lēmumu var apstrīdēt pašvaldības Administratīvo aktu strīdu komisijā viena mēneša laikā.
                Speciāliste {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "lv", hard: false,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                {city} nodaļa
                LĒMUMS Nr. {case_no} par uzturēšanās atļaujas anulēšanu
                {date}

                Ārzemnieks: {name}, dzim. {birth_date}, {nationality} pilsonis, personas lieta {file_id}.
                Uzturēšanās atļauja izsniegta līdz {deadline} saistībā ar darbu uzņēmumā {employer}.
                Darba devējs {date2} paziņoja, ka darba tiesiskās attiecības izbeigtas. Ārzemniekam tika dota iespēja 30 dienu laikā atrast jaunu darba devēju vai iesniegt dokumentus citam uzturēšanās pamatam, taču dokumenti nav iesniegti.
                Pārvalde nolemj: anulēt ārzemniekam izsniegto termiņuzturēšanās atļauju. Ārzemniekam jāizceļo no Latvijas Republikas un Šengenas zonas izbraukšanas rīkojumā norādītajā termiņā.
                Lēmumu var apstrīdēt PMLP priekšniekam viena mēneša laikā no tā spēkā stāšanās dienas.
                Nodaļas vadītājs {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: true,
            text: """
                Pilsonības un migrācijas lietu pārvaldei
                IESNIEGUMS uzņemšanai Latvijas pilsonībā naturalizācijas kārtībā

                Es, {name}, personas kods {personal_code}, dzim. {birth_date}, dzīvesvieta {address}, lūdzu uzņemt mani Latvijas pilsonībā.
                Latvijā pastāvīgi dzīvoju kopš {date2}. {year}. gadā man tika piešķirts bēgļa statuss, taču vēlāk, apprecoties ar Latvijas pilsoni {spouse}, saņēmu pastāvīgās uzturēšanās atļauju kā laulātais; bēgļa statusu esmu atteicies un tas ir izbeigts. Tāpēc pilsonību lūdzu piešķirt vispārējā kārtībā, nevis kā bēglim.
                Esmu nokārtojis valsts valodas prasmes pārbaudi un Satversmes, valsts himnas teksta un Latvijas vēstures pamatu zināšanu pārbaudi (apliecības pievienotas).
                Strādāju uzņēmumā {employer} par {position}, man ir legāls iztikas avots.
                Apņemos atteikties no {country} pilsonības pēc lēmuma par uzņemšanu pilsonībā.
                {date}
                Paraksts ____
                Pielikumā: dzīves apraksts, izziņa par ienākumiem, pārbaužu apliecības, fotogrāfija.
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: true,
            text: """
                Kam: PMLP {city} nodaļai
                No: dzīvokļa īpašniece, {address}

                IZZIŅA par dzīvojamās telpas izīrēšanu

                Apliecinu, ka izīrēju divistabu dzīvokli augstāk minētajā adresē {name} (dzim. {birth_date}) un viņa ģimenei saskaņā ar īres līgumu, kas noslēgts {date2} uz trim gadiem. Īres maksa ir 380 EUR mēnesī plus komunālie maksājumi; maksājumi veikti laikā, parādu nav.
                Īrnieku pazīstu kopš brīža, kad viņš pirms vairākiem gadiem izgāja no Mucenieku patvēruma meklētāju centra un pirmo reizi īrēja istabu manā otrā īpašumā. Kopš tā laika viņš strādā {employer}, un nekādu sūdzību par viņu nav bijis.
                Piekrītu, ka īrnieks un ģimenes locekļi deklarē dzīvesvietu šajā adresē. Izziņa izsniegta iesniegšanai kopā ar uzturēšanās atļaujas pagarināšanas dokumentiem.
                {date}
                Īpašniece ____ ({spouse})
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: true,
            text: """
                APLIECINĀJUMS PAR FINANŠU LĪDZEKĻIEM
                (ielūdzējs uzņemas segt ārzemnieka uzturēšanās izdevumus)

                Es, {spouse}, personas kods {personal_code}, dzīvesvieta {address}, apliecinu, ka segšu sava brāļa {name} ({nationality} pilsonis, pase {passport}) uzturēšanās, izmitināšanas un medicīniskās palīdzības izdevumus, kā arī atpakaļceļa izdevumus viņa viesošanās laikā Latvijā no {date2} līdz {deadline}.
                Mana uzturēšanās Latvijā: pastāvīgā uzturēšanās atļauja (agrāk man bija bēgļa statuss, tagad tas nav spēkā, jo saņēmu atļauju citā kārtībā).
                Mani ienākumi: {salary} EUR mēnesī, darba devējs {employer}; pievienoju konta izrakstu par pēdējiem sešiem mēnešiem un izziņu no VID.
                Brālis dzīvos pie manis, dzīvoklis ir mans īpašums.
                Esmu informēts par atbildību par nepatiesu ziņu sniegšanu un par to, ka ielūguma apstiprināšanas gadījumā izdevumi var tikt piedzīti no manis.
                {city}, {date}          Paraksts ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: false,
            text: """
                IEKŠLIETU MINISTRIJAS INFORMĀCIJAS CENTRS
                IZZIŅA par personas sodāmību
                Nr. {case_no}                                   Izdota {date}

                Persona: {name}
                Personas kods: {personal_code}
                Dzimšanas datums: {birth_date}
                Pilsonība: {nationality}
                Ziņas no Sodu reģistra uz izziņas sagatavošanas brīdi:
                — sodāmība: nav;
                — kriminālprocesos kā aizdomās turētais vai apsūdzētais: nav;
                — administratīvie pārkāpumi pēdējo 12 mēnešu laikā: viens (ātruma pārsniegšana, {date2}, naudas sods samaksāts).
                Izziņa izsniegta pēc personas pieprasījuma iesniegšanai Pilsonības un migrācijas lietu pārvaldē uzturēšanās atļaujas saņemšanai.
                Izziņa sagatavota elektroniski un ir derīga bez paraksta. Derīgumu var pārbaudīt, ievadot izziņas numuru Informācijas centra tīmekļvietnē.
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: false,
            text: """
                {city} dzimtsarakstu nodaļa
                LĒMUMS par uzvārda maiņu
                {date}                                         Nr. {case_no}

                Iesniedzēja: {name}, personas kods {personal_code}, pilsonība — {nationality}, uzturēšanās atļauja derīga līdz {deadline}.
                Iesniedzēja lūdz mainīt uzvārdu, jo viņas pases ierakstā uzvārds atveidots atšķirīgi no dzimšanas apliecības un laulības apliecības, kā rezultātā bankā un darbavietā {employer} radušās grūtības identificēt personu. Pievienota izcelsmes valsts konsulāta izziņa par pareizo uzvārda formu.
                Nodaļa atzīst, ka iesniegums ir pamatots, un nolemj: mainīt uzvārdu, veicot atzīmi Fizisko personu reģistrā.
                Iesniedzējai viena mēneša laikā jāiesniedz PMLP dokumenti uzturēšanās atļaujas nomaiņai ar jauno uzvārdu, pievienojot šī lēmuma norakstu.
                Dzimtsarakstu nodaļas vadītāja {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: false,
            text: """
                SAVIENĪBAS PILSOŅA REĢISTRĀCIJAS APLIECĪBA — IZSNIEGŠANAS UZSKAITES KARTE
                Personas lieta — {file_id}
                Vārds, uzvārds — {name}
                Dzimšanas datums — {birth_date}
                Pilsonība — Vācijas Federatīvā Republika
                Personas apliecība / pase — {passport}
                Uzturēšanās mērķis Latvijā — darbs ({employer}, {position})
                Reģistrēšanās datums — {date}
                Apliecības numurs — {case_no}
                Derīga līdz — {deadline}
                Deklarētā dzīvesvieta — {address}
                Ģimenes locekļi, kas nav ES pilsoņi — laulātais {spouse}, pieprasīta uzturēšanās karte
                Valsts nodeva — samaksāta
                Izsniedza — {officer}
                Persona informēta, ka pēc piecu gadu nepārtrauktas uzturēšanās var pieprasīt pastāvīgās uzturēšanās apliecību.
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: false,
            text: """
                VESELĪBAS APDROŠINĀŠANAS POLISE
                (ārzemniekiem, kuri uzturas Latvijā)
                Polises Nr.: {case_no}
                Apdrošinātājs: AAS „Baltijas Apdrošinātājs”, Rīga
                Apdrošinātā persona: {name}, dzim. {birth_date}, pase {passport}
                Apdrošināšanas periods: no {date} līdz {deadline}
                Darbības teritorija: Latvija un pārējās Šengenas valstis
                Apdrošinājuma summa: 30 000 EUR
                Segtie riski: neatliekamā medicīniskā palīdzība, stacionārā ārstēšana, medicīniskā repatriācija, mirstīgo atlieku transportēšana
                Pašrisks: nav
                Prēmija: samaksāta pilnā apmērā
                Polise atbilst Imigrācijas likuma un Ministru kabineta noteikumu prasībām uzturēšanās atļaujas pieprasīšanai.
                Apdrošināšanas speciālists {officer}
                """),
        Template(
            label: "personal-file", kind: "other", language: "lv", hard: true,
            text: """
                ADMINISTRATĪVĀ PĀRKĀPUMA PROTOKOLS-PAZIŅOJUMS
                Sastādīja — Valsts robežsardzes {city} pārvalde
                Lietvedības Nr. — {case_no}
                Datums — {date}
                Persona — {name}, dzim. {birth_date}, {nationality} pilsonis(-e)
                Pase — {passport}
                Pārkāpums — uzturēšanās Latvijā bez derīgas vīzas no {date2} (vīzas termiņš beidzies, jaunā uzturēšanās atļauja vēl nebija saņemta)
                Ziņas par personu — patvērums personai Latvijā atteikts jau {year}. gadā, pēc tam persona izceļoja un atgriezās ar darba vīzu; pašlaik strādā {employer} ar derīgu darba atļauju
                Personas paskaidrojums — „Domāju, ka vīza derīga līdz atļaujas izsniegšanai.”
                Piemērotais sods — naudas sods 70 EUR
                Samaksas termiņš — 30 dienas
                Pārsūdzēšana — rajona (pilsētas) tiesā viena mēneša laikā
                Amatpersona — {officer}
                Personas paraksts ____
                """),

        // MARK: - personal-file (ru)

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "ru", hard: false,
            text: """
                Адвокатское бюро
                В Управление по делам гражданства и миграции
                Отдел виз и видов на жительство

                Касательно: запрос на временный вид на жительство {name}, {birth_date} г. р., паспорт {passport}

                Уважаемые господа!
                Действуя по доверенности, подаём от имени нашего клиента запрос на временный вид на жительство на основании приобретения недвижимости в Латвии. Клиент {date2} приобрёл квартиру по адресу {address}; право собственности внесено в Земельную книгу, кадастровая стоимость соответствует требованиям Иммиграционного закона. Государственный сбор в бюджет уплачен.
                Одновременно запрашиваем виды на жительство для супруги {spouse} и несовершеннолетнего ребёнка {child}.
                Клиент не имеет судимостей, справка из страны гражданства ({country}) с апостилем и переводом прилагается; медицинские страховые полисы оформлены на срок до {deadline}.
                Просим направлять корреспонденцию в наше бюро. Контактное лицо: {officer}.
                {city}, {date}
                С уважением, присяжный адвокат ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "ru", hard: false,
            text: """
                От: консульский отдел посольства Латвии
                Кому: Управление по делам гражданства и миграции, отдел вызовов
                Дата: {date}
                Тема: запрос визы D, заявитель {name}, вызов № {case_no}

                Добрый день!
                В посольство обратился(ась) {name}, {birth_date} г. р., паспорт {passport}, за национальной визой для работы в {employer} ({position}). В системе вызов значится как утверждённый {date2}, однако заявитель представил договор, где указана другая должность и зарплата {salary} евро вместо ранее заявленной.
                Прошу подтвердить, остаётся ли вызов действительным при таких изменениях, или работодателю необходимо подать новый вызов.
                Кроме того, заявитель просит визу с датой начала {deadline} — это позже срока, указанного в вызове. Возможно ли это?
                Ответ просим прислать до конца недели, так как заявитель уже приобрёл билеты.
                С уважением,
                консул {officer}
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "ru", hard: false,
            text: """
                [рукописная пометка на копии]
                Копия верна, оригинал предъявлен.
                Сверил(а): {officer}, {date}

                Копируемые страницы паспорта № {passport}:
                стр. 2–3 — страница с данными: {surname} {given}, {birth_date}, гражданство {nationality}; дата выдачи {date2}; срок действия до {deadline};
                стр. 6 — отметка о регистрации брака с {spouse};
                стр. 9 — национальная виза Латвии типа D, использована;
                стр. 10–11 — штампы въезда и выезда, пункт пропуска аэропорт «Рига»;
                стр. 14 — вписан ребёнок {child} (отметка без фото);
                остальные страницы пустые.
                Количество листов копии: 4.
                Приложено к личному делу {file_id} вместе с запросом на продление вида на жительство.
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "ru", hard: false,
            text: """
                СПРАВКА О СЕМЕЙНОМ ПОЛОЖЕНИИ
                (справка об отсутствии препятствий для заключения брака)
                Выдана отделом ЗАГС г. {city}

                Настоящим удостоверяется, что {name}, {birth_date} г. р., персональный код {personal_code}, по данным Регистра физических лиц и актов гражданского состояния в браке не состоит.
                Ранее заключённый брак с {spouse} расторгнут решением суда, вступившим в силу {date2}, запись о расторжении брака № {case_no}.
                Справка выдана для предъявления компетентному органу {country} в связи с предстоящим заключением брака.
                Справка действительна шесть месяцев со дня выдачи.
                Дата выдачи: {date}
                Заведующая отделом ЗАГС {officer}
                М. П.
                Апостиль проставлен Министерством иностранных дел Латвийской Республики.
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "ru", hard: true,
            text: """
                {employer}
                ПРИЛОЖЕНИЕ № 3 К ТРУДОВОМУ ДОГОВОРУ № {case_no}
                {city}, {date}

                Работодатель и работник {name}, {birth_date} г. р., договорились о следующем:
                1. Работник продолжает работу в должности {position} с окладом {salary} евро в месяц.
                2. Стороны отмечают, что до {date2} работник трудился на основании права на работу, которое имеют лица, ищущие убежища в Латвии, после истечения установленного срока рассмотрения их дела. Его заявление об убежище в {year} году было отклонено окончательно; с {date2} работник пребывает в Латвии на основании временного вида на жительство, выданного для работы у данного работодателя (личное дело {file_id}).
                3. Работодатель обязуется уведомлять Управление по делам гражданства и миграции о прекращении трудовых отношений.
                4. Остальные условия договора остаются без изменений.
                Работодатель: {officer} ____          Работник: ____
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "ru", hard: false,
            text: """
                ВЫПИСКА ИЗ РЕГИСТРА ФИЗИЧЕСКИХ ЛИЦ
                о задекларированном месте жительства
                Запрос № {case_no}, сформировано {date}

                Лицо: {name}
                Персональный код: {personal_code}
                Статус в Латвии: иностранец, временный вид на жительство до {deadline}
                Задекларированное место жительства: {address}
                Дата декларирования: {date2}
                Дополнительный адрес: не указан
                Лица, задекларированные по тому же адресу: {spouse}; {child}
                Прежние адреса (последние три года): {city}, общежитие {school} — до переезда
                Цель выписки: представление в Управление по делам гражданства и миграции вместе с запросом на продление вида на жительство
                Выписка сформирована на портале latvija.gov.lv и действительна без подписи.
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "ru", hard: false,
            text: """
                Управление по делам гражданства и миграции
                Рижское отделение № 2

                РЕШЕНИЕ № {case_no}
                об отказе в регистрации вида на жительство
                {date}

                Заявитель: {name}, {birth_date} г. р., гражданство: {nationality}, личное дело {file_id}.
                Запрашиваемое основание: воссоединение семьи с {spouse}, имеющим(ей) временный вид на жительство как студент(ка) {school}.
                Установлено: ежемесячный доход семьи по представленной выписке из банка составляет около {salary} евро, что ниже минимальной суммы, установленной для содержания члена семьи; в течение предоставленного срока до {date2} дополнительные документы не поступили.
                Решено: отказать в регистрации временного вида на жительство.
                Заявитель вправе повторно подать запрос после устранения препятствия. Решение может быть оспорено у начальника Управления в течение одного месяца со дня его вступления в силу.
                Инспектор {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: true,
            text: """
                Управление по делам гражданства и миграции
                ПОСТАНОВЛЕНИЕ по делу об административном нарушении № {case_no}
                {city}, {date}

                Нарушитель: {name}, {birth_date} г. р., гражданство: {nationality}, паспорт {passport}.
                Установлено: лицо с {date2} пребывало в Латвии по истечении срока действия визы, выданной для трудоустройства, не продлив законное основание пребывания вовремя. Нарушение выявлено при подаче им запроса на вид на жительство.
                Из личного дела следует, что в {year} году лицу было окончательно отказано в предоставлении убежища; после этого оно выезжало из Латвии и въехало снова по рабочей визе. В настоящее время лицо работает в {employer} и имеет действующее разрешение на работу.
                Смягчающие обстоятельства: лицо признало нарушение, просрочка составила 9 дней.
                Постановлено: назначить штраф в размере 80 евро. Оплатить в течение 30 дней.
                Постановление может быть обжаловано в районный (городской) суд в течение одного месяца.
                Инспектор {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: false,
            text: """
                СЕРТИФИКАТ МЕДИЦИНСКОГО СТРАХОВАНИЯ
                для иностранцев, запрашивающих вид на жительство

                Номер полиса — {case_no}
                Застрахованный — {name}
                Дата рождения — {birth_date}
                Паспорт — {passport}
                Адрес в Латвии — {address}
                Срок страхования — с {date} по {deadline}
                Территория — Латвия, государства Шенгенского соглашения
                Страховая сумма — 30 000 евро
                Покрываемые расходы — экстренная медицинская помощь, лечение в стационаре, транспортировка на родину, расходы в случае смерти
                Исключения — хронические заболевания, диагностированные до начала страхования; плановое лечение
                Страховая премия — оплачена {date2}
                Страхователь — {employer}
                Полис соответствует требованиям правил Кабинета министров о медицинском страховании иностранцев.
                Представитель страховщика {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: false,
            text: """
                ВЫПИСКА ПО СЧЁТУ
                Банк: AS «Baltijas Banka», Рига
                Клиент: {name}, персональный код {personal_code}
                Счёт: LV00 BALT 0000 0000 0000 0
                Период: {date2} — {date}
                Валюта: EUR

                Входящий остаток: 1 254,30
                Поступления:
                 — заработная плата от {employer}, три поступления по {salary}
                 — возврат подоходного налога (СГД)
                Списания:
                 — арендная плата за квартиру по адресу {address}, ежемесячно
                 — коммунальные услуги, связь, покупки картой
                 — перевод {spouse} (семейная поддержка)
                Исходящий остаток: 3 982,15
                Средний ежемесячный остаток за период: 2 870,00

                Выписка выдана по просьбе клиента для представления в Управление по делам гражданства и миграции (продление вида на жительство, личное дело {file_id}).
                Сотрудник банка {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: false,
            text: """
                Перевод с латышского языка на русский язык
                СВИДЕТЕЛЬСТВО О СМЕРТИ
                Латвийская Республика, отдел ЗАГС г. {city}

                Умерший(ая): {spouse}
                Персональный код: {personal_code}
                Дата смерти: {date2}
                Место смерти: {city}, Латвия
                Номер актовой записи: {case_no}
                Дата регистрации: {date}
                Заявитель регистрации: {name}, супруг(а) умершего(ей)
                Свидетельство выдано: {name}

                Примечание переводчика: копия свидетельства представлена в Управление по делам гражданства и миграции в связи с изменением основания пребывания {name} в Латвии (ранее — супруг(а) гражданина Латвии), личное дело {file_id}.
                Перевод верен. Присяжный переводчик ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: true,
            text: """
                ПРИГЛАШЕНИЕ
                (письмо приглашающего лица к запросу на утверждение вызова)

                Я, {spouse}, персональный код {personal_code}, проживаю по адресу {address}, приглашаю свою мать {name}, {birth_date} г. р., гражданку {country}, паспорт {passport}, в гости на срок с {date2} по {deadline}.
                О себе сообщаю: в Латвию я приехал(а) в {year} году, получил(а) статус беженца, а позднее постоянный вид на жительство; сейчас работаю в {employer}, мой доход {salary} евро в месяц.
                Мать ранее в Латвии не бывала, убежища ни в какой стране не запрашивала и намерена вернуться домой до окончания срока визы — у неё там дом и пенсия.
                Обязуюсь обеспечить её жильём, питанием и медицинской страховкой, а также оплатить обратный билет. Понимаю, что в случае нарушения сроков пребывания расходы по выдворению могут быть взысканы с меня.
                {city}, {date}
                Подпись ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: false,
            text: """
                В Управление по делам гражданства и миграции
                ЗАПРОС НА ГОЛУБУЮ КАРТУ ЕС

                Заявитель: {name}, {birth_date} г. р., гражданство: {nationality}
                Паспорт: {passport}
                Работодатель: {employer}
                Должность: {position} (высококвалифицированная работа)
                Срок трудового договора: бессрочный, начало работы {date2}
                Заработная плата брутто: {salary} евро в месяц — не ниже порога, установленного для Голубой карты
                Высшее образование: диплом магистра, признан Академическим информационным центром, справка № {case_no}
                Адрес в Латвии: {address}
                Члены семьи, запрашивающие вид на жительство вместе с заявителем: {spouse}, {child}
                Прежняя Голубая карта другого государства ЕС: нет
                Медицинское страхование: да, до {deadline}
                Подтверждаю достоверность сведений.
                {date}          Подпись ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: true,
            text: """
                ДОГОВОР АРЕНДЫ ЖИЛОГО ПОМЕЩЕНИЯ (извлечение)
                {city}, {date}

                Арендодатель: {spouse}
                Арендатор: {name}, {birth_date} г. р., паспорт {passport}
                Объект: однокомнатная квартира по адресу {address}
                Срок: с {date2} по {deadline}
                Арендная плата: 320 евро в месяц, залог — одна месячная плата
                Право декларирования: арендатор вправе задекларировать место жительства по данному адресу

                Особые условия (п. 7): Арендатор сообщил, что с {year} года ранее проживал в центре Муциениеки, когда его дело об убежище ещё рассматривалось; в настоящее время он работает в {employer} по виду на жительство для работы. Арендодатель не возражает и просит лишь своевременно сообщать об изменении основания пребывания.
                Подписи сторон ____ / ____
                Копия приложена к запросу на продление вида на жительство, личное дело {file_id}.
                """),

        // MARK: - personal-file (en)

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "en", hard: false,
            text: """
                e-Service submission receipt — Office of Citizenship and Migration Affairs
                Service: request for a temporary residence permit
                Submission no. — {case_no}
                Submitted — {date}, 21:14
                Applicant — {name}
                Date of birth — {birth_date}
                Nationality — {nationality}
                Travel document — {passport}
                Purpose of residence — studies, full-time, {school}
                Study period — until {deadline}
                Accommodation — {address}
                Means of subsistence — scholarship and parental support, bank statement uploaded
                Uploaded files — 7 (passport scan, photo, study confirmation, insurance policy, bank statement, rental contract, fee receipt)
                Next step — book a visit to submit biometrics within 30 days of this receipt; bring original documents
                Status — awaiting biometrics
                This receipt is generated automatically and needs no signature.
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "en", hard: true,
            text: """
                Embassy of the Republic of Latvia — Consular Section
                To: {name}
                Application ref.: {case_no}
                Date: {date}

                Request for additional information — long-stay visa application

                Dear applicant,
                Thank you for your application for a national visa to work for {employer} as {position}. Before the application can be decided, please provide the following within 14 days:
                1. An explanation of your earlier stay in Latvia. Our records show that you applied for asylum in Latvia in {year}, that the application was refused, and that you left the country on {date2}. Please provide proof of departure (boarding pass or exit stamp).
                2. A police clearance certificate from {country} issued within the last six months.
                3. Proof of accommodation in Latvia.
                A previous asylum procedure does not in itself prevent a visa from being issued; we need the documents only to confirm that you complied with the earlier departure obligation.
                Yours faithfully,
                Consul {officer}
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "en", hard: false,
            text: """
                Counter scan log — travel document
                OCMA Riga Unit No. 2, window 4
                Personal file: {file_id}
                Holder: {surname}, {given}
                Document no.: {passport}
                Issuing state: {country}
                Date of issue: {date2}     Expiry: {deadline}
                Scanned: {date}

                Pages scanned:
                - bio-data page (chip read OK, MRZ checks passed)
                - page 5: residence permit sticker of another Schengen state, expired
                - page 7: Latvian D visa, entry stamp Riga airport
                - page 12: observation: name of child {child} added
                - last page: holder's signature
                Remarks: the original was returned to the holder at the counter. No signs of tampering. Copy to be attached to the application for a residence permit renewal.
                Scanned by: {officer}
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "en", hard: false,
            text: """
                Certified translation from Latvian
                EXTRACT FROM THE REGISTER OF CIVIL STATUS RECORDS
                Acknowledgement of paternity

                Registry office: {city} registry office
                Record no.: {case_no}
                Date of registration: {date}
                Child: {child}, born {date2}, personal code {personal_code}
                Mother: {spouse}
                Father acknowledging paternity: {name}, born {birth_date}, {nationality} citizen, passport {passport}
                Basis: joint submission of both parents
                Surname given to the child: as stated above
                Remarks: the father holds a temporary residence permit in Latvia; the extract is issued for submission to the Office of Citizenship and Migration Affairs in connection with the child's residence permit application.
                Head of registry office: {officer}
                I certify that this is a true translation. Sworn translator ____
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "en", hard: false,
            text: """
                {employer}
                SECONDMENT LETTER AND LOCAL EMPLOYMENT TERMS
                Ref. {case_no}                                   {city}, {date}

                Dear {name},
                Further to your employment with our group company in {country}, we confirm your transfer to the Latvian entity as an intra-corporate transferee on the following terms:
                Position: {position}
                Start of assignment: {date2}
                Expected end: {deadline}
                Place of work: {address}
                Gross monthly pay in Latvia: {salary} EUR, paid into a Latvian bank account
                Working hours: 40 hours per week
                Your home contract remains in force during the assignment; you will return to your post at the end of the transfer.
                The company will apply for your residence permit, arrange health insurance and cover reasonable relocation costs for you and your family member {spouse}.
                Please sign and return one copy.
                For the company: {officer}, HR director
                Accepted by employee: ____
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "en", hard: false,
            text: """
                (form filled in by hand)
                NOTICE OF CHANGE OF ADDRESS — foreign national holding a residence permit
                To: Office of Citizenship and Migration Affairs

                Name: {name}
                Date of birth: {birth_date}
                Personal code: {personal_code}
                Residence permit no.: {file_id}
                Old address: {city}, hostel of {school}
                New address: {address}
                Moved in on: {date2}
                Reason: end of student hostel contract, rented a flat with a friend
                Telephone / e-mail: given on the back
                I have also declared the new address with the municipality (declaration no. {case_no}).
                Date: {date}
                Signature ____

                For office use: received by {officer}; register updated.
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "en", hard: false,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS
                Riga Unit No. 1
                DECISION No. {case_no} — permanent residence permit
                Riga, {date}

                Applicant: {name}, born {birth_date}, {nationality} citizen, personal file {file_id}.
                Grounds: the applicant is the spouse of a Latvian citizen, {spouse}; the marriage was registered on {date2} and the couple have lived together in Latvia for more than five years on temporary residence permits.
                The applicant has passed the state language test at the required level, has a declared address at {address}, has health insurance and a stable income from {employer}.
                No threat to public order or security has been established.
                The Office decides: to register a permanent residence permit for the applicant. The applicant should collect the permit card within 30 days.
                This decision may be contested before the Head of the Office within one month.
                {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: true,
            text: """
                STATE BORDER GUARD — Immigration Control Service
                Administrative penalty record
                Case no.: {case_no}          Date: {date}          Place: {city}

                Person: {name}, born {birth_date}, {nationality}, passport {passport}
                Offence: stay in the Republic of Latvia after the expiry of the visa validity period ({date2}) without a valid residence document, detected during a workplace inspection at {employer}.
                Relevant background from the file: the person's asylum claim was rejected in {year}, and he then left Latvia. He later returned on a work visa and now holds a work permit and a temporary residence permit application under examination; the overstay occurred in the gap between the visa and the permit.
                The person admitted the offence and explained that he misunderstood the date on the visa sticker.
                Penalty: a fine of 120 EUR. No entry ban is imposed.
                The fine must be paid within 30 days. The decision may be appealed to the district (city) court within one month.
                Officer: {officer}          Signature of person: ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: true,
            text: """
                To whom it may concern
                (for the Office of Citizenship and Migration Affairs)

                Letter from landlord

                I, {spouse}, owner of the flat at {address}, confirm that {name} has rented the flat from me since {date2}. The current lease runs until {deadline}. The rent of 410 EUR per month is paid on time, usually by bank transfer from his employer's salary account.
                I first met {given} some years ago through a volunteer programme, when he was still living at the Mucenieki centre while his refugee case was being decided. Since then he has worked steadily at {employer}, learnt good Latvian and become a reliable tenant. He keeps the flat in excellent order.
                He and his family are welcome to stay and to declare their residence at this address. I am happy to be contacted if you need anything further.
                {city}, {date}
                Signature ____
                Phone: on file
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: true,
            text: """
                Office of Citizenship and Migration Affairs — Citizenship Matters
                Notice to applicant for naturalisation
                Ref.: {case_no}          Date: {date}

                Dear {name},
                We have received your application for Latvian citizenship by naturalisation (personal code {personal_code}).
                We note from your file that you came to Latvia as a recognised refugee in {year}. Your application, however, is based on the general naturalisation procedure: you have held a permanent residence permit as a long-term resident since {date2}, and the five-year residence requirement is counted from that date.
                To complete your application, please:
                - take the Latvian language test and the test on the Constitution, national anthem and history (booking link enclosed);
                - provide proof of a legal source of income (e.g. your contract with {employer});
                - confirm that you will renounce your {nationality} citizenship, or state the legal ground on which dual citizenship would be allowed.
                Applications are decided within one year of receiving complete documents.
                Naturalisation officer {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: false,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS
                DECISION on issuing an EU Blue Card
                No. {case_no}                                           Riga, {date}

                Applicant: {name}, born {birth_date}, {nationality}, passport {passport}
                Employer: {employer}
                Position: {position} (highly qualified employment)
                Gross monthly salary: {salary} EUR, which meets the Blue Card salary threshold
                Higher education: master's degree, recognised by the Academic Information Centre
                Employment contract: indefinite, from {date2}

                Having examined the documents, the Office decides to issue an EU Blue Card valid until {deadline}, with the right to work for the stated employer. Any change of employer during the first 12 months must be notified to the Office in advance.
                The applicant's spouse, {spouse}, may apply for a temporary residence permit as a family member.
                The decision may be contested before the Head of the Office within one month.
                Senior inspector {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: false,
            text: """
                DECLARATION OF SPONSOR'S MEANS
                (to accompany an invitation for a short-stay visa)

                Sponsor: {spouse}, personal code {personal_code}
                Address: {address}
                Employer: {employer}; net monthly income: {salary} EUR
                Guest: {name}, born {birth_date}, passport {passport}, citizen of {country}
                Relationship: father-in-law
                Planned visit: {date2} to {deadline}

                I declare that I will provide my guest with accommodation at my home, meals, travel health insurance cover and the cost of the return journey, and that I will pay any costs of medical treatment or removal arising during the stay.
                Attached: salary certificate for the last six months, land register extract for the flat, copy of my passport.
                I understand that false statements may lead to a refusal of the invitation and to liability under Latvian law.
                {city}, {date}
                Signature ____
                Invitation no. (to be filled in by OCMA): ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: false,
            text: """
                {employer}
                BUSINESS INVITATION LETTER
                {city}, {date}
                To: Consular Section, Embassy of the Republic of Latvia

                We hereby invite {name}, born {birth_date}, passport {passport}, sales manager of our long-term supplier in {country}, to visit our company from {date2} to {deadline}.
                Purpose of the visit: contract negotiations for the next season, visit to our production site and meetings with our logistics partners.
                Our company will cover hotel accommodation in {city} and local transport; the guest's employer will cover flights and travel insurance.
                Contact person at our company: {officer}, commercial director.
                We confirm that the guest will leave the Schengen area at the end of the visit. Please do not hesitate to contact us for any additional information.
                Sincerely,
                {officer}
                Company registration no. 40000000000
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: false,
            text: """
                Sworn translation into English
                POLICE CLEARANCE CERTIFICATE
                Issued by: Ministry of Interior, {country}
                Certificate no.: {case_no}
                Date of issue: {date}

                This is to certify that according to the central criminal records, {name}, son/daughter of {spouse}, born on {birth_date}, holder of passport no. {passport}, has no criminal record and is not wanted by the police.
                The certificate is issued at the request of the person concerned for submission to the Office of Citizenship and Migration Affairs of the Republic of Latvia, in connection with an application for a residence permit.
                Valid for six months from the date of issue.
                Stamp and signature of the issuing officer.
                Apostille no. {file_id} dated {date2}.

                Translator's note: the original document was issued in the official language of the issuing country. I certify that this translation is accurate.
                Sworn translator ____
                """),
        Template(
            label: "personal-file", kind: "employment-contract", language: "en", hard: true,
            text: """
                {employer}
                Human Resources Department
                {city}, {date}

                EMPLOYER'S REFERENCE AND CONFIRMATION OF CONTRACT
                For the Office of Citizenship and Migration Affairs, personal file {file_id}

                We confirm that {name}, born {birth_date}, is employed by our company under employment contract no. {case_no} as {position}. The contract is for an indefinite period; the gross monthly salary is {salary} EUR and full-time hours apply.
                {given} first joined us in {year} on a short placement while he was an asylum seeker living at the Mucenieki centre. His asylum claim was later refused and he left Latvia, but we recruited him again from abroad: since {date2} he has worked for us on a temporary residence permit for employment.
                His performance is very good and we wish to keep him. Please let us know if any further documents are needed to renew his permit before {deadline}.
                {officer}, HR manager
                """),
    ]
}
