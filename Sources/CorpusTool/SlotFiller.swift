import DigitiseCore
import Foundation

/// Fills a template's `{slot}`s with made-up people, numbers, dates and places, in the template's language.
struct SlotFiller {
    var random: SeededRandom

    static let givenNames = [
        "lv": [
            "Jānis", "Anna", "Pēteris", "Līga", "Andris", "Ilze", "Māris", "Dace", "Kārlis", "Inese", "Edgars", "Zane", "Gatis", "Sanita",
        ],
        "ru": ["Алексей", "Мария", "Дмитрий", "Елена", "Сергей", "Ольга", "Ахмад", "Фатима", "Тимур", "Наталья", "Игорь", "Зарина"],
        "en": [
            "Ahmad", "Mariam", "Yusuf", "Amina", "Omar", "Leila", "Daniel", "Sarah", "Tariq", "Nadia", "Samuel", "Hana", "Ivan", "Olena",
        ],
    ]
    static let surnames = [
        "lv": [
            "Bērziņš", "Kalniņa", "Ozols", "Liepiņa", "Krūmiņš", "Vītola", "Jansons", "Zariņa", "Ābele", "Siliņš", "Ozoliņa", "Eglītis",
        ],
        "ru": ["Иванов", "Смирнова", "Кузнецов", "Попова", "Хасанов", "Алиева", "Петров", "Волкова", "Рахимов", "Юсупова", "Соколов"],
        "en": ["Haddad", "Rahimi", "Karimi", "Hussein", "Mensah", "Okafor", "Novak", "Kovalenko", "Ahmadi", "Said", "Brown", "Tesfaye"],
    ]
    static let countries = [
        "lv": [
            "Sīrija", "Afganistāna", "Irāka", "Baltkrievija", "Krievija", "Ukraina", "Eritreja", "Tadžikistāna", "Indija", "Uzbekistāna",
        ],
        "ru": ["Сирия", "Афганистан", "Ирак", "Беларусь", "Россия", "Украина", "Эритрея", "Таджикистан", "Индия", "Узбекистан"],
        "en": ["Syria", "Afghanistan", "Iraq", "Belarus", "Russia", "Ukraine", "Eritrea", "Tajikistan", "India", "Uzbekistan"],
    ]
    static let nationalities = [
        "lv": ["Sīrijas", "Afganistānas", "Irākas", "Baltkrievijas", "Krievijas", "Ukrainas", "Eritrejas", "Indijas"],
        "ru": ["сирийское", "афганское", "иракское", "белорусское", "российское", "украинское", "эритрейское", "индийское"],
        "en": ["Syrian", "Afghan", "Iraqi", "Belarusian", "Russian", "Ukrainian", "Eritrean", "Indian"],
    ]
    static let cities = ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera", "Ogre", "Cēsis"]
    static let streets = [
        "Brīvības iela", "Čiekurkalna 1. līnija", "Krasta iela", "Maskavas iela", "Ganību dambis", "Lāčplēša iela",
        "Tērbatas iela", "Dzirnavu iela", "Slokas iela", "Rīgas iela",
    ]
    static let employers = [
        "SIA Baltijas Koks", "SIA Rīgas Būvnieks", "AS Latvijas Piens", "SIA TechNord", "SIA Daugavas Loģistika",
        "SIA Kurzemes Zivis", "AS Ventspils Osta", "SIA Vidzemes Mēbeles",
    ]
    static let positions = [
        "lv": ["programmētājs", "metinātājs", "pavārs", "noliktavas darbinieks", "šoferis", "inženieris", "medmāsa"],
        "ru": ["программист", "сварщик", "повар", "кладовщик", "водитель", "инженер", "медсестра"],
        "en": ["software developer", "welder", "cook", "warehouse worker", "driver", "engineer", "nurse"],
    ]
    static let schools = [
        "Latvijas Universitāte", "Rīgas Tehniskā universitāte", "Rīgas Stradiņa universitāte", "Banku augstskola",
        "Daugavpils Universitāte",
    ]

    mutating func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
    mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }

    mutating func date(years: ClosedRange<Int>) -> (day: Int, month: Int, year: Int) {
        (number(1...28), number(1...12), number(years))
    }

    mutating func formatted(_ d: (day: Int, month: Int, year: Int)) -> String { String(format: "%02d.%02d.%04d", d.day, d.month, d.year) }

    /// A personal code of the old form for someone born on `birth`, check digit valid (drawn again when none exists).
    mutating func personalCode(born birth: (day: Int, month: Int, year: Int)) -> String {
        while true {
            let century = birth.year >= 2000 ? 2 : 1
            var digits = [
                birth.day / 10, birth.day % 10, birth.month / 10, birth.month % 10, (birth.year / 10) % 10, birth.year % 10, century,
            ]
            for _ in 0..<3 { digits.append(number(0...9)) }
            if let check = IdentifierExtractor.personalCodeCheckDigit(digits) {
                let all = (digits + [check]).map(String.init).joined()
                return String(all.prefix(6)) + "-" + String(all.suffix(5))
            }
        }
    }

    mutating func fill(_ template: Template) -> String {
        let lang = template.language
        let given = pick(Self.givenNames[lang]!), surname = pick(Self.surnames[lang]!)
        let birth = date(years: 1955...2004)
        var values: [String: String] = [
            "given": given, "surname": surname, "name": "\(given) \(surname)",
            "spouse": "\(pick(Self.givenNames[lang]!)) \(pick(Self.surnames[lang]!))",
            "child": "\(pick(Self.givenNames[lang]!)) \(surname)",
            "officer": "\(pick(Self.givenNames["lv"]!)) \(pick(Self.surnames["lv"]!))",
            "judge": "\(pick(Self.givenNames["lv"]!)) \(pick(Self.surnames["lv"]!))",
            "birth_date": formatted(birth), "date": formatted(date(years: 2008...2024)), "date2": formatted(date(years: 2008...2024)),
            "deadline": formatted(date(years: 2010...2026)), "year": String(number(2005...2024)),
            "personal_code": personalCode(born: birth),
            "nationality": pick(Self.nationalities[lang]!), "country": pick(Self.countries[lang]!), "country2": pick(Self.countries[lang]!),
            "city": pick(Self.cities),
            "employer": pick(Self.employers), "position": pick(Self.positions[lang]!), "salary": String(number(8...45) * 100),
            "school": pick(Self.schools),
        ]
        values["passport"] =
            number(0...2) == 0
            ? String(format: "%02d %07d", number(10...99), number(0...9_999_999))
            : pick(["LV", "PA", "FA", "AB", "N0", "RU"]).prefix(2) + String(format: "%07d", number(0...9_999_999))
        values["address"] = "\(pick(Self.streets)) \(number(1...140))-\(number(1...60)), \(values["city"]!), LV-\(number(1001...5700))"
        values["file_id"] = String(format: "PF-%04d-%06d", number(2005...2024), number(1...999_999))
        values["case_no"] =
            number(0...1) == 0
            ? String(format: "%04d/PAT-%04d", number(2008...2024), number(1...9999))
            : String(format: "%d-%d/%04d", number(1...9), number(1...30), number(1...9999))
        var text = template.text
        for (slot, value) in values { text = text.replacingOccurrences(of: "{\(slot)}", with: value) }
        return text
    }
}
