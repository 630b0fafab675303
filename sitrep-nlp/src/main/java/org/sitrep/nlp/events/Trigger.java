package org.sitrep.nlp.events;

/**
 * One trigger found in a sentence: its first and last token, its PLOVER type (null for a verb
 * of moving, which only an armed actor makes a mobilisation), whether it is a noun, and the
 * light verb that makes a nominal trigger happen (or -1).
 */
record Trigger(int at, int last, EventLexicon.Plover plover, boolean nominal, int light) {}
