//! The name typer's lexicon questions, answered once per spelling.
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
//! comparison) answers a question asked before ([`remembered`]).
//!
//! A question about one word token (a run of one word, a given name, an
//! organisation word, a title: [`remembered_word`]) is answered by the
//! token's word number ([`crate::text::words`]) instead: an array read,
//! no hashing and no table lookup, so even the questions of a single
//! lookup are worth remembering that way. A token whose text is not the
//! spelling asked about, or whose numbers are of another epoch than the
//! memo's, is asked by text.
//!
//! Invariants: a pure cache, so it never changes a result (every answer is
//! a function of the spelling alone). Bounded, because wasm linear memory
//! never shrinks: the tables are made at their full size on first use
//! ([`MAX_SPELLINGS`] spellings of at most [`MAX_LENGTH`] bytes,
//! [`MAX_BYTES`] bytes of them in all, and as many answers by word
//! number: about 470 KB in wasm, 32 bytes of answers a spelling, and 660 KB
//! natively), take no new spelling once full, and are emptied before the
//! next text ([`begin_text`]). So they never grow after the first
//! analysis, whatever the texts (`tests/wasm.rs` checks that linear memory
//! does not). The answers by number are forgotten with the numbering's
//! epoch, and when the memo is emptied.

use crate::bare::prelude::*;
use core::cell::RefCell;

use super::lexicon::{OrgWord, TitleKind};
use super::EntityType;
use crate::hash::Interner;
use crate::text::words::{ByWord, NO_WORD};

/// The answers known for one spelling: `None` for a question not asked of
/// it yet.
#[derive(Clone, Copy, Default)]
pub(crate) struct Answers {
    /// `names::name_facts`: what the lexicons say of a whole name.
    pub name: Option<NameFacts>,
    /// `names::skip_initial_word`: an ordinary word, not a name, when it
    /// opens a sentence.
    pub ordinary_initial: Option<u8>,
    // Questions of one lookup, remembered when asked by word number (see
    // the module documentation; by text, only for the rare token whose
    // text is not the word asked about).
    /// [`super::lexicon::given_name`].
    pub given: Option<Option<u8>>,
    /// [`super::lexicon::surname`].
    pub surname: Option<Option<u8>>,
    /// [`super::lexicon::org_word`].
    pub org_word: Option<Option<OrgWord>>,
    /// [`super::lexicon::title`].
    pub title: Option<Option<TitleKind>>,
    /// `names::common_any_case`.
    pub common: Option<bool>,
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
/// each by its number; and the answers for word tokens, by word number.
struct Memo {
    words: Interner,
    answers: Vec<Answers>,
    /// Word number -> index in `word_answers`, or `u32::MAX`.
    by_word: ByWord<u32>,
    word_answers: Vec<Answers>,
}

impl Memo {
    /// An empty memo at its full size.
    fn new() -> Memo {
        Memo {
            words: Interner::with_capacity(MAX_SPELLINGS, MAX_BYTES),
            answers: Vec::with_capacity(MAX_SPELLINGS),
            by_word: ByWord::default(),
            word_answers: Vec::with_capacity(MAX_SPELLINGS),
        }
    }

    /// Whether a spelling may find no room, by text or by word number.
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_full(&self) -> bool {
        self.words_full() || self.word_answers.len() >= MAX_SPELLINGS
    }

    /// Whether a spelling may find no room by text.
    #[cfg_attr(lede_abort, optimize(size))]
    fn words_full(&self) -> bool {
        self.words.len() >= MAX_SPELLINGS || self.words.text_len() + MAX_LENGTH > MAX_BYTES
    }

    /// The number of `word` (of hash `hash`), if it has one.
    fn find(&self, word: &str, hash: u64) -> Option<usize> {
        Some(self.words.find(word.as_bytes(), hash)? as usize)
    }

    /// The number of `word` (of hash `hash`), made if it has none and there
    /// is room.
    #[cfg_attr(lede_abort, optimize(size))]
    fn find_or_add(&mut self, word: &str, hash: u64) -> Option<usize> {
        if let Some(i) = self.find(word, hash) {
            return Some(i);
        }
        if self.words_full() {
            return None;
        }
        self.answers.push(Answers::default());
        Some(self.words.insert(word, hash) as usize)
    }

    /// The answers for word number `number`, if it has them (of the
    /// memo's epoch: see [`remembered_word`]).
    #[cfg_attr(lede_abort, optimize(size))]
    fn of_word(&mut self, number: u32) -> Option<&mut Answers> {
        self.word_answers.get_mut(self.by_word.get(number) as usize)
    }

    /// The answers for word number `number`, made if it has none and there
    /// is room.
    #[cfg_attr(lede_abort, optimize(size))]
    fn of_word_or_add(&mut self, number: u32) -> Option<&mut Answers> {
        let mut i = self.by_word.get(number) as usize;
        if i >= self.word_answers.len() {
            if self.word_answers.len() >= MAX_SPELLINGS {
                return None;
            }
            i = self.word_answers.len();
            self.word_answers.push(Answers::default());
            self.by_word.set(number, i as u32);
        }
        self.word_answers.get_mut(i)
    }

    /// The answers for `word`, by its word number `number` of epoch
    /// `epoch` if the memo holds that epoch's numbers (see
    /// [`remembered_word`]), else by text (none for a spelling longer than
    /// [`MAX_LENGTH`]); made if there are none, when `add` and there is
    /// room.
    #[inline(never)]
    fn answers(&mut self, word: &str, number: u32, epoch: u32, add: bool) -> Option<&mut Answers> {
        if number != NO_WORD && epoch != 0 && self.by_word.epoch() == epoch {
            return if add {
                self.of_word_or_add(number)
            } else {
                self.of_word(number)
            };
        }
        if word.len() > MAX_LENGTH {
            return None;
        }
        let hash = Interner::hash(word.as_bytes());
        let i = if add {
            self.find_or_add(word, hash)
        } else {
            self.find(word, hash)
        }?;
        self.answers.get_mut(i)
    }
}

per_thread! {
    /// Made on first use, at its full size.
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Starts a text whose word numbers are of epoch `word_epoch`: empties a
/// full memo, so that the text's spellings find room (in place: its memory
/// is kept for them), and forgets the answers by number of another epoch.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn begin_text(word_epoch: u32) {
    MEMO.with_borrow_mut(|memo| {
        let memo = memo.get_or_insert_with(Memo::new);
        if memo.is_full() {
            memo.words.clear();
            memo.answers.clear();
            memo.word_answers.clear();
            memo.by_word.forget();
        }
        if memo.by_word.epoch() != word_epoch {
            memo.word_answers.clear();
            memo.by_word.begin(word_epoch);
        }
    });
}

/// The answer to a question about `word`: the one `field` picks from its
/// [`Answers`], as remembered, or else worked out by `work_out` and
/// remembered. The memo is not borrowed while `work_out` runs, so it may
/// ask other questions.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn remembered<T: Copy>(
    word: &str,
    field: impl Fn(&mut Answers) -> &mut Option<T>,
    work_out: impl FnOnce(&str) -> T,
) -> T {
    remembered_word(word, NO_WORD, 0, field, work_out)
}

/// [`remembered`] of a word token's text `word`, by its word number
/// `number` of epoch `epoch` ([`NO_WORD`] when the spelling asked about is
/// not the token's whole text). Asked by text when the memo holds another
/// epoch's numbers (a document not begun with [`begin_text`]), or `epoch`
/// is 0 (unknown).
///
/// Generic only in the answer's field and type: finding where a spelling's
/// answers are kept is [`Memo::answers`], one function for every question.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn remembered_word<T: Copy>(
    word: &str,
    number: u32,
    epoch: u32,
    field: impl Fn(&mut Answers) -> &mut Option<T>,
    work_out: impl FnOnce(&str) -> T,
) -> T {
    let known =
        MEMO.with_borrow_mut(|memo| *field(memo.as_mut()?.answers(word, number, epoch, false)?));
    if let Some(answer) = known {
        return answer;
    }
    let answer = work_out(word);
    MEMO.with_borrow_mut(|memo| {
        let memo = memo.get_or_insert_with(Memo::new);
        if let Some(answers) = memo.answers(word, number, epoch, true) {
            *field(answers) = Some(answer);
        }
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_remembered_per_spelling_within_the_bounds() {
        let asked = core::cell::Cell::new(0);
        let ask = |word: &str| {
            remembered(
                word,
                |a| &mut a.common,
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
        begin_text(1);
        MEMO.with_borrow(|memo| assert_eq!(memo.as_ref().unwrap().words.len(), 0));
    }

    #[test]
    fn answers_by_word_number_hold_for_their_epoch_only() {
        let asked = core::cell::Cell::new(0);
        let ask = |word: &str, number: u32, epoch: u32| {
            remembered_word(
                word,
                number,
                epoch,
                |a| &mut a.given,
                |w| {
                    asked.set(asked.get() + 1);
                    Some(w.len() as u8)
                },
            )
        };
        begin_text(7);
        assert_eq!(ask("Anna", 3, 7), Some(4));
        assert_eq!(asked.get(), 1);
        // Asked again by number: remembered, whatever the text says (the
        // numbering gives a number to one spelling only).
        assert_eq!(ask("Anna", 3, 7), Some(4));
        assert_eq!(asked.get(), 1);
        // Another epoch, an unknown one, or no number: asked by text.
        assert_eq!(ask("Bob", 3, 8), Some(3));
        assert_eq!(ask("Bob", 3, 0), Some(3));
        assert_eq!(ask("Bob", NO_WORD, 7), Some(3));
        assert_eq!(asked.get(), 2, "the text memo answered the last two");
        // A new epoch forgets the answers by number.
        begin_text(8);
        assert_eq!(ask("Carla", 3, 8), Some(5));
        assert_eq!(asked.get(), 3);
        // More word numbers than fit: right answers, bounded tables, and
        // the next text empties them.
        for n in 0..MAX_SPELLINGS as u32 + 10 {
            let word = format!("w{n}");
            assert_eq!(ask(&word, 100 + n, 8), Some(word.len() as u8));
        }
        MEMO.with_borrow(|memo| {
            let memo = memo.as_ref().unwrap();
            assert_eq!(memo.word_answers.len(), MAX_SPELLINGS);
            assert_eq!(memo.word_answers.capacity(), MAX_SPELLINGS, "never regrown");
        });
        begin_text(8);
        MEMO.with_borrow(|memo| assert!(memo.as_ref().unwrap().word_answers.is_empty()));
        assert_eq!(ask("Carla", 3, 8), Some(5));
        assert_eq!(asked.get(), 4 + MAX_SPELLINGS + 10);
    }
}
