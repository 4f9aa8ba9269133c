import ArgumentParser
import Catalog
import DigitiseCore
import DocumentClassifier
import ObjectStore
import PostgresCatalog
import ReportServer

/// An error that ends a command, with the exit status it maps to and words that say what to do next.
struct CommandFailure: Error, CustomStringConvertible {
    let status: ExitStatus
    let message: String

    var description: String { message }

    /// Runs `body`, turning known errors into their documented exit status and a one-line message.
    static func mapping<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            throw failure.exit()
        } catch let error as InboxReadError {
            throw CommandFailure(status: .noInput, message: error.description).exit()
        } catch let error as OCRError {
            throw CommandFailure(status: .missingDependency, message: error.description).exit()
        } catch let error as ArchiveQueryError {
            throw CommandFailure(status: .usage, message: error.description).exit()
        } catch let error as ReviewDeskError {
            switch error {
            case .noSuchDocument, .noSuchPage: throw CommandFailure(status: .noInput, message: error.description).exit()
            case .pageNotMarkable: throw CommandFailure(status: .dataError, message: error.description).exit()
            case .archiveBusy: throw CommandFailure(status: .archiveLocked, message: error.description).exit()
            }
        } catch let error as PostgresCatalogError {
            switch error {
            case .unreachable, .closed: throw CommandFailure(status: .noInput, message: error.description).exit()
            case .notUTF8, .newerSchema, .needsMigration: throw CommandFailure(status: .dataError, message: error.description).exit()
            case .statement: throw CommandFailure(status: .internalError, message: error.description).exit()
            }
        } catch let error as CatalogError {
            switch error {
            case .noCatalog: throw CommandFailure(status: .noInput, message: error.description).exit()
            case .noSuchPage: throw CommandFailure(status: .internalError, message: error.description).exit()
            case .diskFull: throw CommandFailure(status: .cannotWrite, message: error.description).exit()
            }
        } catch let error as LabelledCorpus.CorpusError {
            throw CommandFailure(status: .noInput, message: error.description).exit()
        } catch let error as AuthFile.AuthError {
            throw CommandFailure(status: .noInput, message: error.description).exit()
        } catch let error as StoreError {
            throw CommandFailure(status: .cannotWrite, message: error.description).exit()
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CommandFailure(status: .internalError, message: "\(error)").exit()
        }
    }

    /// Prints the message and becomes the process's exit code.
    func exit() -> ExitCode {
        Console.err("digitise: error: \(message)\n")
        return ExitCode(status.rawValue)
    }
}
