/// The office's vocabulary in three languages, one concept per entry: what an asylum or a personal-file document is
/// about, whatever words its author chose. A concept is one feature whichever language or inflection names it, so
/// evidence learnt from a Latvian form counts for a Russian letter, and a template's own wording does not have to
/// have been seen.
///
/// Written from the domain (the Asylum Law, the Immigration Law and the office's procedures), not from any corpus:
/// each entry is a folded stem (`TextFeatures.fold`: lower case, no diacritics, ё as е, й as и) that a word must
/// start with, or a phrase of such stems that must follow one another. Which way a concept points, and how far, is
/// the model's to learn; a personal-file letter can mention asylum in passing.
public enum DomainLexicon {
    /// Raised with any change to the concepts: the classify stage's derivation key holds it, so documents are
    /// classified again by what the lexicon now says.
    public static let version = 1

    public struct Concept: Sendable {
        public let name: String
        /// Each term: stems of consecutive words.
        public let terms: [[String]]
        /// What sort of paper it is (an application, a decision), not which procedure: evidence of the kind only.
        public let isGenre: Bool

        init(_ name: String, _ terms: [String], genre: Bool = false) {
            self.name = name
            self.terms = terms.map { $0.split(separator: " ").map(String.init) }
            isGenre = genre
        }
    }

    public static let concepts: [Concept] = [
        // Asylum procedure.
        Concept("asylum", ["asylum", "patverum", "убежищ"]),
        Concept("refugee", ["refugee", "begl", "беженц", "беженец"]),
        Concept("international-protection", ["international protection", "starptautisk aizsardzib", "международн защит"]),
        Concept(
            "alternative-status",
            [
                "subsidiary protection", "alternative status", "alternativ status", "alternativa status", "альтернативн статус",
                "дополнительн защит",
            ]),
        Concept(
            "dublin",
            [
                "dublin", "дублин", "604/2013", "eurodac", "take charge", "take back", "parnemt", "uznemt atpakal", "принять обратно",
                "принят на себя ответствен",
            ]),
        Concept("persecution", ["persecut", "vajasan", "vajat", "преследова", "преследуют"]),
        Concept("danger-at-home", ["torture", "spidzin", "пыт", "threat", "draud", "угроз", "fear", "bail", "страх", "опаса"]),
        Concept("country-of-origin", ["country of origin", "izcelsmes valst", "страна происхожден", "страны происхожден"]),
        Concept("interview", ["interview", "intervij", "собеседован", "интервью"]),
        Concept(
            "accommodation-centre", ["accommodation centre", "accommodation center", "izmitinasanas centr", "центр размещен", "mucenieki"]),
        Concept("asylum-seeker", ["asylum seeker", "patveruma meklet", "ищущ убежищ", "applicant for protection"]),
        Concept("border-guard", ["border guard", "robezsardz", "погранич"]),
        Concept("detention", ["detention", "aiztur", "задержан", "содержан под страж"]),
        Concept("travel-document", ["travel document", "celosanas dokument", "проездн документ"]),
        // Residence and civil business.
        Concept(
            "residence-permit",
            [
                "residence permit", "uzturesanas atlauj", "terminuzturesan", "pastavigas uzturesan", "вид на жительств",
                "разрешен на проживан", "разрешен на жительств",
            ]),
        Concept(
            "visa",
            ["visa application", "visa holder", "entry visa", "schengen", "vizu", "viza", "визы", "виза", "визу", "визов"]),
        // (English "visa" alone is Latvian for "all": only phrases.)
        Concept(
            "employment",
            [
                "employment", "employer", "salary", "darba ligum", "darba devej", "alga", "algu", "трудов", "работодател", "зарплат",
                "заработн",
            ]),
        Concept("study", ["study", "studies", "student", "universit", "studij", "studen", "учеб", "студент", "университет", "обучен"]),
        Concept("marriage", ["marriage", "married", "spouse", "laulib", "laulat", "брак", "супруг"]),
        Concept("birth", ["birth certificate", "dzimsanas aplieci", "свидетельств о рожден", "rodzil"]),
        Concept("civil-registry", ["civil status", "civilstavokl", "загс", "актов гражданск", "registry office", "dzimtsarakst"]),
        Concept("declared-address", ["declared address", "deklaret dzivesviet", "dzivesvietas deklar", "место жительств", "декларирова"]),
        Concept("invitation", ["invitation", "ielugum", "приглашен"]),
        Concept("fine", ["fine of", "naudas sod", "штраф", "administrativ parkap", "административн правонарушен"]),
        Concept("family-reunification", ["family reunification", "gimenes atkalapvienosan", "воссоединен семь"]),
        Concept("business", ["company", "uznemum", "компани", "предприят", "self-employ", "komersant"]),
        // What sort of paper it is, whichever procedure it belongs to.
        Concept(
            "application", ["application", "apply", "iesniegum", "pieteikum", "anket", "заявлен", "ходатаиств", "анкет", "questionnaire"],
            genre: true),
        Concept("decision", ["decision", "decided", "lemum", "nolem", "решени", "постановлен", "решил"], genre: true),
        Concept(
            "record-of-questions", ["protokol", "протокол", "question", "jautajum", "вопрос", "answer", "atbild", "ответ"], genre: true),
        Concept("appeal-court", ["appeal", "court", "parsudz", "tiesa", "tiesai", "tiesas", "жалоб", "суд", "обжалова"], genre: true),
        Concept(
            "passport-document",
            ["passport", "pase", "pases", "паспорт", "machine readable", "masinlasam", "машиносчитыва", "data page", "datu lap"],
            genre: true),
        Concept("certificate", ["certificate", "certif", "aplieci", "izzin", "свидетельств", "справк"], genre: true),
        Concept("contract", ["contract", "agreement", "ligum", "договор"], genre: true),
        Concept("copy-or-translation", ["copy", "kopija", "копия", "translation", "tulkojum", "перевод"], genre: true),
    ]

    /// Concepts only the asylum procedure uses: a personal-file decision on a document that names one is not
    /// confident enough for an auditor's eyes, whatever the model's probability (see `TextClassifier`).
    public static let asylumProcedure: Set<String> = [
        "asylum", "refugee", "international-protection", "alternative-status", "dublin", "asylum-seeker", "accommodation-centre",
        "persecution",
    ]

    /// Concept name → how often the text names it. `tokens` are `TextFeatures.tokens`.
    public static func concepts(in tokens: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: mentions(in: tokens).map { ($0.concept.name, $0.count) })
    }

    /// Each concept the text names, with how often.
    public static func mentions(in tokens: [String]) -> [(concept: Concept, count: Int)] {
        var found: [(concept: Concept, count: Int)] = []
        for concept in concepts {
            var count = 0
            for term in concept.terms where term.count <= tokens.count {
                for start in 0...(tokens.count - term.count)
                where zip(term, tokens[start..<(start + term.count)]).allSatisfy({ $1.hasPrefix($0) }) {
                    count += 1
                }
            }
            if count > 0 { found.append((concept, count)) }
        }
        return found
    }
}
