package org.quotetrace.story;

/** What a paragraph of a web page is, judged from its own text. */
public enum ParagraphKind {
    /** Running text: finished sentences, or a long line. */
    PROSE,
    /** A short line that is no sentence: a headline, subheading, byline, caption, date or menu item. */
    HEADING,
    /** Page furniture: a comment form, share prompt, navigation phrase, or markup around the story. */
    FURNITURE
}
