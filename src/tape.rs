//! A compact encoding of any `Serialize` value for the trip out of wasm: a
//! tape of numbers, one string of all the strings, and the object shapes.
//!
//! Turning the result into JSON text and parsing it again on the JS side
//! cost about a third of an analysis in wasm (float formatting, string
//! escaping, then `JSON.parse` of a text four times the article's size).
//! The tape needs neither: numbers cross as they are, as the `f64`s JS
//! uses anyway, read through a `Float64Array` view of wasm memory; all the
//! strings cross in one piece and are sliced apart; object keys cross once
//! per shape instead of once per object. `src/wasm/decode.js` turns the
//! three back into the same plain object `JSON.parse` would have made.
//!
//! The tape is a sequence of values, each a tag and its payload:
//!
//! | tag | payload | JS value |
//! |---|---|---|
//! | [`NULL`] | | `null` (also `None`, `()`, non-finite floats, as serde_json writes them) |
//! | [`FALSE`], [`TRUE`] | | booleans |
//! | [`NUMBER`] | the number | a number |
//! | [`STRING`] | its length in UTF-16 units | the next that many units of the strings |
//! | [`ARRAY`] | n, then n values | an array |
//! | [`OBJECT`] | a shape index, then one value per key of the shape | an object with the shape's keys, in order |
//! | [`MAP`] | n, then n pairs of a STRING key and a value | an object with those keys |
//!
//! A struct is an OBJECT: its shape is its list of field names, written
//! once into the shapes, a JSON array of key arrays. A struct must therefore
//! write the same fields in the same order every time (no
//! `skip_serializing_if`); one that does not is an error, never a wrong
//! object. Maps and enum variants with data are MAPs, as in serde_json.
//!
//! Shapes can outlive one value: [`encode_with`] keeps them in a [`Shapes`]
//! that the caller holds for as long as one receiver decodes its tapes (the
//! wasm edge keeps one per instance), so a shape keeps its index from call
//! to call and the shapes cross only when one was added; the rest of the
//! time [`Tape::shapes`] is empty and the receiver reuses the list it has.

use serde::ser::{self, Serialize};

pub const NULL: f64 = 0.0;
pub const FALSE: f64 = 1.0;
pub const TRUE: f64 = 2.0;
pub const NUMBER: f64 = 3.0;
pub const STRING: f64 = 4.0;
pub const ARRAY: f64 = 5.0;
pub const OBJECT: f64 = 6.0;
pub const MAP: f64 = 7.0;

/// The encoding of one value.
#[derive(Debug, Default, PartialEq)]
pub struct Tape {
    pub tape: Vec<f64>,
    pub strings: String,
    /// A JSON array with one array of keys per shape index: all the shapes
    /// known so far, or empty when the receiver already has them all (see
    /// [`encode_with`]).
    pub shapes: String,
}

/// The object shapes learnt so far, and how many of them the receiver of
/// the tapes has been sent; and the buffers of the last tape, given back
/// with [`Shapes::recycle`], for the next one to fill without growing.
#[derive(Default)]
pub struct Shapes {
    list: Vec<Shape>,
    sent: usize,
    spare: Option<(Vec<f64>, String)>,
}

/// The largest buffers [`Shapes::recycle`] keeps (a tape of a few hundred
/// kilobytes, from a text of about a hundred): larger ones are freed, so
/// one long text does not hold its memory for the small ones after it.
const SPARE_NUMBERS: usize = 1 << 15;
const SPARE_BYTES: usize = 1 << 17;

impl Shapes {
    /// Takes back the buffers of `tape` (read and done with) for the next
    /// encoding.
    pub fn recycle(&mut self, tape: Tape) {
        let Tape {
            tape: mut numbers,
            mut strings,
            ..
        } = tape;
        if numbers.capacity() <= SPARE_NUMBERS && strings.capacity() <= SPARE_BYTES {
            numbers.clear();
            strings.clear();
            self.spare = Some((numbers, strings));
        }
    }
}

/// Why a value could not be encoded.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Encodes `value` on its own: [`Tape::shapes`] holds every shape it uses.
#[cfg(test)]
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Tape, Error> {
    encode_with(value, &mut Shapes::default())
}

/// Encodes `value` for a receiver that has been sent the tapes of earlier
/// calls with the same `shapes`: it keeps the shapes it was sent, so
/// [`Tape::shapes`] is empty unless this value adds one, and then holds
/// them all. A value that cannot be encoded leaves `shapes` as it was.
// Not inlined into its caller, for the wasm's first call: see
// `analyze_js` in src/wasm.rs.
#[inline(never)]
pub fn encode_with<T: Serialize + ?Sized>(value: &T, shapes: &mut Shapes) -> Result<Tape, Error> {
    let known = shapes.list.len();
    let (tape, strings) = shapes.spare.take().unwrap_or_default();
    let mut encoder = Encoder {
        tape,
        strings,
        shapes: std::mem::take(&mut shapes.list),
    };
    let done = value.serialize(&mut encoder);
    shapes.list = encoder.shapes;
    if let Err(e) = done {
        // Shapes learnt from a value that failed may be half learnt.
        shapes.list.truncate(known);
        return Err(e);
    }
    let json = if shapes.sent == 0 || shapes.list.len() > shapes.sent {
        let keys: Vec<&[&str]> = shapes.list.iter().map(|s| s.keys.as_slice()).collect();
        serde_json::to_string(&keys).map_err(|e| Error(e.to_string()))?
    } else {
        String::new()
    };
    shapes.sent = shapes.list.len();
    Ok(Tape {
        tape: encoder.tape,
        strings: encoder.strings,
        shapes: json,
    })
}

struct Shape {
    name: &'static str,
    keys: Vec<&'static str>,
    /// Still being learnt from the first struct of this name.
    open: bool,
}

struct Encoder {
    tape: Vec<f64>,
    strings: String,
    shapes: Vec<Shape>,
}

impl Encoder {
    fn string(&mut self, s: &str) {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.chars().map(char::len_utf16).sum()
        };
        self.tape.push(STRING);
        self.tape.push(units as f64);
        self.strings.push_str(s);
    }

    fn number(&mut self, n: f64) {
        if n.is_finite() {
            self.tape.push(NUMBER);
            self.tape.push(n);
        } else {
            self.tape.push(NULL);
        }
    }

    /// Writes the tag and a count to be filled in by [`Counted::end`].
    fn counted(&mut self, tag: f64) -> Counted<'_> {
        self.tape.push(tag);
        self.tape.push(0.0);
        let slot = self.tape.len() - 1;
        Counted {
            encoder: self,
            slot,
            count: 0,
        }
    }

    /// `{ variant: ... }`, serde_json's form of an enum variant with data:
    /// a one-entry MAP whose value follows.
    fn variant(&mut self, variant: &str) {
        self.tape.push(MAP);
        self.tape.push(1.0);
        self.string(variant);
    }
}

/// An ARRAY or MAP whose length is counted as its items are written.
struct Counted<'a> {
    encoder: &'a mut Encoder,
    slot: usize,
    count: usize,
}

impl Counted<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.count += 1;
        value.serialize(&mut *self.encoder)
    }

    fn end(self) -> Result<(), Error> {
        self.encoder.tape[self.slot] = self.count as f64;
        Ok(())
    }
}

/// A struct written as an OBJECT of a known or newly learnt shape.
struct Object<'a> {
    encoder: &'a mut Encoder,
    shape: usize,
    field: usize,
}

impl<'a> ser::Serializer for &'a mut Encoder {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Counted<'a>;
    type SerializeTuple = Counted<'a>;
    type SerializeTupleStruct = Counted<'a>;
    type SerializeTupleVariant = Counted<'a>;
    type SerializeMap = Counted<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Counted<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.tape.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.counted(ARRAY);
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant(variant);
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Counted<'a>, Error> {
        Ok(self.counted(ARRAY))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Counted<'a>, Error> {
        Ok(self.counted(ARRAY))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Counted<'a>, Error> {
        Ok(self.counted(ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Counted<'a>, Error> {
        self.variant(variant);
        Ok(self.counted(ARRAY))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Counted<'a>, Error> {
        Ok(self.counted(MAP))
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Object<'a>, Error> {
        let shape = match self.shapes.iter().position(|s| same(s.name, name)) {
            Some(i) if self.shapes[i].open => {
                return Err(Error(format!(
                    "{name} contains itself, which a shape cannot describe"
                )))
            }
            Some(i) => i,
            None => {
                self.shapes.push(Shape {
                    name,
                    keys: Vec::new(),
                    open: true,
                });
                self.shapes.len() - 1
            }
        };
        self.tape.push(OBJECT);
        self.tape.push(shape as f64);
        Ok(Object {
            encoder: self,
            shape,
            field: 0,
        })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Counted<'a>, Error> {
        self.variant(variant);
        Ok(self.counted(MAP))
    }
}

/// The four ways serde writes a list of values (sequence, tuple, tuple
/// struct, tuple variant) differ only in the trait and method names.
macro_rules! counted_items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Counted<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                Counted::end(self)
            }
        }
    )*};
}

counted_items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Counted<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys must come out as strings, as in JSON: numbers and the like
        // are written as their text, anything else is refused.
        self.count += 1;
        key.serialize(KeyEncoder(&mut *self.encoder))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.encoder)
    }
    fn end(self) -> Result<(), Error> {
        Counted::end(self)
    }
}

impl ser::SerializeStructVariant for Counted<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.count += 1;
        self.encoder.string(key);
        value.serialize(&mut *self.encoder)
    }
    fn end(self) -> Result<(), Error> {
        Counted::end(self)
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let shape = &mut self.encoder.shapes[self.shape];
        if shape.open {
            shape.keys.push(key);
        } else if !shape.keys.get(self.field).is_some_and(|&k| same(k, key)) {
            return Err(inconsistent(shape.name));
        }
        self.field += 1;
        value.serialize(&mut *self.encoder)
    }
    fn skip_field(&mut self, _key: &'static str) -> Result<(), Error> {
        Err(inconsistent(self.encoder.shapes[self.shape].name))
    }
    fn end(self) -> Result<(), Error> {
        let shape = &mut self.encoder.shapes[self.shape];
        if shape.open {
            shape.open = false;
        } else if shape.keys.len() != self.field {
            return Err(inconsistent(shape.name));
        }
        Ok(())
    }
}

/// Whether two names are equal: serde passes a struct's names as the same
/// literals every time, so comparing where they lie settles nearly every
/// case without comparing bytes (a byte loop in wasm).
fn same(a: &'static str, b: &'static str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

fn inconsistent(name: &str) -> Error {
    Error(format!(
        "{name} does not always write the same fields, which a shape cannot describe"
    ))
}

/// Writes a map key as a STRING.
struct KeyEncoder<'a>(&'a mut Encoder);

impl KeyEncoder<'_> {
    fn text(self, s: &str) -> Result<(), Error> {
        self.0.string(s);
        Ok(())
    }
    fn refuse<T>(what: &str) -> Result<T, Error> {
        Err(Error(format!(
            "a map key must be a string or a number, not {what}"
        )))
    }
}

impl ser::Serializer for KeyEncoder<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.text(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.text(&v.to_string())
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Self::refuse("a float")
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Self::refuse("a float")
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.text(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.text(v)
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Self::refuse("bytes")
    }
    fn serialize_none(self) -> Result<(), Error> {
        Self::refuse("null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Self::refuse("null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Self::refuse("null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.text(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Self::refuse("an enum variant with data")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Self::refuse("a sequence")
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Self::refuse("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Self::refuse("a tuple")
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Self::refuse("an enum variant with data")
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Self::refuse("a map")
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Self::refuse("a struct")
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Self::refuse("an enum variant with data")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Point {
        x_pos: i32,
        label: Option<&'static str>,
    }

    #[derive(Serialize)]
    enum Kind {
        Plain,
        Wrapped(u8),
        Pair(u8, bool),
        Named { a: u8 },
    }

    #[test]
    fn structs_share_one_shape_and_strings_cross_in_one_piece() {
        let t = encode(&vec![
            Point {
                x_pos: -1,
                label: Some("é€"),
            },
            Point {
                x_pos: 2,
                label: None,
            },
        ])
        .unwrap();
        assert_eq!(t.shapes, r#"[["xPos","label"]]"#);
        assert_eq!(t.strings, "é€");
        #[rustfmt::skip]
        let expected = vec![
            ARRAY, 2.0,
            OBJECT, 0.0, NUMBER, -1.0, STRING, 2.0,
            OBJECT, 0.0, NUMBER, 2.0, NULL,
        ];
        assert_eq!(t.tape, expected);
    }

    #[test]
    fn lengths_count_utf16_units_and_floats_follow_serde_json() {
        let t = encode(&("a😀", f64::NAN, f64::INFINITY, -0.0_f64, true, ())).unwrap();
        #[rustfmt::skip]
        let expected = vec![ARRAY, 6.0, STRING, 3.0, NULL, NULL, NUMBER, -0.0, TRUE, NULL];
        assert_eq!(t.tape, expected);
        assert!(t.tape[7].is_sign_negative());
        assert_eq!(t.shapes, "[]");
    }

    #[test]
    fn enums_and_maps_take_serde_json_forms() {
        let mut map = BTreeMap::new();
        map.insert(7_u32, Kind::Plain);
        map.insert(8, Kind::Wrapped(3));
        let t = encode(&(map, Kind::Pair(1, false), Kind::Named { a: 9 })).unwrap();
        assert_eq!(t.strings, "7Plain8WrappedPairNameda");
        #[rustfmt::skip]
        let expected = vec![
            ARRAY, 3.0,
            MAP, 2.0,
                STRING, 1.0, STRING, 5.0,
                STRING, 1.0, MAP, 1.0, STRING, 7.0, NUMBER, 3.0,
            MAP, 1.0, STRING, 4.0, ARRAY, 2.0, NUMBER, 1.0, FALSE,
            MAP, 1.0, STRING, 5.0, MAP, 1.0, STRING, 1.0, NUMBER, 9.0,
        ];
        assert_eq!(t.tape, expected);
    }

    #[test]
    fn a_struct_that_skips_fields_is_an_error_not_a_wrong_object() {
        #[derive(Serialize)]
        struct Sometimes {
            #[serde(skip_serializing_if = "Option::is_none")]
            a: Option<u8>,
        }
        let err = encode(&[Sometimes { a: Some(1) }, Sometimes { a: None }]).unwrap_err();
        assert!(err.to_string().contains("Sometimes"), "{err}");
        assert!(encode(&[Sometimes { a: Some(1) }, Sometimes { a: Some(2) }]).is_ok());
    }

    #[test]
    fn shapes_cross_once_and_keep_their_indexes() {
        #[derive(Serialize)]
        struct Other {
            y: u8,
        }
        #[derive(Serialize)]
        struct Selfish {
            #[serde(skip_serializing_if = "Option::is_none")]
            a: Option<u8>,
            b: u8,
        }
        let mut shapes = Shapes::default();
        let point = || Point {
            x_pos: 1,
            label: None,
        };
        let first = encode_with(&point(), &mut shapes).unwrap();
        assert_eq!(first.shapes, r#"[["xPos","label"]]"#);
        let again = encode_with(&point(), &mut shapes).unwrap();
        assert_eq!(again.shapes, "");
        assert_eq!(again.tape, first.tape);
        // A new shape comes after the known ones, and they all cross.
        let t = encode_with(&(Other { y: 2 }, point()), &mut shapes).unwrap();
        assert_eq!(t.shapes, r#"[["xPos","label"],["y"]]"#);
        #[rustfmt::skip]
        let expected = vec![ARRAY, 2.0, OBJECT, 1.0, NUMBER, 2.0, OBJECT, 0.0, NUMBER, 1.0, NULL];
        assert_eq!(t.tape, expected);
        // A value that fails teaches nothing: the next tape is as if it
        // had never been tried.
        let bad = (Selfish { a: Some(1), b: 1 }, Selfish { a: None, b: 2 });
        assert!(encode_with(&bad, &mut shapes).is_err());
        let t = encode_with(&Other { y: 3 }, &mut shapes).unwrap();
        assert_eq!(t.shapes, "");
        // Buffers given back are filled afresh, not appended to.
        let (numbers, bytes) = (t.tape.as_ptr(), t.strings.capacity());
        shapes.recycle(t);
        let t = encode_with(&Other { y: 4 }, &mut shapes).unwrap();
        assert_eq!(t.tape, vec![OBJECT, 1.0, NUMBER, 4.0]);
        assert_eq!((t.tape.as_ptr(), t.strings.capacity()), (numbers, bytes));
        shapes.recycle(t);
        let t = encode_with(&Selfish { a: Some(4), b: 5 }, &mut shapes).unwrap();
        assert_eq!(t.shapes, r#"[["xPos","label"],["y"],["a","b"]]"#);
        #[rustfmt::skip]
        let expected = vec![OBJECT, 2.0, NUMBER, 4.0, NUMBER, 5.0];
        assert_eq!(t.tape, expected);
    }

    #[test]
    fn keys_are_json_strings() {
        #[derive(Serialize)]
        struct Odd {
            #[serde(rename = "a\"b\\c\n")]
            x: u8,
        }
        let t = encode(&Odd { x: 1 }).unwrap();
        assert_eq!(t.shapes, r#"[["a\"b\\c\n"]]"#);
        let keys: Vec<Vec<String>> = serde_json::from_str(&t.shapes).unwrap();
        assert_eq!(keys, vec![vec!["a\"b\\c\n".to_string()]]);
    }
}
