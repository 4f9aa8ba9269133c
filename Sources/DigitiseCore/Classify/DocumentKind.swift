/// What a document is, finer than its class. The first five are asylum documentation by nature; `other` can be
/// either (an accommodation-centre card is asylum, an invitation letter is not).
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case asylumApplication = "asylum-application"
    case interviewRecord = "interview-record"
    case statusDecision = "status-decision"
    case dublinTransfer = "dublin-transfer"
    case appeal
    case residencePermitApplication = "residence-permit-application"
    case visaApplication = "visa-application"
    case passportCopy = "passport-copy"
    case civilStatusCertificate = "civil-status-certificate"
    case employmentContract = "employment-contract"
    case addressDeclaration = "address-declaration"
    case residenceDecision = "residence-decision"
    case other

    /// Whether a document of this kind can be of `documentClass` (`other` can be either).
    public func fits(_ documentClass: DocumentClass) -> Bool {
        self == .other || isAsylumDocumentation == (documentClass == .asylum)
    }

    /// The kinds that are asylum documentation by nature (`other` is not: it can be either).
    public var isAsylumDocumentation: Bool {
        switch self {
        case .asylumApplication, .interviewRecord, .statusDecision, .dublinTransfer, .appeal: true
        default: false
        }
    }
}
