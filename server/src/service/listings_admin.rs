//! Creating and editing the directory, and finding what needs checking.
