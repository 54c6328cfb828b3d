//! Binary as UTF-8 text at 8/7 of its size (base64 is 4/3): what the page's data block holds.
//!
//! The bytes are read as a stream of 7-bit groups, most significant bit first, the last group
//! padded with zeros. A group becomes the ASCII character of that code, except for the few codes
//! an HTML parser would change or that could end the data block (`SPECIAL`): such a group and the
//! one after it become a single two-byte character, U+0100 + (index in `SPECIAL` << 7 | next
//! group). Either way two bytes of text carry 14 bits, so the text is ⌈8n/7⌉ bytes long (one more
//! if the last group is special).
//! `static/unpack.js` (`fromText7`) decodes it; it needs the byte count, which the page keeps in
//! the block's `data-bytes` attribute.

/// NUL (the parser makes it U+FFFD), CR (it becomes LF) and `<` (it could start `</script`).
pub(crate) const SPECIAL: [u8; 3] = [0x00, 0x0D, b'<'];
pub(crate) const PAIR_BASE: u32 = 0x100;

pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut groups = Groups { bytes, bit: 0 };
    let mut out = String::with_capacity(bytes.len() * 8 / 7 + 2);
    while let Some(group) = groups.next() {
        match SPECIAL.iter().position(|&s| s == group) {
            Some(index) => {
                let next = groups.next().unwrap_or(0);
                let code = PAIR_BASE + ((index as u32) << 7 | u32::from(next));
                out.push(char::from_u32(code).expect("below U+0800, so a two-byte character"));
            }
            None => out.push(char::from(group)),
        }
    }
    out
}

/// Every 7-bit group as its ASCII character, none paired: for a JavaScript string literal, which
/// may hold NUL and `<` (the literal escapes its quote, backslash and line ends). The same decoder
/// reads it; the text is exactly ⌈8n/7⌉ characters.
pub(crate) fn encode_plain(bytes: &[u8]) -> String {
    Groups { bytes, bit: 0 }.map(char::from).collect()
}

/// The 7-bit groups of `bytes`, the last one padded with zero bits.
struct Groups<'a> {
    bytes: &'a [u8],
    bit: usize,
}

impl Iterator for Groups<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.bit >= self.bytes.len() * 8 {
            return None;
        }
        let byte = self.bit / 8;
        let pair = u16::from(self.bytes[byte]) << 8 | u16::from(*self.bytes.get(byte + 1).unwrap_or(&0));
        let group = (pair >> (9 - self.bit % 8)) & 0x7F;
        self.bit += 7;
        Some(group as u8)
    }
}

/// The decoder as static/unpack.js writes it, here to prove the format round-trips.
#[cfg(test)]
pub(crate) fn decode(text: &str, length: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(length);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut put = |group: u32, out: &mut Vec<u8>| {
        acc = (acc << 7 | group) & 0x7FFF;
        bits += 7;
        if bits >= 8 {
            bits -= 8;
            if out.len() < length {
                out.push((acc >> bits) as u8);
            }
        }
    };
    for c in text.chars() {
        let code = c as u32;
        if code < 0x80 {
            put(code, &mut out);
        } else {
            let x = code - PAIR_BASE;
            put(u32::from(SPECIAL[(x >> 7) as usize]), &mut out);
            put(x & 0x7F, &mut out);
        }
    }
    out
}

#[cfg(test)]
#[path = "text7_tests.rs"]
mod tests;
