/// A roster file to import: one on this machine, named by its path, or bytes received
/// under a name (an upload).
public enum RosterSource: Sendable, Equatable {
    /// The file at `path`, read where it is.
    case file(path: String)
    /// `bytes` received as the file `name` (an upload's file name, say); read like a file
    /// on disk (see ``StagedSources``).
    case upload(name: String, bytes: [UInt8])

    /// The name diagnostics, stages and the stored history give this file: the path as
    /// given, or the upload's name.
    public var name: String {
        switch self {
        case .file(let path): path
        case .upload(let name, _): name
        }
    }
}
