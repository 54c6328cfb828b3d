//! `Fixed<T>`: data that never changes while a viewer runs (the article, its search index, a part
//! of either), shared and compared by address, so comparing state or props never walks it. The
//! whole is kept by reference count: a brought article's library goes when the last viewer
//! showing it does.

use std::any::Any;
use std::ops::Deref;
use std::ptr::NonNull;
use std::rc::Rc;

pub(crate) struct Fixed<T: 'static> {
    /// The whole this is part of (or is), kept alive as long as any part of it is.
    keep: Rc<dyn Any>,
    at: NonNull<T>,
}

impl<T: 'static> Fixed<T> {
    pub(crate) fn new(value: T) -> Self {
        let keep = Rc::new(value);
        let at = NonNull::from(&*keep);
        Fixed { keep, at }
    }

    /// A part of this value, kept by the same whole. The closure can only return what it was
    /// handed (or something `'static`), so the part lives exactly as long as the whole.
    pub(crate) fn part<U: 'static>(&self, f: impl FnOnce(&T) -> &U) -> Fixed<U> {
        Fixed { keep: self.keep.clone(), at: NonNull::from(f(self)) }
    }

    /// Each element of a list inside this value.
    pub(crate) fn each<U: 'static>(&self, f: impl FnOnce(&T) -> &[U]) -> impl Iterator<Item = Fixed<U>> + '_ {
        f(self).iter().map(|item| Fixed { keep: self.keep.clone(), at: NonNull::from(item) })
    }

    /// A handle that does not keep the value: `Gone::get` gives it back while anything else does.
    pub(crate) fn downgrade(&self) -> Gone<T> {
        Gone { keep: Rc::downgrade(&self.keep), at: self.at }
    }
}

/// A `Fixed` that does not keep its value alive (a cache's entry).
pub(crate) struct Gone<T: 'static> {
    keep: std::rc::Weak<dyn Any>,
    at: NonNull<T>,
}

impl<T: 'static> Gone<T> {
    /// The value, while some `Fixed` still keeps it.
    pub(crate) fn get(&self) -> Option<Fixed<T>> {
        Some(Fixed { keep: self.keep.upgrade()?, at: self.at })
    }
}

impl<T> Clone for Fixed<T> {
    fn clone(&self) -> Self {
        Fixed { keep: self.keep.clone(), at: self.at }
    }
}

impl<T> PartialEq for Fixed<T> {
    fn eq(&self, other: &Self) -> bool {
        self.at == other.at
    }
}

impl<T> Deref for Fixed<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: `at` points into the value `keep` owns (made by `new` from the `Rc`, or by
        // `part` and `each` from a reference into it that the closure's signature ties
        // to it). An `Rc`'s value never moves and is never handed out mutably here, and `keep`
        // lives as long as `self`.
        #[allow(unsafe_code)] // the crate's one unsafe block, sound for the reasons above
        unsafe {
            self.at.as_ref()
        }
    }
}

impl<T> std::fmt::Debug for Fixed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Fixed({:p})", self.at)
    }
}

#[cfg(test)]
mod tests {
    use super::Fixed;

    #[test]
    fn equal_by_address_not_by_value() {
        let a = Fixed::new(String::from("same"));
        let b = Fixed::new(String::from("same"));
        let copy = a.clone();
        assert!(a == copy);
        assert!(a != b);
        assert_eq!(&*a, "same");
    }

    #[test]
    fn parts_keep_their_whole_until_the_last_goes() {
        let whole = Fixed::new(vec![String::from("a"), String::from("b")]);
        let parts: Vec<Fixed<String>> = whole.each(|v| v).collect();
        let b = whole.part(|v| &v[1]);
        assert_eq!((parts[0].as_str(), b.as_str()), ("a", "b"));
        assert!(b == parts[1] && b != parts[0]);
        assert_eq!(std::rc::Rc::strong_count(&whole.keep), 4);
        let weak = std::rc::Rc::downgrade(&whole.keep);
        drop((whole, parts));
        assert_eq!(b.as_str(), "b", "a part alone keeps the whole");
        drop(b);
        assert!(weak.upgrade().is_none(), "gone with the last part");
        let kept = Fixed::new(7);
        let gone = kept.downgrade();
        assert_eq!(gone.get().as_deref(), Some(&7));
        drop(kept);
        assert!(gone.get().is_none());
    }
}
