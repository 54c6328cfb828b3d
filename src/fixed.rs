//! `Fixed<T>`: data that never changes while the viewer runs (the article, its search index),
//! shared by reference and compared by address, so comparing state or props never walks it.

use std::ops::Deref;

pub struct Fixed<T: 'static>(pub &'static T);

impl<T> Fixed<T> {
    /// Keeps `value` for the rest of the program. Each viewer makes one per article, once.
    pub fn leak(value: T) -> Self {
        Fixed(Box::leak(Box::new(value)))
    }
}

impl<T> Clone for Fixed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Fixed<T> {}

impl<T> PartialEq for Fixed<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> Deref for Fixed<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}

impl<T> std::fmt::Debug for Fixed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Fixed({:p})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Fixed;

    #[test]
    fn equal_by_address_not_by_value() {
        let a = Fixed::leak(String::from("same"));
        let b = Fixed::leak(String::from("same"));
        let copy = a;
        assert!(a == copy);
        assert!(a != b);
        assert_eq!(&*a, "same");
    }
}
