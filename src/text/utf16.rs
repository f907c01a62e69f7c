//! UTF-8 byte offsets to UTF-16 code-unit offsets.
//!
//! JavaScript strings index by UTF-16 code units, so the wasm layer turns
//! every byte offset of an [`crate::Analysis`] into one. A checkpoint every
//! [`BLOCK`] bytes keeps this O(1) memory per block and O(BLOCK) per lookup,
//! and pure-ASCII text (most English news) maps by identity.

use crate::bare::prelude::*;

const BLOCK: usize = 256;

/// Maps byte offsets of one text to UTF-16 offsets.
pub struct Utf16Offsets<'t> {
    bytes: &'t [u8],
    /// UTF-16 units of the characters that start before `k * BLOCK`.
    checkpoints: Vec<usize>,
    ascii: bool,
}

/// UTF-16 units of the character whose first byte is `b`; 0 for a
/// continuation byte.
#[cfg_attr(lede_abort, optimize(size))]
fn units(b: u8) -> usize {
    match b {
        0x80..=0xBF => 0,
        0xF0..=0xFF => 2,
        _ => 1,
    }
}

impl<'t> Utf16Offsets<'t> {
    // Not inlined into its caller, for the wasm's first call: see
    // `analyze_js` in src/wasm.rs.
    #[inline(never)]
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let mut total = 0;
            for chunk in bytes.chunks(BLOCK) {
                checkpoints.push(total);
                total += chunk.iter().map(|&b| units(b)).sum::<usize>();
            }
            checkpoints.push(total);
        }
        Utf16Offsets {
            bytes,
            checkpoints,
            ascii,
        }
    }

    /// Whether every offset maps to itself (the text is ASCII).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn is_identity(&self) -> bool {
        self.ascii
    }

    /// The UTF-16 offset of byte offset `byte` (a character boundary, or the
    /// end of the text).
    // Not inlined into the loops of `Analysis::map_offsets`, whose bodies it
    // would make large: see `analyze_js` in src/wasm.rs.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn convert(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let byte = byte.min(self.bytes.len());
        let k = byte / BLOCK;
        let from = k * BLOCK;
        self.checkpoints[k]
            + self.bytes[from..byte]
                .iter()
                .map(|&b| units(b))
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_encode_utf16_at_every_char_boundary() {
        let text = "Café 👍🏽 東京 — שלום ".repeat(40);
        let map = Utf16Offsets::new(&text);
        for (i, _) in text
            .char_indices()
            .chain(core::iter::once((text.len(), ' ')))
        {
            assert_eq!(
                map.convert(i),
                text[..i].encode_utf16().count(),
                "at byte {i}"
            );
        }
    }

    #[test]
    fn ascii_maps_by_identity() {
        let map = Utf16Offsets::new("plain");
        assert!(map.is_identity());
        assert!(!Utf16Offsets::new("café").is_identity());
        assert_eq!(map.convert(3), 3);
    }
}
