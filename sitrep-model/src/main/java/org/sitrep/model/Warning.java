package org.sitrep.model;

/**
 * Something an extractor or stage removed, repaired or doubted; {@code code} is stable and
 * machine-readable, {@code message} is for people.
 */
public record Warning(String code, String message) {}
