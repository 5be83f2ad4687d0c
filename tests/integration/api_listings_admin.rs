//! Coordinators edit the directory.
