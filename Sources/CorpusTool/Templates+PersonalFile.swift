// Fictional ordinary residence-business templates (label "personal-file"). All people, numbers and addresses come
// from slots.

extension Templates {
    static let personalFile: [Template] = [

        // MARK: - residence-permit-application (lv)

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "lv", hard: false,
            text: """
                UZTURĒŠANĀS ATĻAUJAS PIEPRASĪJUMS
                Iesniegšanas vieta: PMLP Rīgas 1. nodaļa
                Personas lietas Nr.: {file_id}
                1. Uzvārds: {surname}
                2. Vārds: {given}
                3. Dzimšanas datums: {birth_date}
                4. Pilsonība: {nationality}
                5. Pases Nr.: {passport}
                6. Pieprasītās atļaujas veids: termiņuzturēšanās atļauja
                7. Pieprasītais termiņš: līdz {deadline}
                8. Uzturēšanās mērķis: darbs pie Latvijā reģistrēta darba devēja
                9. Darba devējs: {employer}
                10. Amats: {position}
                11. Paredzētā dzīvesvieta Latvijā: {address}, {city}
                12. Ģimenes locekļi, kuriem vienlaikus pieprasa atļauju: {spouse}, {child}
                13. Vai esat sodīts kādā valstī? nē
                14. Vai jums ir atteikta ieceļošana Šengenas valstīs? nē
                Pielikumā: veselības apdrošināšanas polise, izziņa par sodāmību, darba devēja apstiprināts izsaukums, fotogrāfija, valsts nodevas maksājuma apliecinājums.
                Apliecinu, ka sniegtās ziņas ir patiesas un esmu iepazinies ar Imigrācijas likuma prasībām.
                Datums: {date}          Paraksts: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "lv", hard: true,
            text: """
                Pilsonības un migrācijas lietu pārvaldei
                no {name}, dzim. {birth_date}, pase {passport}

                IESNIEGUMS termiņuzturēšanās atļaujas pieprasīšanai ģimenes apvienošanās nolūkā

                Lūdzu izsniegt man termiņuzturēšanās atļauju, lai es varētu dzīvot kopā ar savu laulāto {spouse}, kuram(-ai) {year}. gadā Latvijas Republikā piešķirts bēgļa statuss un kurš(-a) ir uzturēšanās atļaujas turētājs(-a).
                Laulība noslēgta izcelsmes valstī ({country}) pirms laulātā ierašanās Latvijā; laulības apliecība ar apostille un tulkojumu pievienota. Mūsu kopīgais bērns {child} atļauju pieprasa vienlaikus ar mani.
                Pati/pats patvērumu Latvijā vai citā valstī neesmu lūgusi/lūdzis; pieprasu atļauju kā ģimenes loceklis saskaņā ar Imigrācijas likumu.
                Dzīvosim laulātā deklarētajā dzīvesvietā: {address}, {city}. Laulātais strādā uzņēmumā {employer}, ienākumi pietiekami ģimenes uzturēšanai.
                Pielikumā: uzturēšanās atļaujas pieprasījuma veidlapa, laulības apliecība, laulātā darba līgums, veselības apdrošināšana.
                {date}
                Paraksts: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "lv", hard: true,
            text: """
                PIEPRASĪJUMS UZTURĒŠANĀS ATĻAUJAS ATKĀRTOTAI IZSNIEGŠANAI
                (Latvijas pilsoņa laulātais)
                Personas lieta: {file_id}
                Vārds, uzvārds: {name}
                Dzimšanas datums: {birth_date}
                Pilsonība: {nationality}
                Pase: {passport}
                Latvijas pilsoņa laulātais(-ā): {spouse}, personas kods {personal_code}
                Laulības reģistrācijas datums: {date2}
                Iepriekšējā uzturēšanās atļauja derīga līdz: {deadline}
                Iemesls atkārtotai izsniegšanai: derīguma termiņa beigas, pase nomainīta
                Dzīvesvieta: {address}, {city}
                Vai iepriekš iesniegts iesniegums par patvērumu citā ES dalībvalstī: jā — Vācijā, {year}. gadā; iesniegums atsaukts, procedūra izbeigta
                Vai pašlaik notiek kāds process citā dalībvalstī: nē
                Ziņas par darbu: {position}, {employer}
                Apliecinu, ka laulība ir spēkā un dzīvojam kopā.
                Datums: {date}          Paraksts: ____
                """),

        // MARK: - residence-permit-application (ru)

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "ru", hard: false,
            text: """
                ЗАПРОС НА ВИД НА ЖИТЕЛЬСТВО
                (перевод формы Управления по делам гражданства и миграции)
                Фамилия: {surname}
                Имя: {given}
                Дата рождения: {birth_date}
                Гражданство: {nationality}
                Номер паспорта: {passport}
                Запрашиваемый вид разрешения: временный вид на жительство
                Основание: воссоединение с родственником — родитель, проживающий в Латвии на основании вида на постоянное жительство
                Родственник в Латвии: {spouse}, персональный код {personal_code}
                Адрес проживания в Латвии: {address}, {city}
                Срок: до {deadline}
                Средства к существованию: содержание со стороны родственника, справка о доходах прилагается
                Медицинская страховка: да
                Судимости: нет
                Запрет на въезд в государства Шенгена: нет
                Подтверждаю правильность сведений и ознакомлен(а) с требованиями Иммиграционного закона.
                Дата: {date}          Подпись: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "ru", hard: true,
            text: """
                В Управление по делам гражданства и миграции
                от {name}, {birth_date} г. р., паспорт {passport}

                ЗАЯВЛЕНИЕ
                о выдаче временного вида на жительство по семейным обстоятельствам

                Прошу выдать мне временный вид на жительство для проживания вместе с супругом(ой) {spouse}, которому(ой) в {year} году в Латвии был предоставлен статус беженца и выдан вид на жительство.
                Брак заключён в стране нашего гражданства ({country}) до выезда супруга(и); свидетельство о браке с апостилем и нотариальным переводом прилагаю. Наш ребёнок {child} подаёт запрос одновременно со мной.
                Сам(а) я убежища не запрашивал(а) и прошу о разрешении как член семьи в соответствии с Иммиграционным законом.
                Проживать будем по задекларированному адресу супруга(и): {address}, {city}. Супруг(а) работает в {employer}; доходов достаточно для содержания семьи.
                Приложения: форма запроса, свидетельство о браке, трудовой договор супруга(и), медицинская страховка, фотографии.
                {date}
                Подпись: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "ru", hard: false,
            text: """
                Управление по делам гражданства и миграции
                Запрос на временный вид на жительство — учёба
                Личное дело: {file_id}

                Заявитель: {name}, {birth_date} г. р., гражданство: {nationality}, паспорт {passport}.
                Учебное заведение: {school}, очная программа бакалавриата, срок обучения до {deadline}.
                Учебное заведение подтвердило зачисление письмом от {date2}; плата за первый год обучения внесена.
                Адрес проживания: общежитие, {address}, {city}.
                Средства: банковская выписка, подтверждающая наличие средств не ниже установленного минимума на каждый месяц пребывания.
                Намерен(а) ли заявитель работать во время учёбы: да, не более 20 часов в неделю.
                Ранее выданные визы Латвии: национальная виза D, {year}.
                Приложения: подтверждение учебного заведения, медицинская страховка, справка о несудимости, квитанция об уплате госпошлины.
                Дата подачи: {date}
                Принял(а): {officer}
                """),

        // MARK: - residence-permit-application (en)

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "en", hard: false,
            text: """
                APPLICATION FOR A RESIDENCE PERMIT
                Office of Citizenship and Migration Affairs — Riga Unit No. 1
                Surname: {surname}
                Given name(s): {given}
                Date of birth: {birth_date}
                Citizenship: {nationality}
                Passport no.: {passport}
                Permit requested: temporary residence permit
                Purpose of stay: full-time studies
                Educational institution: {school}
                Study period: until {deadline}
                Address in Latvia: {address}, {city}
                Means of subsistence: bank statement and scholarship letter
                Health insurance: valid for the whole period of stay
                Criminal record: none
                Refused entry to a Schengen State: no
                Documents enclosed: confirmation of enrolment, criminal record certificate, insurance policy, photograph, receipt of state fee.
                I declare that the information is correct and that I am aware of the requirements of the Immigration Law.
                Date: {date}          Signature: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "en", hard: true,
            text: """
                To the Office of Citizenship and Migration Affairs
                From: {name}, born {birth_date}, passport {passport}

                Application for a temporary residence permit — family reunification

                I hereby apply for a temporary residence permit in order to join my spouse, {spouse}, who was recognised as a refugee in the Republic of Latvia in {year} and holds a Latvian residence permit.
                Our marriage was concluded in {country} before my spouse left the country. The marriage certificate, legalised with an apostille and translated into Latvian, is attached. Our child {child} is applying together with me.
                I have not applied for asylum myself; I am applying as a family member under the Immigration Law.
                We will live at my spouse's declared address: {address}, {city}. My spouse is employed by {employer} and earns enough to support the family.
                Attachments: application form, marriage certificate, spouse's employment contract, health insurance, photographs.
                Date: {date}
                Signature: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "en", hard: true,
            text: """
                REQUEST FOR RE-ISSUE OF A RESIDENCE PERMIT
                Category: spouse of a Latvian citizen
                Personal file: {file_id}
                Applicant: {name}
                Date of birth: {birth_date}
                Citizenship: {nationality}
                Passport: {passport}
                Spouse (Latvian citizen): {spouse}, personal code {personal_code}
                Date of marriage: {date2}
                Current permit valid until: {deadline}
                Reason: new passport issued; permit card to be re-issued with updated data
                Address: {address}, {city}
                Have you ever applied for asylum in another EU Member State? Yes — Sweden, {year}; the application was withdrawn and the procedure closed
                Any pending procedure in another Member State: no
                Employment: {position} at {employer}
                I confirm that the marriage subsists and that we share a household.
                Date: {date}          Signature: ____
                """),

        Template(
            label: "personal-file", kind: "residence-permit-application", language: "en", hard: false,
            text: """
                Cover letter — residence permit application of a board member
                {city}, {date}

                Office of Citizenship and Migration Affairs
                Re: {name}, born {birth_date}, citizen of {country}

                Dear Sir or Madam,
                On behalf of {employer}, registered in the Commercial Register of the Republic of Latvia, we submit the application of {name} for a temporary residence permit as a member of the company's management board.
                Mr or Ms {surname} was appointed to the board on {date2} and will be responsible for the company's export operations. The company has been active for more than a year, pays taxes in Latvia and employs local staff. The monthly remuneration agreed is {salary}.
                The applicant will reside at {address}. Passport {passport} is valid until after the requested permit period.
                We enclose the board resolution, an extract from the Commercial Register, the applicant's health insurance and a certificate of no criminal record.
                Yours faithfully,
                {officer}, Chairperson of the Board
                """),

        // MARK: - visa-application (lv)

        Template(
            label: "personal-file", kind: "visa-application", language: "lv", hard: true,
            text: """
                NACIONĀLĀS (D) VĪZAS PIEPRASĪJUMA ANKETA
                Latvijas Republikas vēstniecība
                1. Uzvārds: {surname}
                2. Vārds: {given}
                3. Dzimšanas datums: {birth_date}
                4. Pašreizējā pilsonība: {nationality}
                5. Ceļošanas dokumenta Nr.: {passport}
                6. Ceļojuma mērķis: darbs
                7. Darba devējs Latvijā: {employer}, amats: {position}
                8. Plānotā ieceļošana: {date2}; uzturēšanās ilgums: 12 mēneši
                9. Adrese Latvijā: {address}, {city}
                10. Ielūguma / izsaukuma Nr.: {case_no}
                11. Vai jums iepriekš izsniegtas Šengenas vīzas? nē
                12. Vai jūs kādreiz esat lūdzis patvērumu kādā valstī? Nē
                13. Vai jums kādreiz atteikta vīza vai ieceļošana? Nē
                14. Ceļojuma izdevumus sedz: darba devējs
                Apliecinu, ka sniegtās ziņas ir pilnīgas un patiesas. Esmu informēts, ka nepatiesas ziņas ir pamats vīzas atteikumam vai anulēšanai.
                Vieta, datums: {city}, {date}
                Paraksts: ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "lv", hard: false,
            text: """
                ŠENGENAS VĪZAS PIEPRASĪJUMS (C tips)
                Uzvārds: {surname}
                Vārds: {given}
                Dzimšanas datums: {birth_date}
                Pilsonība: {nationality}
                Pases Nr.: {passport}, derīga līdz {deadline}
                Galvenais ceļojuma mērķis: ģimenes vai draugu apmeklējums
                Uzaicinātājs Latvijā: {spouse}, {address}, {city}
                Pirmās ieceļošanas dalībvalsts: Latvija
                Ieceļošanu skaits: vairākas
                Paredzētā ierašanās: {date2}
                Uzturēšanās ilgums: 21 diena
                Iepriekš izsniegtās Šengenas vīzas pēdējo triju gadu laikā: {year}. gadā, derīga 30 dienas
                Pirkstu nospiedumi iepriekš noņemti: jā
                Ceļojuma apdrošināšana: ir, segums 30 000 EUR
                Izmaksas sedz: uzaicinātājs
                Pieprasījuma datums: {date}
                Pieteikuma iesniedzēja paraksts: ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "lv", hard: false,
            text: """
                Pilsonības un migrācijas lietu pārvaldei
                no {name}, dzim. {birth_date}, pase {passport}
                Adrese Latvijā: {address}, {city}

                IESNIEGUMS vīzas derīguma termiņa pagarināšanai

                Lūdzu pagarināt man izsniegtās C tipa vīzas derīguma termiņu līdz {deadline}. Ieceļoju Latvijā {date2}, lai apmeklētu radinieci.
                Iemesls: radiniece {spouse} {date} tika ievietota slimnīcā, un viņas aprūpe līdz izrakstīšanai jānodrošina man. Ārsta izziņa pievienota. Atgriešanās biļete mainīta uz jaunu datumu.
                Man ir pietiekami līdzekļi uzturēšanās laikā un derīga veselības apdrošināšana visam pagarinājuma periodam.
                Pielikumā: ārsta izziņa, jaunā aviobiļete, apdrošināšanas polise, bankas konta izraksts, valsts nodevas maksājuma apliecinājums.
                Datums: {date}
                Paraksts: ____
                """),

        // MARK: - visa-application (ru)

        Template(
            label: "personal-file", kind: "visa-application", language: "ru", hard: true,
            text: """
                АНКЕТА НА НАЦИОНАЛЬНУЮ ВИЗУ (ТИП D)
                Посольство Латвийской Республики
                1. Фамилия: {surname}
                2. Имя: {given}
                3. Дата рождения: {birth_date}
                4. Гражданство: {nationality}
                5. Номер паспорта: {passport}
                6. Цель поездки: учёба
                7. Учебное заведение в Латвии: {school}
                8. Предполагаемая дата въезда: {date2}; срок пребывания: 11 месяцев
                9. Адрес в Латвии: {address}, {city}
                10. Номер вызова: {case_no}
                11. Получали ли вы ранее шенгенские визы? да, в {year} году
                12. Обращались ли вы когда-либо за убежищем в какой-либо стране? Нет
                13. Отказывали ли вам в визе или во въезде? Нет
                14. Кто оплачивает поездку: родители
                Подтверждаю, что сведения полные и достоверные. Мне известно, что ложные сведения являются основанием для отказа в визе или её аннулирования.
                Место и дата: {city}, {date}
                Подпись: ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "ru", hard: false,
            text: """
                ЗАЯВЛЕНИЕ НА ШЕНГЕНСКУЮ ВИЗУ (тип C)
                Фамилия: {surname}
                Имя: {given}
                Дата рождения: {birth_date}
                Гражданство: {nationality}
                Паспорт: {passport}, действителен до {deadline}
                Основная цель поездки: туризм
                Государство первого въезда: Латвия
                Количество въездов: однократный
                Дата прибытия: {date2}
                Продолжительность пребывания: 10 дней
                Гостиница: {address}, {city}
                Шенгенские визы за последние три года: нет
                Ранее сдавались отпечатки пальцев: нет
                Медицинская страховка: да
                Расходы оплачивает: сам(а) заявитель
                Род занятий: {position}, {employer}
                Дата подачи: {date}
                Подпись заявителя: ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "ru", hard: false,
            text: """
                Консульскому отделу Посольства Латвийской Республики

                Уважаемые господа!
                Я, {name}, {birth_date} г. р., паспорт {passport}, прошу выдать мне многократную шенгенскую визу сроком на один год.
                В Латвии проживает мой(я) супруг(а) {spouse}, гражданин(ка) Латвии, по адресу {address}, {city}. Брак зарегистрирован {date2}. Я работаю в {employer} в должности {position} и пока не могу переехать на постоянное жительство, поэтому планирую регулярно навещать семью.
                За последние два года я трижды получал(а) латвийские визы и всегда соблюдал(а) сроки пребывания.
                Прилагаю: анкету, копию свидетельства о браке, справку с места работы, выписку из банка, страховой полис.
                Прошу рассмотреть заявление до {deadline}.
                С уважением,
                {name}
                {date}
                """),

        // MARK: - visa-application (en)

        Template(
            label: "personal-file", kind: "visa-application", language: "en", hard: true,
            text: """
                APPLICATION FOR A NATIONAL (TYPE D) VISA
                Embassy of the Republic of Latvia
                1. Surname: {surname}
                2. First name(s): {given}
                3. Date of birth: {birth_date}
                4. Current nationality: {nationality}
                5. Travel document no.: {passport}
                6. Purpose of journey: employment
                7. Employer in Latvia: {employer}; position: {position}
                8. Intended date of arrival: {date2}; duration: 12 months
                9. Address in Latvia: {address}, {city}
                10. Invitation reference no.: {case_no}
                11. Schengen visas issued in the past three years: none
                12. Have you ever applied for asylum in any country? No
                13. Have you ever been refused a visa or entry? No
                14. Cost of travel covered by: employer
                I declare that the information given is complete and correct. I understand that false statements will lead to refusal or annulment of the visa.
                Place and date: {city}, {date}
                Signature: ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "en", hard: false,
            text: """
                SCHENGEN VISA APPLICATION (short stay, type C)
                Surname: {surname}
                First name: {given}
                Date of birth: {birth_date}
                Nationality: {nationality}
                Passport: {passport}, valid until {deadline}
                Main purpose: business
                Inviting company: {employer}, {address}, {city}
                Contact person: {officer}
                Member State of first entry: Latvia
                Number of entries: multiple
                Intended arrival: {date2}
                Duration of stay: 14 days
                Schengen visas issued in the past three years: one, in {year}
                Fingerprints collected previously: yes
                Travel medical insurance: yes
                Costs covered by: inviting company
                Occupation: {position}
                Date of application: {date}
                Applicant's signature: ____
                """),

        Template(
            label: "personal-file", kind: "visa-application", language: "en", hard: false,
            text: """
                To the Office of Citizenship and Migration Affairs
                Applicant: {name}, born {birth_date}, passport {passport}
                Address in Latvia: {address}, {city}

                Request to extend the period of stay under a national visa

                I entered Latvia on {date2} with a type D visa issued for seasonal work with {employer}. My employer has offered to extend my contract by two months because the harvest season has been prolonged.
                I therefore request an extension of my visa until {deadline}. The employer's letter and the amended employment contract are attached. My salary of {salary} per month continues to be paid into my Latvian bank account, and my health insurance has been extended.
                I have complied with all conditions of my stay and have declared my place of residence.
                Attachments: employer's letter, amended contract, insurance policy, receipt of state fee.
                Date: {date}
                Signature: ____
                """),

        // MARK: - passport-copy (lv)

        Template(
            label: "personal-file", kind: "passport-copy", language: "lv", hard: false,
            text: """
                PASES DATU LAPAS KOPIJA
                Dokumenta veids: P (pase)
                Izdevējvalsts: {country}
                Pases Nr.: {passport}
                Uzvārds: {surname}
                Vārds: {given}
                Pilsonība: {nationality}
                Dzimšanas datums: {birth_date}
                Dzimums: norādīts
                Izdošanas datums: {date2}
                Derīga līdz: {deadline}
                Izdevējiestāde: iekšlietu ministrija
                Mašīnlasāmā zona: nolasāma, atbilst vizuālajai zonai
                Fotogrāfija: atbilst personai

                Atzīme: kopija salīdzināta ar oriģinālu {date}, PMLP Rīgas 1. nodaļā. Oriģināls atdots personai.
                Pievienots personas lietai Nr. {file_id}.
                Salīdzināja: {officer}   Paraksts: ____
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "lv", hard: false,
            text: """
                Pases lapu kopiju apraksts (pievienots uzturēšanās atļaujas pieprasījumam)
                Personas lieta: {file_id}
                Pases īpašnieks: {name}, dzim. {birth_date}
                Pases Nr.: {passport}, derīga līdz {deadline}

                2. lpp. — datu lapa, paraksts.
                5. lpp. — Latvijas nacionālā vīza D, derīga no {date2}, 365 dienas, vairākkārtēja.
                6. lpp. — robežšķērsošanas spiedogs „Rīga lidosta”, ieceļošana {date2}.
                9. lpp. — Lietuvas robežšķērsošanas spiedogs, izceļošana.
                11. lpp. — iepriekšēja Šengenas vīza C, izsniegta {year}. gadā, izmantota.
                Citas lapas — tukšas.

                Apliecinu, ka kopijas izgatavotas no visām aizpildītajām pases lapām un atbilst oriģinālam.
                Pieņēma: {officer}, {date}
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "lv", hard: false,
            text: """
                LATVIJAS REPUBLIKAS PASES KOPIJA
                (apgādnieka dokuments, pievienots laulātā uzturēšanās atļaujas pieprasījumam)
                Uzvārds: {surname}
                Vārds: {given}
                Pilsonība: Latvijas
                Personas kods: {personal_code}
                Dzimšanas datums: {birth_date}
                Dzimšanas vieta: {city}
                Pases Nr.: {passport}
                Izdošanas datums: {date2}
                Derīga līdz: {deadline}
                Izdevējiestāde: PMLP

                Pases īpašnieks ir ārzemnieka {spouse} laulātais(-ā) un apgādnieks; viņa(-s) pase iesniegta, lai apliecinātu Latvijas pilsonību un identitāti uzturēšanās atļaujas pieprasījuma izskatīšanai.
                Kopija atbilst oriģinālam. Kopija izgatavota personas lietas Nr. {file_id} vajadzībām; oriģināls atdots īpašniekam.
                {date}, {officer}
                """),

        // MARK: - passport-copy (ru)

        Template(
            label: "personal-file", kind: "passport-copy", language: "ru", hard: false,
            text: """
                КОПИЯ СТРАНИЦЫ ПАСПОРТА С ДАННЫМИ
                Тип документа: P (паспорт)
                Государство выдачи: {country}
                Номер паспорта: {passport}
                Фамилия: {surname}
                Имя: {given}
                Гражданство: {nationality}
                Дата рождения: {birth_date}
                Дата выдачи: {date2}
                Срок действия: {deadline}
                Орган, выдавший документ: миграционная служба
                Машиночитаемая зона: читается, соответствует визуальной зоне

                Отметка: копия сверена с оригиналом {date} в Управлении по делам гражданства и миграции, оригинал возвращён владельцу.
                Приобщено к личному делу № {file_id}.
                Сверил(а): {officer}     Подпись: ____
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "ru", hard: false,
            text: """
                Нотариально заверенная копия паспорта

                Паспорт № {passport}
                Владелец: {name}
                Дата рождения: {birth_date}
                Место рождения: указано в паспорте
                Гражданство: {nationality}
                Действителен до: {deadline}

                Я, присяжный нотариус {officer}, город {city}, свидетельствую верность этой копии с подлинником документа. В подлиннике подчисток, приписок, зачёркнутых слов и иных неоговорённых исправлений не обнаружено.
                Зарегистрировано в реестре под № {case_no}.
                Дата: {date}
                Присяжный нотариус: ____ (печать)

                Копия представлена в Управление по делам гражданства и миграции вместе с запросом на вид на жительство.
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "ru", hard: false,
            text: """
                Опись копий страниц паспорта
                Личное дело: {file_id}
                Владелец: {name}, {birth_date} г. р.
                Паспорт: {passport}, срок действия до {deadline}

                стр. 1 — страница с данными и фотографией;
                стр. 4 — латвийская национальная виза D, действительна с {date2};
                стр. 5 — штамп пограничного контроля аэропорта «Рига», въезд;
                стр. 8 — карта вида на жительство не вклеивается, отметка отсутствует;
                стр. 12 — шенгенская виза C, выданная в {year} году;
                остальные страницы — без отметок.

                Копии сняты со всех заполненных страниц, соответствуют оригиналу.
                Принял(а): {officer}, {date}
                """),

        // MARK: - passport-copy (en)

        Template(
            label: "personal-file", kind: "passport-copy", language: "en", hard: false,
            text: """
                COPY OF PASSPORT DATA PAGE
                Type: P
                Issuing state: {country}
                Passport no.: {passport}
                Surname: {surname}
                Given names: {given}
                Nationality: {nationality}
                Date of birth: {birth_date}
                Date of issue: {date2}
                Date of expiry: {deadline}
                Authority: Ministry of Interior
                Machine-readable zone: legible, consistent with the visual inspection zone
                Photograph: matches the holder

                Note: copy compared with the original on {date} at the Office of Citizenship and Migration Affairs, Riga Unit No. 1. Original returned to the holder.
                Filed in personal file {file_id}.
                Verified by: {officer}
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "en", hard: false,
            text: """
                CERTIFIED TRUE COPY

                I, {officer}, sworn notary in {city}, Republic of Latvia, certify that this is a true and complete copy of the original passport presented to me, of which the particulars are:
                Passport number: {passport}
                Holder: {name}
                Date of birth: {birth_date}
                Nationality: {nationality}
                Valid until: {deadline}

                The original shows no erasures, additions or other alterations. This certification confirms only the conformity of the copy with the original and not the content of the document.
                Register no.: {case_no}
                Date: {date}
                Sworn notary: ____ (seal)

                Submitted with the application for a residence permit, personal file {file_id}.
                """),

        Template(
            label: "personal-file", kind: "passport-copy", language: "en", hard: false,
            text: """
                Passport pages — inventory of copies
                Personal file: {file_id}
                Holder: {name}, born {birth_date}
                Passport: {passport}, expires {deadline}

                p. 2 — biographical data page with photograph and signature;
                p. 6 — Latvian national visa D, valid from {date2}, multiple entries;
                p. 7 — entry stamp, Riga Airport border checkpoint;
                p. 10 — Estonian exit stamp;
                p. 15 — earlier Schengen visa C issued in {year}, used once;
                remaining pages — blank.

                Copies were made of every page bearing entries and were checked against the original in the presence of the holder.
                Received by: {officer}, {date}
                """),

        // MARK: - civil-status-certificate (lv)

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "lv", hard: false,
            text: """
                LATVIJAS REPUBLIKA
                DZIMŠANAS APLIECĪBA
                Vārds: {child}
                Dzimšanas datums: {date2}
                Dzimšanas vieta: {city}
                Personas kods: {personal_code}
                Tēvs: {name}, pilsonība: {nationality}
                Māte: {spouse}
                Dzimšana reģistrēta: {city} pašvaldības Dzimtsarakstu nodaļā
                Reģistrācijas datums: {date}
                Dzimšanas reģistra ieraksta Nr.: {case_no}
                Apliecība izsniegta: {date}
                Dzimtsarakstu nodaļas vadītāja: {officer}
                Z. v.

                Atzīme par apliecības kopiju: kopija salīdzināta ar oriģinālu un pievienota personas lietai {file_id} bērna uzturēšanās atļaujas pieprasījumam. Bērnam uzturēšanās atļauja pieprasīta saskaņā ar Imigrācijas likumu kā ārzemnieka, kuram ir termiņuzturēšanās atļauja, nepilngadīgam bērnam.
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "lv", hard: false,
            text: """
                LAULĪBAS APLIECĪBA
                Laulātie: {name} un {spouse}
                Laulātā {given} dzimšanas datums: {birth_date}; pilsonība: {nationality}
                Laulība reģistrēta: {date2}
                Reģistrācijas vieta: Rīgas valstspilsētas pašvaldības Dzimtsarakstu nodaļa
                Laulības reģistra ieraksta Nr.: {case_no}
                Uzvārds pēc laulības noslēgšanas: {surname}
                Apliecība izsniegta: {date}
                Amatpersona: {officer}
                Zīmogs

                Atzīme: apliecības kopija salīdzināta ar oriģinālu un pievienota uzturēšanās atļaujas pieprasījumam (Latvijas pilsoņa laulātais), personas lieta {file_id}. Ziņas par laulību pārbaudītas Fizisko personu reģistrā; laulība nav šķirta, un ziņas par citām spēkā esošām laulībām nav konstatētas.
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "lv", hard: false,
            text: """
                Tulkojums no angļu valodas latviešu valodā
                LAULĪBAS APLIECĪBA (ārvalstīs izsniegta)
                Apostille pievienota

                Izdevējvalsts: {country}
                Laulības reģistrācijas datums: {date2}
                Reģistrācijas vieta: civilstāvokļa aktu reģistrācijas birojs
                Vīrs/sieva: {name}, dzim. {birth_date}
                Laulātais(-ā): {spouse}
                Ieraksta Nr.: {case_no}

                Tulkotāja apliecinājums: Es, tulkotājs {officer}, apliecinu, ka tulkojums no angļu valodas latviešu valodā ir pareizs. Tulkojums veikts saskaņā ar Ministru kabineta noteikumiem par dokumentu tulkojumu apliecināšanu valsts valodā.
                {city}, {date}
                Paraksts: ____
                Ārvalstīs izsniegtā laulības apliecība iesniegta PMLP ģimenes atkalapvienošanās lietā {file_id}.
                """),

        // MARK: - civil-status-certificate (ru)

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "ru", hard: false,
            text: """
                Перевод с латышского языка на русский язык
                ЛАТВИЙСКАЯ РЕСПУБЛИКА
                СВИДЕТЕЛЬСТВО О РОЖДЕНИИ
                Имя, фамилия: {child}
                Дата рождения: {date2}
                Место рождения: {city}
                Персональный код: {personal_code}
                Отец: {name}, гражданство: {nationality}
                Мать: {spouse}
                Рождение зарегистрировано отделом регистрации актов гражданского состояния самоуправления {city}
                Дата регистрации: {date}
                Номер записи: {case_no}
                Заведующий отделом: {officer}
                М. П.
                Перевод выполнен для представления в Управление по делам гражданства и миграции (личное дело {file_id}).
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "ru", hard: false,
            text: """
                СВИДЕТЕЛЬСТВО О ЗАКЛЮЧЕНИИ БРАКА
                (повторное)

                Гражданин(ка): {name}, дата рождения {birth_date}, гражданство: {nationality}
                и гражданин(ка): {spouse}
                заключили брак {date2}, о чём составлена запись акта о заключении брака № {case_no}.
                После заключения брака присвоены фамилии: {surname}
                Место государственной регистрации: отдел ЗАГС
                Дата выдачи: {date}
                Руководитель органа ЗАГС: {officer}
                М. П.

                Апостиль проставлен. К свидетельству приложен нотариально заверенный перевод на латышский язык. Документ представлен в УДГМ вместе с запросом на вид на жительство супруга(и).
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "ru", hard: false,
            text: """
                СПРАВКА
                о регистрации акта гражданского состояния
                (выписка из Регистра физических лиц)

                Выдана: {name}, {birth_date} г. р., персональный код {personal_code}.
                Настоящим подтверждается, что {date2} в отделе регистрации актов гражданского состояния {city} зарегистрирован брак между {name} и {spouse} (запись № {case_no}).
                Сведения о расторжении брака в регистре отсутствуют.
                Сведения о детях: {child}, рождение зарегистрировано в Латвии.
                Справка выдана для представления в Управление по делам гражданства и миграции.
                Дата выдачи: {date}
                Ответственное лицо: {officer}
                """),

        // MARK: - civil-status-certificate (en)

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "en", hard: false,
            text: """
                Certified translation from Latvian into English
                REPUBLIC OF LATVIA
                BIRTH CERTIFICATE
                Name: {child}
                Date of birth: {date2}
                Place of birth: {city}
                Personal code: {personal_code}
                Father: {name}, citizenship: {nationality}
                Mother: {spouse}
                Birth registered at the Registry Office of {city} municipality
                Date of registration: {date}
                Entry no.: {case_no}
                Head of the Registry Office: {officer}
                Seal

                Translator's statement: I certify that this is a true and accurate translation of the original document.
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "en", hard: false,
            text: """
                CERTIFICATE OF MARRIAGE
                Certificate no.: {case_no}

                This is to certify that
                {name}, born {birth_date}, nationality {nationality},
                and
                {spouse}
                were lawfully married on {date2} at the civil registry office in {country}.
                Surname after marriage: {surname}
                Witnesses: two, names recorded in the register
                Issued on: {date}
                Registrar: {officer}
                Official seal

                Apostille attached on the reverse. A certified translation into Latvian accompanies this certificate, which was submitted to the Office of Citizenship and Migration Affairs with the residence permit application of the spouse (personal file {file_id}).
                """),

        Template(
            label: "personal-file", kind: "civil-status-certificate", language: "en", hard: false,
            text: """
                DIVORCE CERTIFICATE — EXTRACT
                (translation from Latvian)
                Entry no.: {case_no}

                The marriage between {name}, born {birth_date}, and {spouse}, registered on {date2}, was dissolved by a judgment of the {city} district court, which entered into force on {date}.
                The divorce was entered in the Register of Natural Persons.
                Surname after divorce: {surname}
                Children of the marriage: {child}; custody as determined by the court.
                Issued by: Registry Office of {city} municipality, {officer}
                Date of issue: {date}

                Submitted to the Office of Citizenship and Migration Affairs to update marital status in personal file {file_id}; the residence permit held as a spouse is to be reviewed on other grounds.
                """),

        // MARK: - employment-contract (lv)

        Template(
            label: "personal-file", kind: "employment-contract", language: "lv", hard: false,
            text: """
                DARBA LĪGUMS Nr. {case_no}
                {city}, {date}

                {employer} (turpmāk — Darba devējs), kuru pārstāv valdes loceklis {officer}, no vienas puses, un {name}, dzim. {birth_date}, pase {passport} (turpmāk — Darbinieks), no otras puses, noslēdz šo līgumu saskaņā ar Darba likumu.
                1. Darbinieks tiek pieņemts darbā amatā: {position}.
                2. Darba tiesiskās attiecības sākas {date2} un ir uz nenoteiktu laiku. Pārbaudes laiks — trīs mēneši.
                3. Darba vieta: {address}, {city}.
                4. Normālais darba laiks — 40 stundas nedēļā, piecas darba dienas.
                5. Mēnešalga: {salary} pirms nodokļu nomaksas, izmaksājama divas reizes mēnesī uz Darbinieka bankas kontu.
                6. Ikgadējais apmaksātais atvaļinājums — četras kalendārās nedēļas.
                7. Līgums stājas spēkā ar dienu, kad Darbiniekam piešķirtas tiesības uzturēties un strādāt Latvijas Republikā.
                8. Līgums sastādīts divos eksemplāros.
                Darba devējs: ____          Darbinieks: ____
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "lv", hard: false,
            text: """
                DARBA DEVĒJA APLIECINĀJUMS
                (pievienojams ārzemnieka uzturēšanās atļaujas pieprasījumam)

                Darba devējs: {employer}
                Juridiskā adrese: {address}, {city}
                Darbinieks: {name}, dzim. {birth_date}, pilsonība: {nationality}
                Amats: {position}
                Darba līguma datums un Nr.: {date2}, {case_no}
                Darba līguma termiņš: līdz {deadline}
                Darba laiks: pilna slodze
                Atalgojums: {salary} mēnesī (ne mazāks par Centrālās statistikas pārvaldes publicēto vidējo bruto darba samaksu)
                Vakance reģistrēta Nodarbinātības valsts aģentūrā: jā, {date2}
                Darba devējam nav nodokļu parādu: jā
                Apliecinām, ka sniegtās ziņas ir patiesas un ka darbinieka uzturēšanās laikā nodrošināsim Imigrācijas likumā noteikto pienākumu izpildi.
                Valdes loceklis: {officer}   {date}
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "lv", hard: false,
            text: """
                VIENOŠANĀS Nr. 2
                par grozījumiem {date2} darba līgumā Nr. {case_no}

                {city}, {date}
                {employer}, tās valdes locekļa {officer} personā, un darbinieks {name} vienojas:
                1. Grozīt darba līguma 1. punktu un izteikt to šādā redakcijā: „Darbinieks pilda amata {position} pienākumus.”
                2. No {deadline} noteikt mēnešalgu {salary} apmērā.
                3. Darba vieta tiek mainīta uz {address}.
                4. Pārējie līguma noteikumi paliek nemainīgi.
                5. Darba devējs 10 darbdienu laikā informē Pilsonības un migrācijas lietu pārvaldi par izmaiņām darbinieka amatā saskaņā ar Imigrācijas likuma prasībām.
                Vienošanās sagatavota divos eksemplāros ar vienādu juridisko spēku.
                Darba devējs: ____          Darbinieks: ____
                """),

        // MARK: - employment-contract (ru)

        Template(
            label: "personal-file", kind: "employment-contract", language: "ru", hard: false,
            text: """
                ТРУДОВОЙ ДОГОВОР № {case_no}
                г. {city}, {date}

                {employer} (далее — Работодатель) в лице члена правления {officer} и {name}, {birth_date} г. р., паспорт {passport} (далее — Работник), заключили настоящий договор в соответствии с Законом о труде Латвийской Республики.
                1. Работник принимается на должность: {position}.
                2. Трудовые отношения начинаются {date2} и заключаются на неопределённый срок; испытательный срок — три месяца.
                3. Место работы: {address}, {city}.
                4. Нормальное рабочее время — 40 часов в неделю.
                5. Месячная заработная плата: {salary} до уплаты налогов.
                6. Ежегодный оплачиваемый отпуск — четыре календарные недели.
                7. Работник приступает к работе после получения права на пребывание и работу в Латвии.
                8. Договор составлен в двух экземплярах на латышском языке с переводом на русский язык.
                Работодатель: ____          Работник: ____
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "ru", hard: false,
            text: """
                СПРАВКА С МЕСТА РАБОТЫ
                Дана {name}, {birth_date} г. р., в том, что он (она) работает в {employer} с {date2} в должности {position} на основании трудового договора № {case_no}, заключённого на неопределённый срок.
                Режим работы: полная ставка, 40 часов в неделю.
                Заработная плата: {salary} в месяц до уплаты налогов.
                Налоги и взносы социального страхования уплачиваются работодателем своевременно.
                Работник в отпуске без сохранения заработной платы не находится; дисциплинарных взысканий нет.
                Справка выдана для представления в Управление по делам гражданства и миграции в связи с продлением вида на жительство.
                Адрес работодателя: {address}, {city}
                Дата: {date}
                Член правления: {officer}
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "ru", hard: false,
            text: """
                ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1
                к трудовому договору № {case_no} от {date2}

                г. {city}, {date}
                {employer}, в лице {officer}, и Работник {name} договорились о следующем:
                1. С {deadline} Работник переводится на должность {position}.
                2. С той же даты устанавливается месячная заработная плата в размере {salary}.
                3. Работнику устанавливается суммированный учёт рабочего времени; учётный период — три месяца.
                4. Остальные условия трудового договора остаются без изменений.
                5. Работодатель уведомляет Управление по делам гражданства и миграции об изменении должности работника-иностранца в установленном порядке.
                Соглашение составлено в двух экземплярах.
                Работодатель: ____          Работник: ____
                """),

        // MARK: - employment-contract (en)

        Template(
            label: "personal-file", kind: "employment-contract", language: "en", hard: false,
            text: """
                EMPLOYMENT CONTRACT No. {case_no}
                {city}, {date}

                Between {employer} (the Employer), represented by board member {officer}, and {name}, born {birth_date}, passport {passport} (the Employee), concluded in accordance with the Labour Law of the Republic of Latvia.
                1. Position: {position}.
                2. Start date: {date2}. The contract is concluded for an indefinite period with a probation period of three months.
                3. Place of work: {address}, {city}.
                4. Working time: 40 hours per week, Monday to Friday.
                5. Monthly gross salary: {salary}, paid by bank transfer twice a month.
                6. Annual paid leave: four calendar weeks.
                7. The Employee shall begin work once entitled to reside and work in Latvia; the Employer shall notify the Office of Citizenship and Migration Affairs of any change in employment.
                8. The contract is signed in two copies, in Latvian and in English; the Latvian text prevails.
                Employer: ____          Employee: ____
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "en", hard: false,
            text: """
                SEASONAL EMPLOYMENT CONTRACT (fixed term)
                Contract no.: {case_no}          Date: {date}

                Employer: {employer}, {address}, {city}
                Employee: {name}, born {birth_date}, citizenship {nationality}
                Work: {position}, agricultural season
                Term: from {date2} to {deadline}
                Hours: up to 40 hours per week; overtime paid at double rate in accordance with the Labour Law
                Pay: {salary} per month gross
                Accommodation: provided by the Employer; the Employee will declare the address as required by law
                Travel: the Employer covers the return ticket at the end of the season
                Termination: either party may terminate with notice as provided by the Labour Law
                The contract is the basis for the Employee's type D visa for seasonal work.
                Signed for the Employer: {officer}
                Employee's signature: ____
                """),

        Template(
            label: "personal-file", kind: "employment-contract", language: "en", hard: false,
            text: """
                EMPLOYER'S STATEMENT OF EMPLOYMENT
                For submission to the Office of Citizenship and Migration Affairs

                This is to confirm that {name}, born {birth_date}, is employed by {employer} as {position} under employment contract no. {case_no} dated {date2}.
                The contract is for an indefinite period; the employee works full time.
                The gross monthly salary is {salary}, which is not lower than the average gross salary published by the Central Statistical Bureau for the previous year.
                The vacancy was registered with the State Employment Agency before the job offer was made.
                The company has no outstanding tax debts.
                This statement is issued in support of the employee's application to extend the temporary residence permit.
                {city}, {date}
                {officer}, Board Member, {employer}
                """),

        // MARK: - address-declaration (lv)

        Template(
            label: "personal-file", kind: "address-declaration", language: "lv", hard: false,
            text: """
                DZĪVESVIETAS DEKLARĀCIJA
                (saskaņā ar Dzīvesvietas deklarēšanas likumu)
                Iesniegta: {city} pašvaldībā
                Deklarētājs: {name}
                Personas kods: {personal_code}
                Dzimšanas datums: {birth_date}
                Pilsonība: {nationality}
                Uzturēšanās atļaujas personas lieta: {file_id}
                Deklarējamā dzīvesvieta: {address}, {city}
                Tiesiskais pamats dzīvesvietas izmantošanai: īres līgums, noslēgts {date2}
                Iepriekšējā deklarētā dzīvesvieta: nav bijusi Latvijā
                Deklarēšanas datums: {date}
                Kopā deklarētās personas: {spouse}, {child}
                Apliecinu, ka sniegtās ziņas ir patiesas un ka īpašnieks piekrīt dzīvesvietas deklarēšanai.
                Deklarētāja paraksts: ____
                Deklarāciju pieņēma: {officer}
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "lv", hard: true,
            text: """
                DZĪVESVIETAS DEKLARĀCIJA
                Deklarētājs: {name}, personas kods {personal_code}
                Dzimšanas datums: {birth_date}
                Jaunā dzīvesvieta: {address}, {city}
                Pamats: dzīvokļa īres līgums no {date2}
                Deklarēšanas datums: {date}
                Iepriekšējā deklarētā dzīvesvieta: Ropažu novads, Mucenieki (patvēruma meklētāju izmitināšanas centrs), izmitināšana beigusies {year}. gadā
                Uzturēšanās atļauja: termiņuzturēšanās atļauja, darba devējs {employer}
                Ziņas par ģimenes locekļiem: nav
                Piezīme: deklarētājam jau izsniegts personas kods; dzīvesvietas maiņa deklarējama viena mēneša laikā saskaņā ar Dzīvesvietas deklarēšanas likumu.
                Deklarētāja paraksts: ____
                Pieņēma: {officer}, pašvaldības klientu apkalpošanas centrs
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "lv", hard: false,
            text: """
                {city} pašvaldība
                IZZIŅA
                par deklarēto dzīvesvietu
                Nr. {case_no}

                Izziņa izsniegta {name}, personas kods {personal_code}, par to, ka saskaņā ar Fizisko personu reģistra datiem viņa(-s) deklarētā dzīvesvieta no {date2} ir {address}, {city}.
                Papildu adrese nav norādīta.
                Deklarētajā dzīvesvietā reģistrētas arī šādas personas: {spouse}, {child}.
                Izziņa izsniegta iesniegšanai Pilsonības un migrācijas lietu pārvaldē saistībā ar uzturēšanās atļaujas pagarināšanu.
                Izziņa derīga 30 dienas.
                Datums: {date}
                Speciālists: {officer}
                """),

        // MARK: - address-declaration (ru)

        Template(
            label: "personal-file", kind: "address-declaration", language: "ru", hard: false,
            text: """
                ДЕКЛАРАЦИЯ МЕСТА ЖИТЕЛЬСТВА
                (в соответствии с Законом о декларировании места жительства)
                Подана в самоуправление: {city}
                Декларант: {name}
                Персональный код: {personal_code}
                Дата рождения: {birth_date}
                Гражданство: {nationality}
                Декларируемый адрес: {address}, {city}
                Правовое основание: договор найма от {date2}
                Предыдущее задекларированное место жительства: {address}
                Дата декларирования: {date}
                Вместе декларируются: {child}
                Подтверждаю достоверность сведений. Собственник жилья согласен на декларирование.
                Подпись декларанта: ____
                Декларацию принял(а): {officer}
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "ru", hard: true,
            text: """
                Декларация места жительства (электронная подача, портал latvija.gov.lv)
                Номер заявки: {case_no}
                Декларант: {name}, персональный код {personal_code}
                Новое место жительства: {address}, {city}
                Дата начала проживания: {date2}
                Основание: договор аренды квартиры
                Прежнее место жительства: Ропажский край, Муциениеки — центр размещения лиц, ищущих убежища; проживание прекращено в {year} году
                Вид на жительство: временный, основание — работа в {employer}
                Дата подачи декларации: {date}
                Статус: принята самоуправлением, сведения внесены в Регистр физических лиц
                Уведомление: при смене адреса необходимо задекларировать новое место жительства в течение одного месяца.
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "ru", hard: false,
            text: """
                СОГЛАСИЕ СОБСТВЕННИКА ЖИЛЬЯ
                на декларирование места жительства

                Я, {spouse}, персональный код {personal_code}, являюсь собственником квартиры по адресу {address}, {city}.
                Настоящим даю согласие на декларирование места жительства по указанному адресу следующим лицам:
                — {name}, {birth_date} г. р., гражданство: {nationality};
                — {child}.
                Указанные лица проживают в квартире на основании договора найма от {date2}, срок найма — до {deadline}.
                Мне известно, что в соответствии с Законом о декларировании места жительства я вправе подать заявление об аннулировании сведений, если лица утратят право пользования жильём.
                Согласие представляется в самоуправление и в Управление по делам гражданства и миграции.
                {date}
                Подпись собственника: ____
                """),

        // MARK: - address-declaration (en)

        Template(
            label: "personal-file", kind: "address-declaration", language: "en", hard: false,
            text: """
                DECLARATION OF PLACE OF RESIDENCE
                (Declaration of Place of Residence Law)
                Submitted to: {city} municipality
                Declarant: {name}
                Personal code: {personal_code}
                Date of birth: {birth_date}
                Citizenship: {nationality}
                Address declared: {address}, {city}
                Legal basis for using the dwelling: lease agreement of {date2}
                Previous declared residence: none in Latvia
                Date of declaration: {date}
                Persons declared together: {spouse}, {child}
                I confirm that the information is true and that the owner has agreed to the declaration.
                Signature of declarant: ____
                Accepted by: {officer}
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "en", hard: true,
            text: """
                Declaration of place of residence — online submission
                Submission no.: {case_no}
                Declarant: {name}, personal code {personal_code}
                New address: {address}, {city}
                Living at the address since: {date2}
                Basis: rental agreement
                Previous address: Mucenieki, Ropaži municipality — accommodation centre for asylum seekers (stay ended in {year})
                Residence permit: temporary, employment with {employer}
                Date of submission: {date}
                Status: accepted by the municipality; data entered in the Register of Natural Persons
                Reminder: any change of address must be declared within one month under the Declaration of Place of Residence Law.
                """),

        Template(
            label: "personal-file", kind: "address-declaration", language: "en", hard: false,
            text: """
                {city} municipality — Customer Service Centre
                NOTICE
                on the cancellation of declared place of residence
                No. {case_no}

                Following the application of the owner of the dwelling at {address}, {city}, the municipality examined whether {name}, personal code {personal_code}, still has a legal basis to reside there.
                The owner submitted evidence that the lease expired on {date2} and was not renewed. The declarant did not respond to the letter of {date2} within the time limit set.
                Under the Declaration of Place of Residence Law, the information on the declared place of residence of {name} at the above address is cancelled as of {date}.
                The person must declare a new place of residence within one month. The Office of Citizenship and Migration Affairs has been informed, as the person holds a residence permit.
                This decision may be contested before the head of the municipality's executive within one month.
                {officer}
                """),

        // MARK: - residence-decision (lv)

        Template(
            label: "personal-file", kind: "residence-decision", language: "lv", hard: false,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                Rīgas 1. nodaļa
                LĒMUMS
                par termiņuzturēšanās atļaujas izsniegšanu
                {city}, {date}                                  Nr. {case_no}

                Izskatījusi {name} (dzim. {birth_date}, pilsonība: {nationality}, pase {passport}) {date2} iesniegto uzturēšanās atļaujas pieprasījumu un pievienotos dokumentus, Pārvalde konstatē, ka pieprasītājs ir Latvijas pilsoņa {spouse} laulātais(-ā), laulība noslēgta un reģistrēta Latvijā, laulātie dzīvo kopā deklarētajā dzīvesvietā {address}.
                Šķēršļi uzturēšanās atļaujas izsniegšanai Imigrācijas likuma 34. un 35. panta izpratnē nav konstatēti.
                Pamatojoties uz Imigrācijas likuma 23. panta pirmo daļu un Administratīvā procesa likuma 55. pantu,
                nolemj: izsniegt {name} termiņuzturēšanās atļauju uz pieciem gadiem, līdz {deadline}.
                Persona ir tiesīga strādāt bez ierobežojumiem. Personai viena mēneša laikā jādeklarē dzīvesvieta.
                Nodaļas vadītājs: {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "lv", hard: false,
            text: """
                LĒMUMS Nr. {case_no}
                par atteikumu izsniegt termiņuzturēšanās atļauju
                Rīgā, {date}

                Pieprasītājs: {name}, dzim. {birth_date}, pilsonība: {nationality}.
                Pieprasījuma pamats: studijas — {school}.
                Konstatēts: izglītības iestāde {date2} informēja, ka pieprasītājs nav uzsācis studijas un ir eksmatrikulēts. Līdz ar to zudis pieprasītās uzturēšanās mērķis. Turklāt iesniegtais bankas konta izraksts neapliecina pietiekamus finanšu līdzekļus.
                Pamatojoties uz Imigrācijas likuma 35. panta pirmo daļu un Administratīvā procesa likuma 65. un 66. pantu, Pārvalde nolemj atteikt {name} izsniegt termiņuzturēšanās atļauju.
                Lēmumu viena mēneša laikā no tā spēkā stāšanās dienas var apstrīdēt, iesniedzot iesniegumu Pilsonības un migrācijas lietu pārvaldes priekšniekam (Rīgā, Čiekurkalna 1. līnijā 1, k-3).
                Personai jāatstāj Latvijas Republika līdz {deadline}, ja tai nav cita likumīga pamata uzturēties.
                Vecākā inspektore: {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "lv", hard: true,
            text: """
                PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
                LĒMUMS
                par termiņuzturēšanās atļaujas izsniegšanu nodarbinātības nolūkā
                Rīgā, {date}                                      Nr. {case_no}

                Izskatot {name} (dzim. {birth_date}, personas kods {personal_code}) pieprasījumu, Pārvalde konstatē:
                1. Pieprasītājs noslēdzis darba līgumu ar {employer} par darbu amatā {position} ar atalgojumu {salary} mēnesī; vakance reģistrēta Nodarbinātības valsts aģentūrā.
                2. Pieprasītājs {year}. gadā Latvijā bija iesniedzis iesniegumu par bēgļa vai alternatīvā statusa piešķiršanu; procedūra izbeigta pēc personas iesnieguma, un lietā pieņemts galīgais lēmums. Kopš tā laika persona uzturējusies ārpus Šengenas zonas un {date2} ieceļojusi ar nacionālo vīzu. Iepriekšējais process nav šķērslis atļaujas izsniegšanai.
                3. Informācija par sodāmību un ieceļošanas aizliegumiem nav konstatēta.
                Pamatojoties uz Imigrācijas likumu un Administratīvā procesa likumu, nolemj izsniegt termiņuzturēšanās atļauju līdz {deadline} ar tiesībām strādāt pie norādītā darba devēja.
                Lēmumu var apstrīdēt PMLP priekšniekam viena mēneša laikā.
                {officer}
                """),

        // MARK: - residence-decision (ru)

        Template(
            label: "personal-file", kind: "residence-decision", language: "ru", hard: false,
            text: """
                УПРАВЛЕНИЕ ПО ДЕЛАМ ГРАЖДАНСТВА И МИГРАЦИИ
                РЕШЕНИЕ
                об аннулировании вида на жительство
                Рига, {date}                                      № {case_no}

                {name} ({birth_date} г. р., гражданство: {nationality}) {date2} был выдан временный вид на жительство на основании трудовых отношений с {employer}.
                Работодатель уведомил Управление о расторжении трудового договора. В течение установленного срока лицо не представило сведений о новом работодателе и не подало запроса на изменение основания пребывания.
                Таким образом, цель, для которой был выдан вид на жительство, утрачена. На основании статьи 34 Иммиграционного закона и статьи 55 Закона об административном процессе
                РЕШЕНО: аннулировать вид на жительство {name}.
                Лицо обязано покинуть Латвийскую Республику до {deadline}, если у него (неё) нет иного законного основания для пребывания.
                Решение в течение одного месяца может быть оспорено у начальника Управления по делам гражданства и миграции.
                Старший инспектор: {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "ru", hard: true,
            text: """
                РЕШЕНИЕ № {case_no}
                о повторной выдаче временного вида на жительство
                Рига, {date}

                Заявитель: {name}, {birth_date} г. р., гражданство: {nationality}, личное дело {file_id}.
                Основание пребывания: супруг(а) гражданина(ки) Латвии {spouse}.
                Установлено: брак зарегистрирован {date2}, супруги проживают совместно по адресу {address}. Заявитель представил новый паспорт {passport} взамен прежнего.
                При проверке по информационным системам установлено, что в {year} году заявитель обращался(ась) за убежищем в Германии; по сообщению компетентного органа Германии, производство прекращено, заявитель покинул(а) Германию добровольно. Данное обстоятельство не является основанием для отказа согласно статье 35 Иммиграционного закона.
                РЕШЕНО: повторно выдать {name} временный вид на жительство до {deadline}.
                Решение может быть оспорено у начальника Управления в течение одного месяца.
                Инспектор: {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "ru", hard: true,
            text: """
                Управление по делам гражданства и миграции
                Решение о выдаче временного вида на жительство (трудовые отношения)
                Дело: {case_no}           Дата: {date}

                Заявитель: {name}, {birth_date} г. р., персональный код {personal_code}.
                Работодатель: {employer}; должность: {position}; заработная плата: {salary} в месяц.
                Вакансия зарегистрирована в Государственном агентстве занятости, препятствий для трудоустройства иностранца нет.
                Из архива личных дел: в {year} году заявитель подавал(а) в Латвии заявление о предоставлении статуса беженца; по его (её) просьбе рассмотрение было прекращено, окончательное решение вступило в силу, после чего лицо выехало из Шенгенского пространства. В {date2} лицо въехало по национальной визе D. Прежнее производство закрыто и на рассмотрение настоящего запроса не влияет.
                РЕШЕНО: выдать временный вид на жительство до {deadline} с правом работы у указанного работодателя.
                Решение может быть оспорено у начальника Управления в течение одного месяца.
                {officer}
                """),

        // MARK: - residence-decision (en)

        Template(
            label: "personal-file", kind: "residence-decision", language: "en", hard: false,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS
                DECISION
                on issuing a temporary residence permit
                Riga, {date}                                     No. {case_no}

                Having examined the application of {name} (born {birth_date}, citizenship {nationality}, passport {passport}) submitted on {date2}, the Office finds that the applicant has been admitted to full-time studies at {school}, has paid the tuition fee, holds valid health insurance and has sufficient means of subsistence.
                No grounds for refusal under Article 35 of the Immigration Law have been established.
                In accordance with Article 23 of the Immigration Law and Article 55 of the Administrative Procedure Law, the Office decides to issue {name} a temporary residence permit for the period of studies, until {deadline}.
                The holder may work up to 20 hours per week during studies and full time during holidays. The educational institution must inform the Office if studies are discontinued.
                Head of Unit: {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "en", hard: false,
            text: """
                Decision No. {case_no}
                on refusal to issue a residence permit
                Date: {date}

                Applicant: {name}, born {birth_date}, citizenship {nationality}
                Sponsor: {spouse}, Latvian citizen

                Grounds. The applicant applied on {date2} for a temporary residence permit as the spouse of a Latvian citizen. Separate interviews of the spouses revealed substantial inconsistencies about how and when they met, their home and their daily life. The spouses do not live at the declared address {address}; the owner stated that neither had been seen there.
                The Office concludes that the marriage was entered into for the sole purpose of obtaining a residence permit. Under Article 35 of the Immigration Law and Articles 65 and 66 of the Administrative Procedure Law, the application is refused.
                This decision may be contested before the Head of the Office of Citizenship and Migration Affairs within one month of its entry into force.
                Officer: {officer}
                """),

        Template(
            label: "personal-file", kind: "residence-decision", language: "en", hard: true,
            text: """
                OFFICE OF CITIZENSHIP AND MIGRATION AFFAIRS
                DECISION
                on a temporary residence permit for employment
                Riga, {date}                                     No. {case_no}

                Applicant: {name}, born {birth_date}, personal code {personal_code}
                Employer: {employer}; position: {position}; monthly gross salary: {salary}

                Findings:
                1. The employment contract meets the requirements of the Immigration Law and the vacancy was registered with the State Employment Agency.
                2. The applicant's personal file shows that an asylum application lodged in Latvia in {year} was closed at the applicant's own request, a final decision was taken, and the applicant left the Schengen area. The applicant entered Latvia on {date2} with a national visa. The earlier asylum case has been closed for years and does not affect this application.
                3. No criminal record or entry ban has been found.
                Decision: to issue a temporary residence permit valid until {deadline}, with the right to work for the stated employer.
                The decision may be contested before the Head of the Office within one month.
                {officer}
                """),

        // MARK: - other (lv)

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: false,
            text: """
                IELŪGUMS
                Nr. {case_no}

                Uzaicinātājs: {spouse}, personas kods {personal_code}
                Adrese: {address}, {city}
                Uzaicinātā persona: {name}, dzim. {birth_date}, pilsonība: {nationality}, pase {passport}
                Radniecība vai saistība: ģimenes draugs
                Ieceļošanas mērķis: viesošanās
                Uzturēšanās laiks: no {date2} līdz {deadline}
                Uzturēšanās vieta: uzaicinātāja dzīvesvieta
                Uzaicinātājs apņemas segt uzaicinātās personas uzturēšanās izdevumus un nepieciešamības gadījumā izceļošanas izdevumus saskaņā ar Imigrācijas likumu.

                Ielūgums apstiprināts Pilsonības un migrācijas lietu pārvaldē {date}.
                Amatpersona: {officer}
                Zīmogs
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: true,
            text: """
                Pilsonības un migrācijas lietu pārvaldei
                IESNIEGUMS EIROPAS SAVIENĪBAS PASTĀVĪGĀ IEDZĪVOTĀJA STATUSA PIEŠĶIRŠANAI

                Iesniedzējs: {name}, dzim. {birth_date}, personas kods {personal_code}
                Pilsonība: {nationality}
                Personas lieta: {file_id}
                Pašreizējā uzturēšanās atļauja: termiņuzturēšanās atļauja (darbs), derīga līdz {deadline}
                Deklarētā dzīvesvieta: {address}, {city}
                Nepārtrauktas likumīgas uzturēšanās periods: no {date2}
                Valsts valodas prasme: A2 līmenis, apliecība pievienota
                Ienākumi: {salary} mēnesī, darba devējs {employer}

                Piezīme: iesniedzējs Latvijā no {year}. gada uzturējās kā patvēruma meklētājs; procedūra noslēdzās bez statusa piešķiršanas. Šis periods piecu gadu nepārtrauktas uzturēšanās laikā netiek ieskaitīts — periods aprēķināts no pirmās termiņuzturēšanās atļaujas izsniegšanas dienas saskaņā ar Imigrācijas likumu un Padomes Direktīvu 2003/109/EK.
                {date}
                Paraksts: ____
                """),

        Template(
            label: "personal-file", kind: "other", language: "lv", hard: false,
            text: """
                VALSTS ROBEŽSARDZE
                LĒMUMS administratīvā pārkāpuma lietā Nr. {case_no}
                {city}, {date}

                Amatpersona {officer}, izskatījusi lietu par {name} (dzim. {birth_date}, pilsonība: {nationality}, pase {passport}), konstatēja: personas termiņuzturēšanās atļaujas derīguma termiņš beidzās {date2}, bet persona līdz {date} turpināja uzturēties Latvijas Republikā bez derīgas uzturēšanās atļaujas vai vīzas.
                Persona paskaidroja, ka aizmirsusi laikus iesniegt dokumentus atļaujas pagarināšanai.
                Ņemot vērā, ka pārkāpums izdarīts pirmo reizi un persona atzinusi vainu, saskaņā ar Imigrācijas likumu un Administratīvās atbildības likumu piemērot naudas sodu 70 euro apmērā.
                Naudas sods jāsamaksā 30 dienu laikā. Lēmumu var pārsūdzēt rajona (pilsētas) tiesā viena mēneša laikā.
                Personai uzdots līdz {deadline} sakārtot uzturēšanās statusu vai izceļot.
                Amatpersonas paraksts: ____
                """),

        // MARK: - other (ru)

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: false,
            text: """
                ПРИГЛАШЕНИЕ
                № {case_no}

                Приглашающее лицо: {spouse}, персональный код {personal_code}
                Адрес: {address}, {city}
                Приглашаемое лицо: {name}, {birth_date} г. р., гражданство: {nationality}, паспорт {passport}
                Степень родства: сестра (брат) супруги(а)
                Цель въезда: посещение родственников
                Период пребывания: с {date2} по {deadline}
                Место пребывания: по месту жительства приглашающего
                Приглашающий обязуется покрыть расходы на пребывание приглашённого лица, медицинскую помощь и, при необходимости, выезд из страны в соответствии с Иммиграционным законом.

                Приглашение утверждено в Управлении по делам гражданства и миграции {date}.
                Должностное лицо: {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: true,
            text: """
                В Управление по делам гражданства и миграции
                ЗАЯВЛЕНИЕ
                о предоставлении статуса постоянного жителя Европейского союза

                Заявитель: {name}, {birth_date} г. р., персональный код {personal_code}
                Гражданство: {nationality}
                Личное дело: {file_id}
                Действующий вид на жительство: временный (трудовые отношения), до {deadline}
                Задекларированный адрес: {address}, {city}
                Непрерывное законное пребывание: с {date2}
                Знание государственного языка: уровень A2, удостоверение прилагается
                Доход: {salary} в месяц, работодатель {employer}

                Примечание сотрудника: в {year} году заявитель находился(ась) в Латвии в качестве лица, ищущего убежища; производство завершено без предоставления статуса. Это время не засчитывается в пятилетний период непрерывного пребывания; срок исчисляется с даты выдачи первого временного вида на жительство (Иммиграционный закон, Директива Совета 2003/109/ЕС).
                {date}
                Подпись заявителя: ____     Принял(а): {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "ru", hard: false,
            text: """
                {school}
                СПРАВКА
                № {case_no}, {date}

                Настоящим подтверждается, что {name}, {birth_date} г. р., паспорт {passport}, является студентом(кой) очной формы обучения программы бакалавриата «Компьютерные науки».
                Дата зачисления: {date2}
                Курс: второй
                Предполагаемая дата окончания: {deadline}
                Плата за обучение за текущий учебный год внесена полностью.
                Студент(ка) регулярно посещает занятия, академической задолженности не имеет.
                Справка выдана для представления в Управление по делам гражданства и миграции для продления вида на жительство.
                Учебное заведение обязуется уведомить Управление в случае отчисления студента(ки).
                Руководитель учебного отдела: {officer}
                М. П.
                """),

        // MARK: - other (en)

        Template(
            label: "personal-file", kind: "other", language: "en", hard: false,
            text: """
                {school}
                CONFIRMATION OF STUDIES
                Ref. {case_no}                                  {date}

                To the Office of Citizenship and Migration Affairs

                We confirm that {name}, born {birth_date}, passport {passport}, is enrolled as a full-time student in the master's programme in Business Administration.
                Date of enrolment: {date2}
                Year of study: first
                Expected graduation: {deadline}
                Tuition fee for the current academic year has been paid in full.
                The student attends classes regularly. The university will inform the Office without delay if the student is expelled or interrupts studies, as required by the Immigration Law.
                This confirmation is issued for the extension of the student's temporary residence permit.
                {officer}
                Head of the International Students Office
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: true,
            text: """
                APPLICATION FOR EU LONG-TERM RESIDENT STATUS
                Office of Citizenship and Migration Affairs

                Applicant: {name}, born {birth_date}, personal code {personal_code}
                Citizenship: {nationality}
                Personal file: {file_id}
                Current permit: temporary residence permit (employment), valid until {deadline}
                Declared address: {address}, {city}
                Continuous lawful residence since: {date2}
                Latvian language proficiency: level A2, certificate attached
                Income: {salary} per month, employer {employer}

                Officer's note: the applicant stayed in Latvia as an asylum seeker in {year}; that procedure ended without protection being granted. Time spent as an asylum seeker is not counted towards the five years of continuous residence. The period is calculated from the date the first temporary residence permit was issued, in accordance with the Immigration Law and Council Directive 2003/109/EC.
                Date: {date}
                Applicant's signature: ____      Received by: {officer}
                """),

        Template(
            label: "personal-file", kind: "other", language: "en", hard: false,
            text: """
                Office of Citizenship and Migration Affairs
                DECISION in administrative offence case No. {case_no}
                {city}, {date}

                Officer {officer}, having examined the case concerning {name}, born {birth_date}, citizenship {nationality}, established that the person changed his or her place of residence on {date2} and moved to {address}, but did not declare the new place of residence, nor inform the Office of the change of address as a residence permit holder, within the time limit.
                The person admitted the offence and declared the new address on the day of the hearing.
                Under the Declaration of Place of Residence Law, the Immigration Law and the Law on Administrative Liability, a warning is issued and a fine of 35 euros is imposed.
                The fine must be paid within 30 days. This decision may be appealed to the district (city) court within one month.
                Signature: ____
                """),
    ]
}
