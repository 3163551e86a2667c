package io.transcripts.model;

/** The two parts of an earnings call. */
public enum Section { PREPARED_REMARKS, QA }
