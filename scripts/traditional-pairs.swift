// Writes the list of Traditional characters and their Simplified forms that Templates/assets/search.js
// folds with: every character of the CJK Unified Ideographs block (U+4E00–U+9FFF) that ICU's
// Hant-Hans transform writes as one other character of the Basic Multilingual Plane, as pairs in one line.
//
//   swift scripts/traditional-pairs.swift > pairs.txt
import Foundation
var pairs = ""
let t2s = StringTransform(rawValue: "Hant-Hans")
var chars: [Character] = []
for value in 0x4E00...0x9FFF { if let s = Unicode.Scalar(value) { chars.append(Character(s)) } }
let joined = chars.map(String.init).joined(separator: "\n")
let converted = joined.applyingTransform(t2s, reverse: false) ?? ""
let out = converted.components(separatedBy: "\n")
precondition(out.count == chars.count)
// One character for one, within the Basic Multilingual Plane (search.js reads the list two UTF-16 units at a time).
for (c, s) in zip(chars, out) where s.count == 1 && String(c) != s && s.unicodeScalars.count == 1 && (s.unicodeScalars.first?.value ?? 0) <= 0xFFFF {
    pairs += String(c) + s
}
print(pairs)
