//! The name typer's dearest lexicon questions, answered once per spelling.
//!
//! Two questions about a capitalised run take several table lookups each,
//! and the same spellings come again and again, within a text and across
//! texts: whether a run is a whole known organisation or place, else a
//! demonym (`names::name_facts`: an organisation lookup, a place lookup,
//! for a company a legal-suffix and a second organisation lookup, then a
//! demonym lookup, and for a word a title lookup, all that a leading title
//! asks of a run of one word), asked of every run; and whether a
//! sentence-initial word is an ordinary word rather than a name
//! (`names::skip_initial_word`: a stop word, a common word, a place, an
//! organisation, a demonym and a title lookup). Both answers are functions
//! of the spelling alone, so they are kept in a per-thread table keyed by
//! the spelling ([`Interner`]): one hash (and, past eight bytes, one key
//! comparison) answers a question asked before. A pure cache, so it never
//! changes a result. (Questions of a single lookup are not worth it: a hit
//! here costs about what a table lookup does.)
//!
//! Bounded, because wasm linear memory never shrinks: the table is made at
//! its full size on first use ([`MAX_SPELLINGS`] spellings of at most
//! [`MAX_LENGTH`] bytes, [`MAX_BYTES`] bytes of them in all: the
//! interner's entries and the answers, 44 bytes a spelling in wasm and 72
//! natively, their text and the slots, about 270 KB in wasm, 385 KB
//! natively), takes no new spelling once full, and is emptied before the
//! next text ([`begin_text`]). So it never grows after the first analysis,
//! whatever the texts (`tests/wasm.rs` checks that linear memory does not).

use std::cell::RefCell;

use super::lexicon::TitleKind;
use super::EntityType;
use crate::hash::Interner;

/// The answers known for one spelling: `None` for a question not asked of
/// it yet.
#[derive(Clone, Copy, Default)]
pub(crate) struct Answers {
    /// `names::name_facts`: what the lexicons say of a whole name.
    pub name: Option<NameFacts>,
    /// `names::skip_initial_word`: an ordinary word, not a name, when it
    /// opens a sentence.
    pub ordinary_initial: Option<bool>,
}

/// What the lexicons say of a name as a whole (`names::name_facts`).
#[derive(Clone, Copy)]
pub(crate) struct NameFacts {
    /// A whole known organisation or place (`names::known_name`), with
    /// its type and key.
    pub known: Option<(EntityType, &'static str)>,
    /// Else its demonym key, if it is one ([`super::lexicon::demonym`]; not
    /// looked up for a known name).
    pub demonym: Option<&'static str>,
    /// Else, for a name without a space, what a leading title makes of it
    /// as a run of one word (`names::one_word_title`): a title lookup and
    /// more, asked of most such runs.
    pub one_word: Option<Option<TitleKind>>,
}

/// The most spellings remembered. The 300-article bench corpus asks about
/// 2,400 distinct spellings; a text of a few KB, a few dozen.
const MAX_SPELLINGS: usize = 1 << 12;
/// The most bytes of spellings remembered (the bench corpus: 29 KB).
const MAX_BYTES: usize = 1 << 16;
/// Longer spellings (long runs of capitalised words) are not remembered:
/// they seldom come again.
const MAX_LENGTH: usize = 64;

/// The remembered spellings, numbered by [`Interner`], and the answers for
/// each by its number.
struct Memo {
    words: Interner,
    answers: Vec<Answers>,
}

impl Memo {
    /// An empty memo at its full size.
    fn new() -> Memo {
        Memo {
            words: Interner::with_capacity(MAX_SPELLINGS, MAX_BYTES),
            answers: Vec::with_capacity(MAX_SPELLINGS),
        }
    }

    /// Whether a spelling may find no room.
    fn is_full(&self) -> bool {
        self.words.len() >= MAX_SPELLINGS || self.words.text_len() + MAX_LENGTH > MAX_BYTES
    }

    /// The number of `word` (of hash `hash`), if it has one.
    fn find(&self, word: &str, hash: u64) -> Option<usize> {
        Some(self.words.find(word.as_bytes(), hash)? as usize)
    }

    /// The number of `word` (of hash `hash`), made if it has none and there
    /// is room.
    fn find_or_add(&mut self, word: &str, hash: u64) -> Option<usize> {
        if let Some(i) = self.find(word, hash) {
            return Some(i);
        }
        if self.is_full() {
            return None;
        }
        self.answers.push(Answers::default());
        Some(self.words.insert(word, hash) as usize)
    }
}

thread_local! {
    /// Made on first use, at its full size.
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Starts a text: empties a full memo, so that the text's spellings find
/// room (in place: its memory is kept for them).
pub(crate) fn begin_text() {
    MEMO.with_borrow_mut(|memo| {
        if let Some(memo) = memo.as_mut().filter(|m| m.is_full()) {
            memo.words.clear();
            memo.answers.clear();
        }
    });
}

/// The answer to a question about `word`: the one `field` picks from its
/// [`Answers`], as remembered, or else worked out by `work_out` and
/// remembered. The memo is not borrowed while `work_out` runs, so it may
/// ask other questions.
pub(crate) fn remembered<T: Copy>(
    word: &str,
    field: impl Fn(&mut Answers) -> &mut Option<T>,
    work_out: impl FnOnce(&str) -> T,
) -> T {
    if word.len() > MAX_LENGTH {
        return work_out(word);
    }
    let hash = Interner::hash(word.as_bytes());
    let known = MEMO.with_borrow_mut(|memo| {
        let memo = memo.as_mut()?;
        let i = memo.find(word, hash)?;
        *field(&mut memo.answers[i])
    });
    if let Some(answer) = known {
        return answer;
    }
    let answer = work_out(word);
    MEMO.with_borrow_mut(|memo| {
        let memo = memo.get_or_insert_with(Memo::new);
        if let Some(i) = memo.find_or_add(word, hash) {
            *field(&mut memo.answers[i]) = Some(answer);
        }
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_remembered_per_spelling_within_the_bounds() {
        let asked = std::cell::Cell::new(0);
        let ask = |word: &str| {
            remembered(
                word,
                |a| &mut a.ordinary_initial,
                |w| {
                    asked.set(asked.get() + 1);
                    w.len() % 2 == 0
                },
            )
        };
        assert!(ask("Sydney"));
        assert!(ask("Sydney"));
        assert!(!ask("Perth"));
        assert!(ask("sydney"), "case matters");
        assert_eq!(asked.get(), 3);
        // More spellings than fit: the answers stay right, and a new text
        // empties the full memo.
        for n in 0..MAX_SPELLINGS + 10 {
            let word = format!("w{n}");
            assert_eq!(ask(&word), word.len() % 2 == 0);
        }
        let long = "x".repeat(MAX_LENGTH + 1);
        assert!(!ask(&long) && !ask(&long));
        MEMO.with_borrow(|memo| {
            let memo = memo.as_ref().unwrap();
            assert!(memo.words.len() <= MAX_SPELLINGS && memo.words.text_len() <= MAX_BYTES);
            assert_eq!(memo.answers.len(), memo.words.len());
            assert_eq!(memo.answers.capacity(), MAX_SPELLINGS, "never regrown");
        });
        begin_text();
        MEMO.with_borrow(|memo| assert_eq!(memo.as_ref().unwrap().words.len(), 0));
    }
}
