//! Rule tests on sentences written for them.
