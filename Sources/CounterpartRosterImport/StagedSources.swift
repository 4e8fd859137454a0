import CounterpartXML
import Foundation

/// The files of one import where the XML layer can read them: a path is read where it is,
/// an upload's bytes from a private temporary file, removed by ``removeTemporaryFiles()``.
///
/// Why a temporary file rather than a reading entry for memory: the XML layer reads by file
/// descriptor (`InputFile`, `xmlReaderForFd`, the fast pass's own `pread`s), and to place a
/// problem at the line where an element's start tag begins it maps the file again by path,
/// also later, when the store finds a problem that spans files. Reading from memory would
/// need a second kind of input through all of these, in the one layer that keeps unsafe
/// input out. Through a temporary file an upload takes exactly the path of a file on disk:
/// the same checks (a regular, non-empty file, no compression signature, no DOCTYPE) and the
/// same libxml2 options, with nothing new to get wrong. The cost is writing the bytes once
/// (a fraction of a second for a 170 MB roster whose import takes seconds).
///
/// The file is made by `mkstemp` in the temporary folder (`$TMPDIR`, else `/tmp`): created
/// exclusively, mode 0600 (it holds phone numbers), under an unpredictable name.
struct StagedSources {
    /// Where each file is read, in the order given.
    let readPaths: [String]
    /// What each file is called in diagnostics, stages and the history (``RosterSource/name``).
    let names: [String]
    /// The temporary files, each with the name of the upload it holds.
    private let uploads: [(path: String, name: String)]

    /// Writes every upload to a temporary file of its own in `folder`.
    /// - Throws: ``RosterImportError/cannotStageUpload(name:reason:)`` when one cannot be
    ///   written; none is left behind then.
    init(_ sources: [RosterSource], folder: String = FileManager.default.temporaryDirectory.path)
        throws(RosterImportError)
    {
        var readPaths: [String] = []
        var uploads: [(path: String, name: String)] = []
        for source in sources {
            switch source {
            case .file(let path):
                readPaths.append(path)
            case .upload(let name, let bytes):
                do throws(WriteError) {
                    let path = try StagedSources.write(bytes, in: folder)
                    readPaths.append(path)
                    uploads.append((path, name))
                } catch {
                    for upload in uploads { unlink(upload.path) }
                    throw .cannotStageUpload(name: name, reason: error.reason)
                }
            }
        }
        self.readPaths = readPaths
        self.names = sources.map(\.name)
        self.uploads = uploads
    }

    var count: Int { readPaths.count }

    /// Removes the temporary files. Call once the import is over, whatever its end.
    func removeTemporaryFiles() {
        for upload in uploads { unlink(upload.path) }
    }

    /// `diagnostic` with a temporary file's path replaced by its upload's name.
    func naming(_ diagnostic: Diagnostic) -> Diagnostic {
        guard case .badInput(let named) = naming(.badInput([diagnostic])) else { return diagnostic }
        return named[0]
    }

    /// `error` with every temporary file's path replaced by its upload's name.
    func naming(_ error: RosterImportError) -> RosterImportError {
        guard !uploads.isEmpty, case .badInput(let diagnostics) = error else { return error }
        return .badInput(
            diagnostics.map { diagnostic in
                var named = diagnostic
                for upload in uploads {
                    if named.file == upload.path { named.file = upload.name }
                    named.message = named.message.replacingOccurrences(of: upload.path, with: upload.name)
                    named.japanese = named.japanese.replacingOccurrences(of: upload.path, with: upload.name)
                }
                return named
            })
    }

    private struct WriteError: Error {
        var reason: String
        init() { reason = String(cString: strerror(errno)) }
    }

    /// A new temporary file in `folder` holding `bytes`, and its path.
    private static func write(_ bytes: [UInt8], in folder: String) throws(WriteError) -> String {
        var template = Array("\(folder)/counterpart-upload-XXXXXXXXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw WriteError() }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0, writeAll(bytes, to: descriptor) else {
            let error = WriteError()
            unlink(path)
            throw error
        }
        return path
    }

    /// Whether all of `bytes` could be written to `descriptor`.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno != EINTR { return false }
                offset += max(written, 0)
            }
            return true
        }
    }
}
