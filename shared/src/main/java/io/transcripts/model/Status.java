package io.transcripts.model;

/** Outcome of processing an upload; DEGRADED is stored but its structure or numbers are not to be trusted. */
public enum Status { PROCESSED, DEGRADED, FAILED }
