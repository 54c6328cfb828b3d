use super::*;

fn noise(length: usize, mut seed: u64) -> Vec<u8> {
    (0..length)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

#[test]
fn round_trips_every_length_and_every_byte() {
    for length in 0..200 {
        let bytes = noise(length, 0x9E37_79B9_7F4A_7C15 + length as u64);
        assert_eq!(decode(&encode(&bytes), length), bytes, "length {length}");
    }
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(decode(&encode(&all), all.len()), all);
    let zeros = vec![0u8; 64];
    assert_eq!(decode(&encode(&zeros), 64), zeros, "runs of special groups");
}

#[test]
fn plain_text_round_trips_too() {
    for length in 0..200 {
        let bytes = noise(length, 0x1234 + length as u64);
        let text = encode_plain(&bytes);
        assert_eq!(text.len(), (length * 8).div_ceil(7));
        assert!(text.is_ascii());
        assert_eq!(decode(&text, length), bytes, "length {length}");
    }
}

#[test]
fn the_text_is_eight_sevenths_of_the_bytes() {
    for length in [1, 7, 8, 1000, 99_999] {
        let text = encode(&noise(length, 42));
        // One more when the last group is special and has no partner.
        let groups = (length * 8).div_ceil(7);
        assert!((groups..=groups + 1).contains(&text.len()), "{} UTF-8 bytes for {length} bytes", text.len());
    }
}

#[test]
fn the_text_has_nothing_an_html_parser_would_change() {
    let text = encode(&noise(100_000, 7));
    assert!(!text.contains(['\0', '\r', '<']), "no NUL, CR or `<`");
    assert!(text.chars().all(|c| (c as u32) < 0x80 || (0x100..0x100 + 3 * 128).contains(&(c as u32))));
    assert!(text.chars().any(|c| (c as u32) >= 0x100), "the special groups do occur");
}

#[test]
fn known_bits() {
    // 0xFF 0x00: groups 1111111, 1000000, 00 padded → '\x7F', '@', then group 0 (NUL) is special
    // and the last: paired with a zero group.
    assert_eq!(encode(&[0xFF, 0x00]), "\u{7F}@\u{100}");
    assert_eq!(encode(b""), "");
}
