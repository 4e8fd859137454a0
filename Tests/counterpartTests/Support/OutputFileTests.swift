import Foundation
import Testing

@testable import counterpart

/// Issue 14, item 11: `-o FILE` writes a regular file only (never a device, FIFO or folder),
/// through a temporary file made by `mkstemp` beside it (created exclusively, under an
/// unpredictable name, never through a symbolic link), mode 0600: rosters and reports hold
/// phone numbers.
@Suite struct OutputFileTests {
    let folder = ScratchFolder()

    func generate(to path: String) throws -> CommandRunner.Result {
        try CommandRunner.run(
            ["generate", "roster", "--seed", "1", "--municipalities", "3", "--staff", "20", "-o", path],
            in: folder.url, timeout: .seconds(30))
    }

    /// The file type bits of what is at `path` (`S_IFIFO`, …), the path itself if it is a link.
    func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    func permissions(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o777 : nil
    }

    func expectRefused(_ path: String, kind: String, type: mode_t) throws {
        let result = try generate(to: path)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "Error: \(path): cannot write: it is \(kind), not a regular file; give the name of a file, or leave out -o to write to standard output\n"
        )
        #expect(fileType(path) == type, "left as it was")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).count == 1, "nothing left behind")
    }

    @Test func aFIFOIsRefusedAndLeftAsItIs() throws {
        let fifo = folder.path("plan.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        try expectRefused(fifo, kind: "a FIFO", type: S_IFIFO)
    }

    /// A private copy of `/dev/null` (made with `mknod`, which needs root; skipped otherwise).
    @Test func aDeviceIsRefusedAndLeftAsItIs() throws {
        let device = folder.path("null")
        guard mknod(device, S_IFCHR | 0o600, dev_t(1 << 8 | 3)) == 0 else { return }  // Linux makedev(1, 3)
        try expectRefused(device, kind: "a character device", type: S_IFCHR)
    }

    @Test func aFolderIsRefused() throws {
        let inner = folder.path("reports")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        try expectRefused(inner, kind: "a folder", type: S_IFDIR)
    }

    /// A symbolic link at the target is replaced by the file; what it pointed to is untouched.
    @Test func aSymbolicLinkAtTheTargetIsReplacedNotFollowed() throws {
        let victim = folder.write("victim.txt", "keep me")
        let link = folder.path("roster.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let result = try generate(to: link)
        #expect(result.status == 0 && result.standardError == "")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(fileType(link) == S_IFREG)
        #expect(try String(contentsOfFile: link, encoding: .utf8).contains("<roster xmlns="))
    }

    /// New or replacing a file anyone could read, the file is readable by its owner only.
    @Test func theFileIsWrittenMode0600() throws {
        let new = folder.path("new.xml")
        #expect(try generate(to: new).status == 0)
        #expect(permissions(new) == 0o600)
        let existing = folder.write("existing.xml", "old")
        #expect(chmod(existing, 0o644) == 0)
        #expect(try generate(to: existing).status == 0)
        #expect(permissions(existing) == 0o600)
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("<roster xmlns="))
    }

    /// A link planted where a predictable temporary name (`FILE.tmp-PID`) would be is never
    /// written through.
    @Test func aLinkAtAGuessableTemporaryNameIsNotFollowed() throws {
        let victim = folder.write("victim.txt", "keep me")
        let path = folder.path("plan.json")
        try FileManager.default.createSymbolicLink(atPath: "\(path).tmp-\(getpid())", withDestinationPath: victim)
        let file = try OutputFile(path: path)
        try file.write(Array("{}\n".utf8))
        try file.commit()
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
    }

    /// Two writers of the same file at once each get a temporary file of their own, mode 0600,
    /// and whichever commits last wins whole.
    @Test func twoWritersOfOneFileHaveTemporaryFilesOfTheirOwn() throws {
        let path = folder.path("plan.json")
        let first = try OutputFile(path: path)
        let second = try OutputFile(path: path)
        try first.write(Array("first\n".utf8))
        try second.write(Array("second\n".utf8))
        let temporary = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            .filter { $0.hasPrefix("plan.json.") }
        #expect(temporary.count == 2)
        #expect(temporary.allSatisfy { permissions(folder.path($0)) == 0o600 })
        try first.commit()
        try second.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["plan.json"])
    }

    /// A file not committed (the command failed part-way) leaves nothing behind.
    @Test func anUncommittedFileLeavesNothingBehind() throws {
        let path = folder.path("plan.json")
        do {
            let file = try OutputFile(path: path)
            try file.write(Array("half".utf8))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [])
    }
}
