import DigitiseCore

/// Page texts that look like the archive's: Latvian, Russian, English and mixed pages of form-like lines, words
/// drawn with a Zipf-like skew (a few very common, many rare), names, codes and dates. Deterministic by seed.
struct SyntheticText {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    static let latvian = """
        un uz par no ar kas ir vai pēc lai tiek personas kods vārds uzvārds dzimšanas datums pilsonība dzīvesvieta adrese \
        iesniegums uzturēšanās atļauja termiņuzturēšanās pastāvīgās pieteikums lēmums pārvalde pilsonības migrācijas lietu \
        patvēruma meklētājs bēgļa statuss alternatīvais statuss intervija protokols ģimenes locekļi laulātais bērns darba līgums \
        darba devējs alga amats nodarbinātība deklarācija dzīvesvietas apliecība dzimšanas laulības pase ceļošanas dokuments \
        vīza iebraukšana izbraukšana robeža valsts policija tiesa pārsūdzība sūdzība iestāde inspektors inspektore paraksts \
        datums numurs lapa kopija apstiprināta Rīga Daugavpils Liepāja Jelgava Cēsis Valmiera Ventspils iela māja dzīvoklis \
        novads pagasts tālrunis e-pasts pamatojums saskaņā ar likumu noteikumi ministru kabineta panta daļa punkts izsniegt \
        atteikt pagarināt anulēt pieņemt izskatīt nodrošināt pieprasīt iesniegt
        """.split(separator: " ").map(String.init)
    static let russian = """
        и в на с по о для что это от как не из заявление ходатайство о предоставлении убежища беженец статус альтернативный \
        решение управление по делам гражданства и миграции вид на жительство виза паспорт гражданство фамилия имя отчество \
        дата рождения место жительства адрес семья супруг супруга ребёнок дети работа трудовой договор работодатель должность \
        интервью протокол вопрос ответ переводчик страна происхождения преследование угроза безопасность граница полиция \
        суд обжалование жалоба подпись номер страница копия Рига Москва Минск Киев Алматы Ташкент улица дом квартира \
        телефон основание согласно закону правила кабинета министров статья часть пункт выдать отказать продлить аннулировать
        """.split(separator: " ").map(String.init)
    static let english = """
        the of and to in for on with by is are was this that from application for asylum refugee status subsidiary protection \
        decision office of citizenship and migration affairs residence permit visa passport citizenship surname name date \
        of birth place address family spouse child children employment contract employer position salary interview record \
        question answer interpreter country of origin persecution threat security border police court appeal complaint \
        signature number page copy certified Riga transfer request Dublin regulation member state responsible take charge \
        grounds according to law regulations cabinet section paragraph issue refuse extend revoke accept examine provide
        """.split(separator: " ").map(String.init)
    static let surnames = [
        "Bērziņš", "Kalniņa", "Ozoliņš", "Kuzņecovs", "Smirnova", "Petrovs", "Jansons", "Liepiņa", "Ivanova", "Hassan", "Ahmadi", "Nguyen",
    ]

    mutating func next() -> UInt64 { random.next() }

    /// An index in 0..<n, skewed towards 0.
    mutating func skewed(_ n: Int) -> Int {
        let u = Double(next() % 1_000_000) / 1_000_000
        return min(n - 1, Int(Double(n) * u * u * u))
    }

    /// A page of about 1,500 characters. `language`: 0 Latvian, 1 Russian, 2 English, 3 mixed.
    mutating func page(language: Int) -> String {
        var lines: [String] = []
        var length = 0
        while length < 1_500 {
            let vocabulary = [Self.latvian, Self.russian, Self.english][language == 3 ? Int(next() % 3) : language]
            var line: [String] = []
            for _ in 0..<(6 + Int(next() % 8)) { line.append(vocabulary[skewed(vocabulary.count)]) }
            switch next() % 6 {
            case 0: line.append(Self.surnames[Int(next() % UInt64(Self.surnames.count))])
            case 1: line.append(String(format: "%02d%02d%02d-%05d", 1 + next() % 28, 1 + next() % 12, next() % 100, next() % 100_000))
            case 2: line.append(String(format: "%02d.%02d.%04d.", 1 + next() % 28, 1 + next() % 12, 1950 + next() % 75))
            default: break
            }
            let text = line.joined(separator: " ")
            lines.append(text)
            length += text.count + 1
        }
        return lines.joined(separator: "\n")
    }
}
