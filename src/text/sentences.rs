//! Sentence boundaries within a paragraph.
//!
//! A rule-based splitter over tokens, in the spirit of Punkt and pySBD but
//! decided locally: at each candidate end (a full stop, "?"/"!", an
//! ellipsis) the closing quotes and brackets that follow are taken into the
//! sentence, and then the word before the mark and the token after it
//! decide. The token after matters most: a lower-case word never starts a
//! sentence; after a title ("Mr.") nothing does; after an ambiguous
//! abbreviation ("Inc.", "U.S.", "p.m.") or an initial ("J.") only a typical
//! sentence opener ("The", "He", "However") does, because any other
//! capitalised word is more likely part of a name.
//!
//! Line breaks inside a paragraph end a sentence before a list item, and
//! after a short line without final punctuation (a headline, a byline)
//! followed by a capitalised line. Hard-wrapped prose keeps its sentences
//! whole because its lines are all about as long as the longest one.

use super::lexicon::{self, Abbreviation};
use super::tokens::{Token, TokenKind};
use super::{Sentence, Span};
use crate::bare::prelude::*;
use core::cell::OnceCell;
use core::ops::Range;

/// Appends the sentences of the paragraph whose tokens are `range` to `out`.
/// Runs of tokens without a single word (a stray "***") make no sentence.
pub fn split(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    if range.is_empty() {
        return;
    }
    let splitter = Splitter {
        text,
        tokens,
        end: range.end,
        para: Span::new(
            tokens[range.start].span.start,
            tokens[range.end - 1].span.end,
        ),
        longest_line: OnceCell::new(),
    };
    let mut push = |r: Range<usize>| push_sentence(tokens, r, paragraph, out);
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        if i > start && tokens[i].line_break_before && splitter.line_break_ends_sentence(start, i) {
            push(start..i);
            start = i;
        }
        if splitter.is_terminal(i) {
            let after = splitter.take_closers(i + 1);
            if splitter.ends_sentence(i, after) {
                push(start..after);
                start = after;
            }
            i = after;
        } else {
            i += 1;
        }
    }
    if start < range.end {
        push(start..range.end);
    }
}

/// Appends the sentence of tokens `r` to `out` if it has a word. Out of
/// line in wasm, as the other work [`split`]'s loop does not do on every
/// token.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn push_sentence(tokens: &[Token], r: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    if tokens[r.clone()].iter().any(Token::is_word) {
        out.push(Sentence {
            span: Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end),
            tokens: r,
            paragraph,
        });
    }
}

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// One past the paragraph's last token.
    end: usize,
    /// From the paragraph's first token to its last.
    para: Span,
    /// The length of its longest line, trimmed: worked out when first
    /// needed (most paragraphs have no line break inside).
    longest_line: OnceCell<usize>,
}

impl<'a> Splitter<'a> {
    #[cfg_attr(lede_abort, optimize(size))]
    fn str(&self, i: usize) -> &'a str {
        self.tokens[i].span.of(self.text)
    }

    fn get(&self, i: usize) -> Option<&'a Token> {
        (i < self.end).then(|| &self.tokens[i])
    }

    /// A full stop, a run of "?"/"!", an ellipsis, a CJK or Arabic full stop,
    /// or an initialism that carries its own final dot ("U.S.").
    /// (Inlined into the splitter's loop, which asks it of every token: most
    /// are words without a final dot, settled here without a call; plain
    /// `#[inline]` left it a call.)
    #[inline(always)]
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_terminal(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            TokenKind::Punct => self.is_terminal_mark(i),
            // Ends with a full stop (an ASCII byte never ends a longer
            // character).
            TokenKind::Word => t.span.len() > 2 && self.text.as_bytes()[t.span.end - 1] == b'.',
            _ => false,
        }
    }

    /// Whether the punctuation token `i` is a mark that can end a sentence.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn is_terminal_mark(&self, i: usize) -> bool {
        let s = self.str(i);
        matches!(s, "." | "…" | "。" | "！" | "？" | "؟" | "۔" | "।")
            || matches!(s.chars().next(), Some('?' | '!' | '‽'))
            || s.starts_with("..")
            || s == ". . ."
    }

    /// Index after the quotes, brackets and further marks that close the
    /// sentence ending at `from - 1` ("...end.)", "...?”", "...”.").
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(lede_abort, optimize(size))]
    fn take_closers(&self, mut j: usize) -> usize {
        while let Some(t) = self.get(j) {
            if t.space_before || t.kind != TokenKind::Punct {
                break;
            }
            let s = self.str(j);
            let closer = match s {
                // A straight quote glued to the next word opens a quote:
                // 'failed."We tried,"'.
                "\"" | "'" => self
                    .get(j + 1)
                    .is_none_or(|n| n.space_before || n.kind != TokenKind::Word),
                "”" | "’" | ")" | "]" | "}" | "»" | "›" | "」" | "』" | "）" => true,
                _ => false,
            };
            if !(closer || self.is_terminal(j)) {
                break;
            }
            j += 1;
        }
        j
    }

    /// Whether the mark at `i`, with its closers up to `after`, ends a
    /// sentence.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn ends_sentence(&self, i: usize, after: usize) -> bool {
        let Some(next) = self.get(after) else {
            return true;
        };
        let next_str = self.str(after);
        if next.kind == TokenKind::ListMarker {
            return true;
        }
        let next_first = next_str.chars().next().unwrap_or(' ');
        // A comma or semicolon goes on with the sentence: a title that ends
        // in its own mark ("Whatever Happened to Morning Glory?, before",
        // "Oh, Mary!, the comedy").
        if matches!(next_first, ',' | ';') {
            return false;
        }
        // A lower-case word does not start a sentence, unless it is a
        // brand written in camel case ("eBay", "iPhone").
        if next_first.is_lowercase() && !super::is_camel_case(next_str) {
            return false;
        }
        let mark = self.str(i);
        let t = &self.tokens[i];
        if t.kind == TokenKind::Word {
            // An initialism with its own dot: "U.S.", "a.m.", "e.g.".
            if lexicon::is_never_final_abbreviation(mark) {
                return false;
            }
            if mark.eq_ignore_ascii_case("a.m.") || mark.eq_ignore_ascii_case("p.m.") {
                return self.time_is_followed_by_new_sentence(after);
            }
            return self.opener_follows(after);
        }
        match mark {
            "." => {}
            _ if mark.starts_with("..") || mark == "…" || mark == ". . ." => {
                return next_first.is_uppercase() || self.opens_quote(after);
            }
            _ => return true,
        }
        // "Alphabet (GOOGL.O) fell", "Foxconn (2317.TW)", "the DAX
        // (.GDAXI)": the full stop between an instrument's code and its
        // exchange, or before an index's code.
        if super::in_instrument_code(self.text, t.span) {
            return false;
        }
        // A full stop: the word it is attached to decides.
        if t.space_before || i == 0 {
            return true;
        }
        let prev = &self.tokens[i - 1];
        if prev.kind != TokenKind::Word || prev.span.end != t.span.start {
            return true;
        }
        let word = self.str(i - 1);
        // "Minneapolis-St. Paul": the title after the hyphen.
        let word = match word.as_bytes() {
            [.., b'-', b'S', b't'] => "St",
            _ => word,
        };
        let abbreviation = lexicon::abbreviation(word);
        match abbreviation {
            Some(Abbreviation::Title | Abbreviation::NeverFinal) => return false,
            Some(Abbreviation::BeforeNumber) => {
                // "said no. Members": the word, not the abbreviation.
                let word_of_english = matches!(word, "no" | "art" | "op");
                return next.kind != TokenKind::Number
                    && (word_of_english || self.opener_follows(after));
            }
            _ => {}
        }
        // "wrote on X. Marine Le Pen said": the platform, no initial.
        if word == "X" && i >= 2 && matches!(self.str(i - 2), "on" | "platform" | "via") {
            return true;
        }
        let mut chars = word.chars();
        let initial = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
        if initial || abbreviation == Some(Abbreviation::Ambiguous) || looks_abbreviated(word) {
            // A unit after a number ("90 km. Residents", "90 km/h.
            // Residents") takes no full stop of its own: this one ends the
            // sentence.
            let unit = next.kind == TokenKind::Word
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && i >= 2
                && (self.tokens[i - 2].kind == TokenKind::Number || self.str(i - 2) == "/");
            return unit || self.opener_follows(after);
        }
        true
    }

    /// After an ambiguous abbreviation: does a new sentence visibly begin at
    /// `j` (a line break, a typical sentence opener, a quote that opens one)?
    #[cfg_attr(lede_abort, optimize(size))]
    fn opener_follows(&self, j: usize) -> bool {
        let Some(next) = self.get(j) else {
            return true;
        };
        next.line_break_before
            || next.kind == TokenKind::ListMarker
            || (next.kind == TokenKind::Word && lexicon::is_sentence_opener(self.str(j)))
            || (self.opens_quote(j)
                && self
                    .get(j + 1)
                    .is_some_and(|_| lexicon::is_sentence_opener(self.str(j + 1))))
    }

    /// After "a.m."/"p.m.": a capitalised word starts a new sentence unless
    /// it continues the time ("8 p.m. Friday", "3 a.m. EST", "9 a.m. Eastern
    /// Standard Time").
    #[cfg_attr(lede_abort, optimize(size))]
    fn time_is_followed_by_new_sentence(&self, j: usize) -> bool {
        let Some(next) = self.get(j) else {
            return true;
        };
        if next.line_break_before {
            return true;
        }
        // "4 a.m. (0100 GMT).": a bracket goes on with the time, unless a
        // sentence opens inside it.
        let bracket = self.str(j) == "(";
        if !bracket && self.opens_quote(j) {
            return true;
        }
        let j = j + usize::from(bracket);
        let Some(next) = self.get(j) else {
            return false;
        };
        let s = self.str(j);
        next.kind == TokenKind::Word
            && s.starts_with(char::is_uppercase)
            && !lexicon::is_day_or_month(s)
            && s.chars().any(char::is_lowercase)
            && !self.zone_named_from(j)
    }

    /// Whether a time zone's name written out opens at token `j`: one or
    /// two capitalised words and "Time" ("3 p.m. India Standard Time",
    /// "10 a.m. Pacific Time").
    #[cfg_attr(lede_abort, optimize(size))]
    fn zone_named_from(&self, j: usize) -> bool {
        lexicon::zone_name_end(|k| self.get(k).map_or("", |_| self.str(k)), j).is_some()
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn opens_quote(&self, j: usize) -> bool {
        matches!(
            self.get(j).map(|_| self.str(j)),
            Some("\"" | "“" | "‘" | "'" | "(" | "[" | "«")
        )
    }

    /// A line break before token `i` (inside a sentence that began at
    /// `start`): a list item begins, or the line before is a short title
    /// without final punctuation and a capitalised line follows.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(lede_abort, optimize(size))]
    fn line_break_ends_sentence(&self, start: usize, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.kind == TokenKind::ListMarker {
            return true;
        }
        let line_start = (start..i)
            .rev()
            .find(|&k| self.tokens[k].line_break_before)
            .unwrap_or(start);
        if self.tokens[line_start].kind == TokenKind::ListMarker {
            return true;
        }
        let first = self.str(i).chars().next().unwrap_or(' ');
        if !(first.is_uppercase() || first.is_ascii_digit() || self.opens_quote(i)) {
            return false;
        }
        let last = self.str(i - 1);
        if matches!(
            last.chars().next_back(),
            Some(',' | ';' | ':' | '-' | '–' | '—' | '(')
        ) {
            return false;
        }
        let line_len = self.tokens[i - 1].span.end - self.tokens[line_start].span.start;
        line_len * 4 < self.longest_line() * 3
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn longest_line(&self) -> usize {
        *self.longest_line.get_or_init(|| {
            self.para
                .of(self.text)
                .lines()
                .map(|l| l.trim().len())
                .max()
                .unwrap_or(0)
        })
    }
}

/// A short word without vowels, capitalised or all lower case ("Msgr",
/// "Pvt", "pp"): an abbreviation even when no list knows it. All-capital
/// words ("BBC", "TV") are names, not abbreviations.
#[cfg_attr(lede_abort, optimize(size))]
fn looks_abbreviated(word: &str) -> bool {
    let n = word.len();
    (2..=5).contains(&n)
        && word.is_ascii()
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !word.bytes().any(|b| {
            matches!(
                b.to_ascii_lowercase(),
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
            )
        })
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        doc.sentences.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn splits_after_full_stop_question_and_exclamation() {
        assert_eq!(
            sentences("It rained. Did it? Yes!"),
            ["It rained.", "Did it?", "Yes!"]
        );
    }

    #[test]
    fn titles_never_end_a_sentence() {
        assert_eq!(
            sentences("Mr. Smith met Dr. Jones and Gen. Lee. They talked."),
            ["Mr. Smith met Dr. Jones and Gen. Lee.", "They talked."]
        );
    }

    #[test]
    fn a_canadian_provinces_short_form_ends_a_sentence_only_before_an_opener() {
        for (text, expected) in [
            (
                "JASPER, Alta. — A wildfire tore into the town.",
                &["JASPER, Alta. — A wildfire tore into the town."][..],
            ),
            (
                "He spoke in Hinton, Alta., to reporters. The fire grew.",
                &["He spoke in Hinton, Alta., to reporters.", "The fire grew."],
            ),
            (
                "The plant in Sudbury, Ont. employs 300 people.",
                &["The plant in Sudbury, Ont. employs 300 people."],
            ),
            (
                "She lives in Regina, Sask. The province will help.",
                &["She lives in Regina, Sask.", "The province will help."],
            ),
        ] {
            assert_eq!(sentences(text), expected);
        }
    }

    #[test]
    fn initials_stay_inside_the_name() {
        assert_eq!(
            sentences("J. R. R. Tolkien wrote it. George W. Bush read it."),
            ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]
        );
    }

    #[test]
    fn a_titles_own_mark_before_a_comma_ends_no_sentence() {
        assert_eq!(
            sentences(
                "It included Morning Glory?, before the split. She starred in Oh, Mary!, the \
                 comedy. Really?! Yes."
            ),
            [
                "It included Morning Glory?, before the split.",
                "She starred in Oh, Mary!, the comedy.",
                "Really?!",
                "Yes."
            ]
        );
    }

    #[test]
    fn an_instruments_code_keeps_its_full_stop() {
        assert_eq!(
            sentences("Shares of Alphabet (GOOGL.O) fell, and ITD (ITD.BK) rose. BP fell."),
            vec![
                "Shares of Alphabet (GOOGL.O) fell, and ITD (ITD.BK) rose.",
                "BP fell."
            ]
        );
    }

    #[test]
    fn the_platform_x_is_no_initial() {
        assert_eq!(
            sentences(
                "Orban wrote on X. Marine Le Pen called it a scandal. Malcolm X. Smith came."
            ),
            [
                "Orban wrote on X.",
                "Marine Le Pen called it a scandal.",
                "Malcolm X. Smith came."
            ]
        );
    }

    #[test]
    fn initialisms_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences(
                "The U.S. Army left the U.S. The troops went home at 5 p.m. Officials said so."
            ),
            [
                "The U.S. Army left the U.S.",
                "The troops went home at 5 p.m.",
                "Officials said so."
            ]
        );
    }

    #[test]
    fn a_time_zones_name_goes_on_with_the_time_before_it() {
        assert_eq!(
            sentences(
                "Play starts at 3 p.m. India Standard Time on Monday. They left at 5 p.m. \
                 Time magazine said so."
            ),
            [
                "Play starts at 3 p.m. India Standard Time on Monday.",
                "They left at 5 p.m.",
                "Time magazine said so."
            ]
        );
    }

    #[test]
    fn a_time_in_brackets_goes_on_with_the_time_before_it() {
        assert_eq!(
            sentences(
                "It hit at 4 a.m. (0100 GMT). It hit again at 9:15 p.m. (2015 GMT) on \
                 Sunday. They left at 5 p.m. (Officials said the talks had failed.) Done."
            ),
            [
                "It hit at 4 a.m. (0100 GMT).",
                "It hit again at 9:15 p.m. (2015 GMT) on Sunday.",
                "They left at 5 p.m.",
                "(Officials said the talks had failed.)",
                "Done."
            ]
        );
    }

    #[test]
    fn company_abbreviations_are_ambiguous() {
        assert_eq!(
            sentences("Apple Inc. said it grew. It bought Beats Corp. The deal closed."),
            [
                "Apple Inc. said it grew.",
                "It bought Beats Corp.",
                "The deal closed."
            ]
        );
    }

    #[test]
    fn saint_after_a_hyphen_is_a_title() {
        assert_eq!(
            sentences("He flew to Minneapolis-St. Paul on Monday. It was cold."),
            ["He flew to Minneapolis-St. Paul on Monday.", "It was cold."]
        );
    }

    #[test]
    fn abbreviations_before_numbers() {
        assert_eq!(
            sentences("See No. 5 on Jan. 12 and fig. 3 on p. 7. Done."),
            ["See No. 5 on Jan. 12 and fig. 3 on p. 7.", "Done."]
        );
    }

    #[test]
    fn the_word_no_and_units_after_numbers_end_a_sentence() {
        assert_eq!(
            sentences("Officials said no. Members voted. It is ranked no. 1 here."),
            [
                "Officials said no.",
                "Members voted.",
                "It is ranked no. 1 here."
            ]
        );
        assert_eq!(
            sentences("Winds reached 90 km/h. Residents left. He ran 5 km. Smith won."),
            [
                "Winds reached 90 km/h.",
                "Residents left.",
                "He ran 5 km.",
                "Smith won."
            ]
        );
    }

    #[test]
    fn latin_abbreviations_never_end_a_sentence() {
        assert_eq!(
            sentences("Fruit, e.g. Apples, i.e. Red ones, etc. were sold. Cats vs. Dogs."),
            [
                "Fruit, e.g. Apples, i.e. Red ones, etc. were sold.",
                "Cats vs. Dogs."
            ]
        );
    }

    #[test]
    fn decimals_and_versions_do_not_split() {
        assert_eq!(
            sentences("It rose 3.5 per cent to v2.1.3 today. Next."),
            ["It rose 3.5 per cent to v2.1.3 today.", "Next."]
        );
    }

    #[test]
    fn question_inside_quotes_followed_by_lowercase_continues() {
        assert_eq!(
            sentences("“Why?” he asked. “Because!” She left."),
            ["“Why?” he asked.", "“Because!”", "She left."]
        );
    }

    #[test]
    fn sentence_ending_in_closing_quote_or_bracket() {
        assert_eq!(
            sentences("He said \"stop.\" Then he left. (It was late.) We slept."),
            [
                "He said \"stop.\"",
                "Then he left.",
                "(It was late.)",
                "We slept."
            ]
        );
    }

    #[test]
    fn ellipsis_ends_a_sentence_only_before_a_capital() {
        assert_eq!(
            sentences("Well... maybe. I waited… Nothing came."),
            ["Well... maybe.", "I waited…", "Nothing came."]
        );
    }

    #[test]
    fn urls_and_emails_keep_their_dots() {
        assert_eq!(
            sentences(
                "Visit www.example.com. Write to a.b@example.org. Go to example.com/page.html now."
            ),
            [
                "Visit www.example.com.",
                "Write to a.b@example.org.",
                "Go to example.com/page.html now."
            ]
        );
    }

    #[test]
    fn missing_space_after_full_stop_still_splits() {
        assert_eq!(
            sentences("It was the end.Next day came."),
            ["It was the end.", "Next day came."]
        );
    }

    #[test]
    fn numbered_and_bulleted_lists_make_one_sentence_per_item() {
        assert_eq!(
            sentences("We need:\n1. Bread\n2. Milk\n- Eggs\n• Tea"),
            ["We need:", "1. Bread", "2. Milk", "- Eggs", "• Tea"]
        );
    }

    #[test]
    fn headline_without_punctuation_is_its_own_sentence() {
        assert_eq!(
            sentences("Iran, Russia sign deal\n\nThe leaders met in Moscow. They signed."),
            [
                "Iran, Russia sign deal",
                "The leaders met in Moscow.",
                "They signed."
            ]
        );
        assert_eq!(
            sentences("Fire threatens town\nHundreds of people have been forced to leave their homes today."),
            ["Fire threatens town", "Hundreds of people have been forced to leave their homes today."]
        );
    }

    #[test]
    fn hard_wrapped_prose_stays_one_sentence() {
        let t = "Budget row\n\nThe minister said the plan would cost far more than\nExpected by the Treasury and would take years.";
        assert_eq!(sentences(t), ["Budget row", &t[12..]]);
    }

    #[test]
    fn sentences_never_cross_paragraphs() {
        assert_eq!(
            sentences("No final stop\n\nnext paragraph"),
            ["No final stop", "next paragraph"]
        );
    }

    #[test]
    fn punctuation_only_fragments_make_no_sentence() {
        assert_eq!(sentences("*** . !!"), Vec::<&str>::new());
    }
}
