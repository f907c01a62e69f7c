//! The JSON Lines stream behind `lede analyze --jsonl`: one article in,
//! one result out, line by line.
//!
//! It lives in the library rather than the binary so that it can be tested
//! and fuzzed directly. [`process`] works line by line on the calling
//! thread: memory is bounded by the longest single line. [`process_parallel`]
//! analyses several batches of lines at once on worker threads and writes
//! the same bytes in the same order; memory is bounded by a window of
//! batches in flight (twice the number of workers).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::{analyze, Options};

/// An output line for an input line that has no analysis (the analysis
/// itself is written by `Analysis::write_json`).
#[derive(Serialize)]
struct Error<'a> {
    id: &'a serde_json::Value,
    error: &'a String,
}

/// One input line: `{"id": ..., "text": ...}` (the id is optional and may
/// be any JSON value; it is echoed back). The text is borrowed from the
/// line when it holds no escapes, which saves a copy of every article.
#[derive(Deserialize)]
struct Article<'a> {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

/// Reads `{"id":..,"text":..}` lines from `input` and writes one
/// `{"id":..,"analysis":..}` line per non-blank input line to `out`, in
/// order. A line that is not such an object, is not valid UTF-8 (it is
/// repaired lossily first), or is refused by [`analyze`] gives
/// `{"id":..,"error":"line N: ..."}` and the stream goes on. Only I/O
/// errors stop it.
///
/// Each result is flushed before the next line is read, so a caller that
/// waits for a result before sending more input is never left waiting.
pub fn process(mut input: impl BufRead, out: &mut impl Write, options: &Options) -> io::Result<()> {
    let mut line = Vec::new();
    // One output buffer for the whole stream: a line is serialised into it
    // and written with one call, rather than in the many small writes
    // serde_json makes (each a trip through `out`'s buffering).
    let mut answer = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        answer.clear();
        answer_line(number, &line, options, &mut answer)?;
        if !answer.is_empty() {
            out.write_all(&answer)?;
            out.flush()?;
        }
    }
}

/// Appends to `out` the output line (newline included) for input line
/// `number`, whose bytes are `line`; nothing for a blank line. The one
/// place that turns a line into its answer, shared by both streams so that
/// they cannot drift apart.
fn answer_line(number: usize, line: &[u8], options: &Options, out: &mut Vec<u8>) -> io::Result<()> {
    // `from_utf8` first: its ASCII fast path checks a valid line several
    // times faster than the lossy decoder, which is kept for bad bytes.
    let raw = match std::str::from_utf8(line) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(line),
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(());
    }
    let null = serde_json::Value::Null;
    let parsed = serde_json::from_str::<Article>(trimmed);
    let (id, result) = match &parsed {
        Err(e) => (
            &null,
            Err(format!(
                "line {number}: not an object with a string \"text\": {e}"
            )),
        ),
        Ok(article) => (
            &article.id,
            analyze(&article.text, options).map_err(|e| format!("line {number}: {e}")),
        ),
    };
    match &result {
        Ok(analysis) => {
            // `{"id":..,"analysis":..}`, the analysis by its own writer.
            out.extend_from_slice(b"{\"id\":");
            serde_json::to_writer(&mut *out, id).map_err(io::Error::other)?;
            out.extend_from_slice(b",\"analysis\":");
            analysis.write_json(out);
            out.push(b'}');
        }
        Err(message) => {
            let record = Error { id, error: message };
            serde_json::to_writer(&mut *out, &record).map_err(io::Error::other)?;
        }
    }
    out.push(b'\n');
    Ok(())
}

/// [`process`] with `jobs` worker threads: the same bytes in the same
/// order, each batch of lines analysed (and serialised) on whichever worker
/// is free. `jobs == 1` is [`process`] itself, on the calling thread.
///
/// A reader thread cuts the input into batches of whole lines, about
/// 16 KiB each (`BATCH_BYTES`), so that the cost of handing work between
/// threads is paid per batch rather than per line (with one line a batch,
/// 30,000 short lines took three times the CPU time of one thread). A
/// batch is also cut whenever the input has nothing more buffered, i.e.
/// before a read that may wait, and the calling thread writes the answers
/// in input order, flushing whenever it has to wait for one: results still
/// stream out line by line when input trickles in.
///
/// At most `2 * jobs` batches are in flight (read but not yet written):
/// the reader waits for the writer beyond that, so a slow line holds back
/// at most that many finished batches and memory stays bounded however
/// long the input. If writing fails (a closed pipe), the error is returned
/// once the reader has noticed, which it does when its current read
/// returns; a read error is returned after every line before it has been
/// written. A panic in the analysis of a line (a bug) ends the stream with
/// an error naming the line, after the lines before it, instead of leaving
/// the writer waiting for it.
pub fn process_parallel(
    input: impl BufRead + Send,
    out: &mut impl Write,
    options: &Options,
    jobs: NonZeroUsize,
) -> io::Result<()> {
    let jobs = jobs.get();
    if jobs == 1 {
        return process(input, out, options);
    }
    let window = 2 * jobs;
    // A counting semaphore: the reader puts a token in before each batch
    // and the writer takes one out after each batch written.
    let (slot_in, slots) = mpsc::sync_channel::<()>(window);
    let (batch_in, batch_out) = mpsc::channel::<Batch>();
    let batch_out = Arc::new(Mutex::new(batch_out));
    let (done_in, done) = mpsc::channel::<Done>();
    // Every channel end is moved into the scope's closure, so that all are
    // dropped when it returns, early or not: that is what tells the other
    // threads to stop, before the scope waits for them.
    std::thread::scope(move |scope| {
        for _ in 0..jobs {
            let batch_out = Arc::clone(&batch_out);
            let done_in = done_in.clone();
            spawn(scope, move || work(&batch_out, &done_in, options))?;
        }
        let reader_done = done_in;
        spawn(scope, move || {
            read(input, &slot_in, &batch_in, &reader_done)
        })?;
        write(out, done, slots)
    })
}

/// Starts a thread of the stream; the OS refusing one is an error, not a
/// panic (as `Scope::spawn` would make it).
fn spawn<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    f: impl FnOnce() + Send + 'scope,
) -> io::Result<()> {
    std::thread::Builder::new()
        .spawn_scoped(scope, f)
        .map(drop)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot start a thread: {e}")))
}

/// A batch is sent once it holds this many bytes (or the input has no
/// more buffered): about a millisecond of analysis, against some
/// microseconds to hand it over.
const BATCH_BYTES: usize = 16 * 1024;

/// Whole lines for a worker: the batch's place in the stream, the line
/// number of its first line (blank lines count), and the lines' bytes,
/// each ending at an offset of `ends`.
struct Batch {
    seq: usize,
    first: usize,
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Batch {
    /// Adds a whole line and empties `line`; the first line of a batch is
    /// moved rather than copied, so one long line is never held twice.
    fn push(&mut self, line: &mut Vec<u8>) {
        if self.bytes.is_empty() {
            std::mem::swap(&mut self.bytes, line);
        } else {
            self.bytes.extend_from_slice(line);
        }
        line.clear();
        self.ends.push(self.bytes.len());
    }
}

/// What the writer hears from the other threads.
enum Done {
    /// The answers to batch `seq`, and the error that ends the stream
    /// after them, if one of its lines failed.
    Batch {
        seq: usize,
        answers: Vec<u8>,
        error: Option<io::Error>,
    },
    /// The reader has sent `batches` batches and stopped: at the end of the
    /// input, or at a read error, which is returned after them.
    End {
        batches: usize,
        error: Option<io::Error>,
    },
}

/// The reader thread: batches of lines from `input` to the workers, each
/// after a slot in the window is free, then the end (or read error) to
/// the writer.
fn read(
    mut input: impl BufRead,
    slot_in: &SyncSender<()>,
    batch_in: &Sender<Batch>,
    done_in: &Sender<Done>,
) {
    let mut seq = 0usize;
    let mut number = 1usize;
    let mut batch = Batch {
        seq,
        first: number,
        bytes: Vec::new(),
        ends: Vec::new(),
    };
    // The line being read, which may span several reads.
    let mut line = Vec::new();
    let error = loop {
        let (taken, complete, drained) = match input.fill_buf() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            // A line cut short by the error is dropped, as `process` does.
            Err(e) => break Some(e),
            Ok([]) => {
                // The end: a last line without a newline is a line too.
                if !line.is_empty() {
                    batch.push(&mut line);
                }
                break None;
            }
            Ok(available) => match available.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    line.extend_from_slice(&available[..=i]);
                    (i + 1, true, i + 1 == available.len())
                }
                None => {
                    line.extend_from_slice(available);
                    (available.len(), false, true)
                }
            },
        };
        input.consume(taken);
        if complete {
            batch.push(&mut line);
        }
        if !batch.ends.is_empty() && (drained || batch.bytes.len() >= BATCH_BYTES) {
            number += batch.ends.len();
            seq += 1;
            let next = Batch {
                seq,
                first: number,
                bytes: Vec::new(),
                ends: Vec::new(),
            };
            if !send(std::mem::replace(&mut batch, next), slot_in, batch_in) {
                return;
            }
        }
    };
    if !batch.ends.is_empty() {
        if !send(batch, slot_in, batch_in) {
            return;
        }
        seq += 1;
    }
    let _ = done_in.send(Done::End {
        batches: seq,
        error,
    });
}

/// Sends `batch` once a slot in the window is free; false if no one is
/// listening any more (the writer or every worker has stopped, so nothing
/// more will be written and the reader stops too).
fn send(batch: Batch, slot_in: &SyncSender<()>, batch_in: &Sender<Batch>) -> bool {
    slot_in.send(()).is_ok() && batch_in.send(batch).is_ok()
}

/// A worker thread: answers batches until the reader stops (or the writer
/// does). The receiver is shared behind a mutex, held only while taking a
/// batch, so a free worker takes the next batch whichever worker it is.
fn work(batch_out: &Mutex<Receiver<Batch>>, done_in: &Sender<Done>, options: &Options) {
    loop {
        // A poisoned lock cannot leave the receiver inconsistent (no one
        // panics while holding it), so it is used as it is.
        let batch = match batch_out.lock().unwrap_or_else(|e| e.into_inner()).recv() {
            Ok(batch) => batch,
            Err(_) => return,
        };
        let mut answers = Vec::new();
        let mut error = None;
        let mut panicked = false;
        let mut start = 0;
        for (number, &end) in (batch.first..).zip(&batch.ends) {
            let mark = answers.len();
            let line = &batch.bytes[start..end];
            start = end;
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
                answer_line(number, line, options, &mut answers)
            }));
            match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(e)) => error = Some(e),
                // The panic message is already on stderr (the panic hook
                // ran); this thread's caches may be half updated, so it
                // stops.
                Err(_) => {
                    panicked = true;
                    error = Some(io::Error::other(format!(
                        "line {number}: the analysis panicked (a bug in lede)"
                    )));
                }
            }
            // Nothing of the failed line is written, as in `process`.
            answers.truncate(mark);
            break;
        }
        let seq = batch.seq;
        if done_in
            .send(Done::Batch {
                seq,
                answers,
                error,
            })
            .is_err()
            || panicked
        {
            return;
        }
    }
}

/// The writer, on the calling thread: answers in input order, a flush
/// whenever the next batch is not ready yet, one window slot freed per
/// batch.
fn write(out: &mut impl Write, done: Receiver<Done>, slots: Receiver<()>) -> io::Result<()> {
    // Batches that came before their turn; at most the window's size.
    let mut waiting: BTreeMap<usize, (Vec<u8>, Option<io::Error>)> = BTreeMap::new();
    let mut next = 0usize;
    let mut end: Option<(usize, Option<io::Error>)> = None;
    loop {
        while let Some((answers, error)) = waiting.remove(&next) {
            out.write_all(&answers)?;
            if let Some(e) = error {
                return Err(e);
            }
            next += 1;
            // The reader put this batch's token in before sending it.
            let _ = slots.try_recv();
        }
        if let Some((batches, error)) = &mut end {
            if next == *batches {
                out.flush()?;
                return error.take().map_or(Ok(()), Err);
            }
        }
        let message = match done.try_recv() {
            Ok(message) => message,
            Err(TryRecvError::Empty) => {
                out.flush()?;
                done.recv().map_err(|_| stopped_early())?
            }
            Err(TryRecvError::Disconnected) => return Err(stopped_early()),
        };
        match message {
            Done::Batch {
                seq,
                answers,
                error,
            } => {
                waiting.insert(seq, (answers, error));
            }
            Done::End { batches, error } => end = Some((batches, error)),
        }
    }
}

/// Every thread that could send an answer has gone while answers were
/// still due: not expected to happen, but an error rather than a hang.
fn stopped_early() -> io::Error {
    io::Error::other("the worker threads stopped before every line was answered")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn each_line_gets_its_result_in_order_and_bad_lines_an_error() {
        let input = "{\"id\":1,\"text\":\"One. Two.\"}\nnot json\n\n{\"text\":\"Hi there.\"}\n";
        let mut out = Vec::new();
        process(input.as_bytes(), &mut out, &Options::default()).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["analysis"]["stats"]["sentences"], 2);
        assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
        assert_eq!(lines[2]["id"], serde_json::Value::Null);
        assert_eq!(lines[2]["analysis"]["stats"]["words"], 2);
    }

    /// Every input of the fuzz corpus gives the same bytes in parallel as
    /// line by line.
    #[test]
    fn parallel_output_is_the_sequential_output_on_the_fuzz_corpus() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus/jsonl");
        let mut all = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            all.extend_from_slice(&bytes);
            all.push(b'\n');
            check_same(&bytes, 3, &path.display().to_string());
        }
        // And all of them as one stream, long enough to fill the window.
        check_same(&all, 2, "the whole corpus");
        check_same(&all, 5, "the whole corpus");
    }

    fn check_same(input: &[u8], jobs: usize, name: &str) {
        let options = Options::default();
        let mut one = Vec::new();
        process(input, &mut one, &options).unwrap();
        let mut many = Vec::new();
        let jobs = NonZeroUsize::new(jobs).unwrap();
        process_parallel(input, &mut many, &options, jobs).unwrap();
        assert!(one == many, "{name}: the outputs differ");
    }

    /// An input that counts the lines taken from it.
    struct Counted<'a> {
        rest: &'a [u8],
        lines: &'a AtomicUsize,
    }

    impl Read for Counted<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.fill_buf()?.len().min(buf.len());
            buf[..n].copy_from_slice(&self.rest[..n]);
            self.consume(n);
            Ok(n)
        }
    }

    impl BufRead for Counted<'_> {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            // Small pieces, so that lines are read a few bytes at a time.
            Ok(&self.rest[..self.rest.len().min(7)])
        }
        fn consume(&mut self, n: usize) {
            let newlines = self.rest[..n].iter().filter(|&&b| b == b'\n').count();
            self.lines.fetch_add(newlines, Ordering::SeqCst);
            self.rest = &self.rest[n..];
        }
    }

    /// An output that checks, at every line written, how far ahead the
    /// reader is.
    struct Behind<'a> {
        written: usize,
        read: &'a AtomicUsize,
        most_ahead: usize,
    }

    impl Write for Behind<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let ahead = self.read.load(Ordering::SeqCst) - self.written;
            self.most_ahead = self.most_ahead.max(ahead);
            self.written += buf.iter().filter(|&&b| b == b'\n').count();
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_reader_stays_within_the_window() {
        // One slow article first, then many quick ones that finish before
        // it: they must wait in the window, not pile up.
        let slow = "The minister said the talks in Geneva would go on. ".repeat(400);
        let mut input = format!("{{\"id\":0,\"text\":\"{slow}\"}}\n");
        for i in 1..200 {
            input.push_str(&format!("{{\"id\":{i},\"text\":\"Short {i}.\"}}\n"));
        }
        let read = AtomicUsize::new(0);
        let counted = Counted {
            rest: input.as_bytes(),
            lines: &read,
        };
        let mut out = Behind {
            written: 0,
            read: &read,
            most_ahead: 0,
        };
        let jobs = 3;
        let jobs = NonZeroUsize::new(jobs).unwrap();
        process_parallel(counted, &mut out, &Options::default(), jobs).unwrap();
        assert_eq!(out.written, 200);
        // The window's batches (of one line each here, since the input
        // comes 7 bytes at a time and is drained after each piece), plus
        // the one the reader holds while it waits for a slot.
        assert!(out.most_ahead <= 2 * 3 + 1, "{}", out.most_ahead);
    }

    /// An input that fails after its bytes.
    struct Failing;

    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("the disk is on fire"))
        }
    }

    #[test]
    fn a_read_error_ends_the_stream_after_the_lines_before_it() {
        let lines =
            "{\"id\":1,\"text\":\"One.\"}\nnope\n{\"id\":3,\"text\":\"Three.\"}\n".repeat(5);
        let options = Options::default();
        let mut one = Vec::new();
        let input = io::BufReader::new(lines.as_bytes().chain(Failing));
        let error = process(input, &mut one, &options).unwrap_err();
        assert_eq!(error.to_string(), "the disk is on fire");
        assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), 15);
        let mut many = Vec::new();
        let input = io::BufReader::new(lines.as_bytes().chain(Failing));
        let jobs = NonZeroUsize::new(3).unwrap();
        let error = process_parallel(input, &mut many, &options, jobs).unwrap_err();
        assert_eq!(error.to_string(), "the disk is on fire");
        assert!(one == many);
    }
}
