import Foundation

/// What a file in `Alerts/` is, from its path alone.
enum FileRole: Equatable, Sendable {
    case site
    case advice
    case term(TermKind)
    case campaign
    case `case`
}

/// One file of `Alerts/`, read but not yet decoded. A class, never changed once made: the
/// resolver sorts 10,000 of them into groups, and a reference is one retain where a copy was five.
final class ContentFile: Sendable {
    let role: FileRole
    /// Display path for diagnostics.
    let path: String
    /// The name without language suffix and extension: the slug or id.
    let name: String
    /// The language suffix (`zh` in `x.zh.md`), nil for the default language.
    let langSuffix: String?
    /// The bytes; nil for a case file whose group the memo of the last build has (see `Loader.load`).
    let data: Data?
    /// `Fingerprint.raw` of the bytes: what the memo's keys hash.
    let digest: Fingerprint
    /// Its signature before it was read, when settled (see `KnownFiles`).
    let signature: FileSignature?
    /// The path relative to `Alerts/`: what fingerprints hash, so they do not depend on where the folder is.
    let relative: String

    convenience init(role: FileRole, path: String, name: String, langSuffix: String?, data: Data, relative: String = "") {
        self.init(role: role, path: path, name: name, langSuffix: langSuffix, loaded: LoadedFile(data, keep: true), relative: relative)
    }

    init(role: FileRole, path: String, name: String, langSuffix: String?, loaded: LoadedFile, relative: String) {
        self.role = role
        self.path = path
        self.name = name
        self.langSuffix = langSuffix
        data = loaded.data
        digest = loaded.digest
        signature = loaded.signature
        self.relative = relative
    }

    /// The same file with the bytes read again.
    func with(_ loaded: LoadedFile) -> ContentFile {
        ContentFile(role: role, path: path, name: name, langSuffix: langSuffix, loaded: loaded, relative: relative)
    }
}

/// Stage 1: list and read every file of `Alerts/`, classifying it by its path.
enum Loader {
    /// `isMemoized`: whether the memo of the last build has the case group of a slug. Such a
    /// group's files are only hashed: most are unchanged, and holding 10,000 files' bytes was a
    /// third of the fresh memory an incremental build touched. The few that changed are read again
    /// (`CaseGroup.withBytes`). Of those, the files `known` has with their signature now are not even read.
    static func load(alerts: String, fileSystem: some ContentFileSystem, isMemoized: (String) -> Bool, known: KnownFiles = KnownFiles(),
                     log: inout DiagnosticLog) -> [ContentFile] {
        let display = displayPath(alerts)
        guard fileSystem.isDirectory(alerts) else {
            let isFile = fileSystem.exists(alerts)
            log.error("no-content", isFile ? "`\(display)` is a file; --alerts names the content folder" : "content folder `\(display)` does not exist",
                      at: SourceLocation(file: display, line: 0, column: 0),
                      hint: isFile ? "pass the folder that holds site.yml, e.g. --alerts Alerts" : "run in the folder that holds `Alerts/`, or pass --alerts")
            return []
        }
        let relativePaths: [String]
        do {
            relativePaths = try fileSystem.files(under: alerts)
        } catch {
            // The folder that could not be opened, which may be one inside (a folder without read permission).
            let folder = (error as NSError).userInfo[NSFilePathErrorKey] as? String ?? alerts
            let named = folder.hasPrefix(alerts + "/") ? display + folder.dropFirst(alerts.count) : display
            log.error("unreadable-folder", "cannot list the folder `\(named)`: \(error.localizedDescription)", at: SourceLocation(file: named, line: 0, column: 0),
                      hint: named == display ? "make it readable (chmod a+rx); nothing is checked or built until then"
                          : "make it readable (chmod a+rx), or move it out of the content folder; nothing is checked or built until then")
            return []
        }
        // Classified, then read, both in parallel: reading 10,000 files is a large share of a build
        // after a small edit.
        let kinds = Parallel.map(relativePaths) { DiskFileSystem.hasUndecodableName($0) ? nil : classify($0) }
        let listed = zip(relativePaths, kinds).compactMap { relative, kind in kind.map { (relative: relative, role: $0.0, name: $0.1) } }
        let read = fileSystem.read(listed.map(\.relative), under: alerts, keeping: listed.map { $0.role != .case || !isMemoized($0.name) },
                                  known: known)
        // A folder without site.yml is most likely not the content folder (a wrong --alerts): its one
        // error says so, without a warning for every file in it.
        let isContentFolder = relativePaths.contains("site.yml")
        var contents = read.makeIterator()
        var files: [ContentFile] = []
        files.reserveCapacity(read.count)
        for (relative, kind) in zip(relativePaths, kinds) {
            let path = display.isEmpty ? relative : display + "/" + relative
            guard let (role, name, lang) = kind else {
                if DiskFileSystem.hasUndecodableName(relative) {
                    log.error("file-name-encoding", "the name of `\(relative)` is not UTF-8 (� stands for its bytes), so it cannot be opened: what it holds is not checked or published",
                              at: SourceLocation(file: path, line: 0, column: 0),
                              hint: "rename it; names in a zip made on Chinese Windows are GBK: unzip it with `unzip -O GBK`, or rename with `convmv -f gbk -t utf-8 -r --notest Alerts`")
                    continue
                }
                if fileSystem.isDirectory(alerts + "/" + relative) {
                    log.warning("linked-folder", "`\(relative)` is a link to a folder; alertpress does not follow it, and reads nothing in it",
                                at: SourceLocation(file: path, line: 0, column: 0), hint: "move or copy the files into Alerts/")
                    continue
                }
                guard isContentFolder else { continue }
                // A content file with another ending (`.MD`, `.markdown`, `.md.bak`) is told so.
                let lower = relative.lowercased()
                // `case.md ` (a space typed after the name) is as invisible in a listing as in a message.
                let trailingSpace = relative.last?.isWhitespace == true && lower.trimmingCharacters(in: .whitespaces).hasSuffix(".md")
                var misnamed = !relative.hasSuffix(".md") && (lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.contains(".md.") || trailingSpace)
                // A case saved as `.txt` (or with no ending) in a content folder, opening with front matter, is a case too.
                let folder = relative.split(separator: "/").first.map(String.init) ?? ""
                // So is a case in a folder named in capitals (`Cases/`), in the singular, with a space
                // before or after (`cases /`), or with a year (`cases-2026/`): no content folder.
                let contentFolders = ["cases", "types", "tactics", "campaigns"]
                let trimmedFolder = folder.lowercased().trimmingCharacters(in: .whitespaces)
                let stem = String(trimmedFolder.prefix { $0.isLetter })
                let afterStem = trimmedFolder.dropFirst(stem.count)
                let folderYear = String(afterStem.filter { $0.isASCII && $0.isNumber })
                let yearOnly = afterStem.isEmpty || (!folderYear.isEmpty && afterStem.allSatisfy { ($0.isASCII && $0.isNumber) || "-_ .()".contains($0) })
                let folderMiswritten = relative.contains("/") && !contentFolders.contains(folder) && yearOnly
                    && (contentFolders.contains(stem) || contentFolders.contains(stem + "s"))
                // And so is a case saved beside site.yml, at the top of `Alerts/`.
                let atTop = !relative.contains("/") && lower.hasSuffix(".md")
                if !misnamed, relative.contains("/") ? contentFolders.contains(folder) || folderMiswritten : atTop, !DiskFileSystem.isEditorBackup(relative),
                   let head = try? fileSystem.read(alerts + "/" + relative).prefix(8), head.starts(with: Array("---".utf8)) || head.starts(with: [0xEF, 0xBB, 0xBF] + Array("---".utf8)) {
                    misnamed = true
                }
                let hint: String
                if let name = relative.split(separator: "/").last, name.hasPrefix(".") {
                    // `._x.md` (macOS's metadata, on a shared drive or in a zip), `.#x.md` (an editor's lock): no case, whatever its name.
                    let made = name.hasPrefix("._") ? "macOS" : name.hasPrefix(".#") ? "an editor" : nil
                    log.warning("hidden-file", "`\(relative)` is hidden (its name starts with a dot) and is not read: it would not be published",
                                at: SourceLocation(file: path, line: 0, column: 0),
                                hint: made.map { "a file \($0) made beside `\(name.dropFirst(2))`, not a case: delete it" } ?? "rename it without the leading dot to publish it")
                    continue
                }
                if DiskFileSystem.isEditorBackup(relative) {
                    hint = "an editor's backup copy: delete it when you no longer need it"
                } else if lower.hasSuffix(".yaml"), !relative.contains("/") {
                    hint = "the file ends in `.yml`: rename it `\(relative.dropLast(5)).yml` to use it"
                } else if folderMiswritten, misnamed {
                    let meant = contentFolders.first { $0 == stem || $0 == stem + "s" } ?? "cases"
                    let rest = (folderYear.isEmpty ? "" : folderYear + "/") + relative.drop { $0 != "/" }.dropFirst()
                    hint = meant == folder.lowercased() ? "content folders are named in lower case: move it into `\(meant)/\(rest)` to publish it"
                        : "the folder is `\(meant)/`, not `\(folder)/`: move it into `\(meant)/\(rest)` to publish it"
                } else if atTop, misnamed {
                    hint = "content files go in folders: move it into `cases/<year>/` (or `types/`, `tactics/`, `campaigns/`) to publish it"
                } else if trailingSpace {
                    hint = "its name ends in a space after `.md`: rename it without the space to use it"
                } else if misnamed {
                    hint = "content files end in `.md`, in lower case: rename it to use it"
                } else {
                    hint = "cases go in cases/ as `.md` files, scam types in types/, tactics in tactics/, campaigns in campaigns/"
                }
                // A case renamed `.MD` or `.markdown` would take its page down without a word: an error.
                if misnamed, !DiskFileSystem.isEditorBackup(relative) {
                    log.error("unknown-file", "`\(relative)` looks like a content file but is not read: what it holds would not be published",
                              at: SourceLocation(file: path, line: 0, column: 0), hint: hint)
                } else {
                    log.warning("unknown-file", "`\(relative)` is not a file alertpress reads; it is ignored",
                                at: SourceLocation(file: path, line: 0, column: 0), hint: hint)
                }
                continue
            }
            switch contents.next() {
            case .success(let loaded)?:
                files.append(ContentFile(role: role, path: path, name: name, langSuffix: lang, loaded: loaded, relative: relative))
            case .failure(let error)?:
                log.error("unreadable", "cannot read file: \(error.localizedDescription)", at: SourceLocation(file: path, line: 0, column: 0))
            case nil:
                continue
            }
        }
        // A bulletin without one case file builds a site with nothing to read: most likely `cases/`
        // was moved or renamed. A warning, as a new bulletin may have none yet.
        if isContentFolder, !kinds.contains(where: { $0?.0 == .case }) {
            log.warning("no-case-files", "no case file under `\(display.isEmpty ? "" : display + "/")cases/`: the bulletin would publish no case",
                        at: SourceLocation(file: display, line: 0, column: 0),
                        hint: "cases go in `cases/` (sub-folders by year allowed) as `<slug>.md`; `alertpress new` writes one")
        }
        return files
    }

    /// `x/./y` and trailing slashes tidied, so diagnostics read `Alerts/cases/a.md`.
    static func displayPath(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if parts.isEmpty { return path.hasPrefix("/") ? "/" : "" }
        let absolute = path.hasPrefix("/")
        if parts.first == "." { parts.removeFirst() }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    /// Role, name and language suffix of a path relative to `Alerts/`. Read as UTF-8 bytes (`/`
    /// and `.` are ASCII), making no string but those it returns: splitting into arrays of pieces
    /// was a tenth of an incremental build's listing.
    static func classify(_ relative: String) -> (FileRole, String, String?)? {
        var relative = relative
        return relative.withUTF8(classify(utf8:))
    }

    private static func classify(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (FileRole, String, String?)? {
        // The components, as `split` gives them: an empty one (`a//b`, a slash at either end) does not count.
        var components = 0
        var first = 0..<0, last = 0..<0
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start {
                if components == 0 { first = start..<index }
                last = start..<index
                components += 1
            }
            start = index + 1
        }
        // The file name's dots: `<name>.<ext>` or `<name>.<lang>.<ext>`.
        var dots = 0, firstDot = 0, secondDot = 0, lastDot = 0
        for index in last where bytes[index] == UInt8(ascii: ".") {
            if dots == 0 { firstDot = index } else if dots == 1 { secondDot = index }
            lastDot = index
            dots += 1
        }
        // A hidden file (`.draft.md`) is never content: the loader tells the editor.
        guard dots >= 1, bytes[last.lowerBound] != UInt8(ascii: ".") else { return nil }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        let ext = text(lastDot + 1..<last.upperBound)
        // More than one inner dot cannot be `<name>.<lang>.<ext>`: keep the whole stem so the
        // slug check reports it rather than silently ignoring the file.
        let name = text(last.lowerBound..<(dots <= 2 ? firstDot : lastDot))
        let lang = dots == 2 ? text(firstDot + 1..<secondDot) : nil
        let folder = components > 1 ? text(first) : nil
        switch (components, folder, ext) {
        case (1, _, "yml") where name == "site": return (.site, name, lang)
        case (1, _, "yml") where name == "advice": return (.advice, name, lang)
        case (2, "types", "md"): return (.term(.scamType), name, lang)
        case (2, "tactics", "md"): return (.term(.tactic), name, lang)
        case (2, "campaigns", "md"): return (.campaign, name, lang)
        case (2..., "cases", "md"): return (.case, name, lang)
        default: return nil
        }
    }
}
