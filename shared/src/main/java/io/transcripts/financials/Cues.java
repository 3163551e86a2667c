package io.transcripts.financials;

import io.transcripts.model.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that tell what a sentence does with its numbers: look ahead, report, remind, compare. */
final class Cues {
    /** Looks ahead: what the company expects for a period not yet over. */
    static final Pattern FORWARD = Pattern.compile(
            "(?i)\\b(?:expect|expects|expecting|expected\\s+to\\s+be|anticipat\\w*|guid(?:e|es|ing|ance)|outlook|forecast\\w*|"
                    + "project(?:s|ing|ed|ion|ions)?|target(?:s|ing)?|we\\s+(?:now\\s+|currently\\s+|still\\s+)?see|should\\s+be|will\\s+be|we'll\\s+be|"
                    + "plan\\s+(?:to|for)|should\\s+come\\s+in|call(?:s|ing)\\s+for|looking\\s+for|updat\\w*\\s+(?:our\\s+)?(?:guidance|outlook)|"
                    + "estimat\\w*|assum\\w*|expectations?|the\\s+range\\s+for|range\\s+(?:is|remains)|continue\\s+to\\s+expect|"
                    + "rais\\w*|lowering|reiterat\\w*|reaffirm\\w*|narrow\\w*|widen\\w*|withdraw\\w*|no\\s+longer\\s+expect|"
                    + "looking\\s+ahead|going\\s+forward|intend\\s+to|aim\\s+to|budget\\w*)\\b");
    /** Reports: what happened in a period that is over. */
    static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:was|were|came\\s+in|totaled|totalled|ended|grew|increased|decreased|declined|reached|delivered|"
                    + "generated|reported|closed|finished|achieved|posted|exceeded|rose|fell|improved|spent|recorded|"
                    + "contributed|represented|accounted|amounted|stood|expanded|contracted|dropped|landed|totaling|finishing|"
                    + "stands\\s+at|is\\s+at|are\\s+at|remains?\\s+(?:strong|solid|healthy))\\b"
                    // a balance held now ("we have $600 million in cash"), not "we have raised our outlook"
                    + "|\\bwe\\s+(?:have|hold)\\s+(?:approximately\\s+|about\\s+|nearly\\s+)?(?=[$€£\\d])");
    /** "We expect", said first: the sentence looks ahead whatever past tense a later clause uses. */
    private static final Pattern LEADING_EXPECTATION = Pattern.compile(
            "(?i)\\bwe\\s+(?:now\\s+|currently\\s+|continue\\s+to\\s+)?(?:expect|anticipate|project|forecast|see|are\\s+guiding|guide|estimate)\\b");

    /**
     * Whether the sentence reports: a past-tense verb, unless "we expect" comes before it
     * ("we expect Q1 revenue of ..., a tough comparison as Q1 last year was strong").
     */
    static boolean reports(String s) {
        Matcher r = REPORTED.matcher(s);
        if (!r.find()) {
            return false;
        }
        Matcher f = LEADING_EXPECTATION.matcher(s);
        return !(f.find() && f.start() < r.start());
    }

    /** Quotes guidance given before, to compare or remind: its ranges are priors, not news. */
    static final Pattern REMINDER = Pattern.compile(
            "(?i)\\b(?:as\\s+a\\s+reminder|to\\s+remind\\s+you|(?:last|previous|prior)\\s+(?:quarter|year|call),?\\s+we\\s+(?:guided|said|expected|provided|gave|forecast)|"
                    + "we\\s+(?:had\\s+)?(?:previously|originally|initially)\\s+(?:guided|expected|said|provided)|we\\s+had\\s+(?:guided|expected|said)|"
                    + "original(?:ly)?\\s+guid\\w*|prior\\s+guidance\\s+(?:was|of)|initial\\s+guidance\\s+(?:was|of))");
    /** Measures a reported number against guidance: "above the high end of our range of ...". */
    static final Pattern BENCHMARK = Pattern.compile(
            "(?i)\\b(?:above|below|within|exceed\\w*|beat|ahead\\s+of|in\\s+line\\s+with|surpass\\w*|short\\s+of|miss\\w*|"
                    + "at\\s+the\\s+(?:high|low|top|upper|lower)\\s+end|versus|compared\\s+(?:to|with)|relative\\s+to)\\b"
                    + "[^.;]{0,60}?\\b(?:guidance|outlook|range|expectations?|forecast)\\b");
    /** Long-term aims are no guidance for a period. */
    static final Pattern LONG_TERM = Pattern.compile(
            "(?i)\\b(?:long[- ]term|longer[- ]term|medium[- ]term|mid[- ]term|over\\s+time|multi-year|aspiration\\w*|ambition|"
                    + "(?:20\\d\\d|financial|our)\\s+targets?|targets?\\s+(?:for|by)\\s+(?:fiscal\\s+)?20\\d\\d|over\\s+the\\s+next\\s+(?:few|several|\\w+)\\s+years|"
                    + "through\\s+fiscal|run[- ]rate|exit\\s+rate|by\\s+the\\s+end\\s+of\\s+(?:fiscal\\s+)?20\\d\\d)\\b");
    /** Words of someone else's number, or of a hypothesis, in an answer. */
    static final Pattern NOT_OURS = Pattern.compile(
            "(?i)(?:\\byou\\s+(?:said|guided|mentioned|talked|asked|noted|had|expect|think|were)|\\byour\\s+(?:guidance|outlook|model|estimate|number|question)|"
                    + "\\bthe\\s+street|\\bconsensus\\b|\\banalysts?\\b|^\\s*if\\b|(?<!even\\s)\\bif\\s+(?:we|you|the)\\b)");
    /** Numbers over a span that is not one fiscal period. */
    static final Pattern TRAILING = Pattern.compile(
            "(?i)\\b(?:trailing|(?:last|past|previous)\\s+(?:four|4|twelve|12)\\s+(?:quarters|months)|rolling|cumulative|since\\s+inception)\\b");

    private static final String ABOUT = "[^.;]{0,70}?\\b(?:guidance|outlook|range|ranges|forecast|expectations?|low\\s+end|high\\s+end|midpoint|estimate)\\b";
    /** The guidance as the verb's object, a few words on: "raising our fiscal 2026 revenue guidance". */
    private static final String OBJECT = "\\s+(?:[^\\s.;,]+\\s+){0,5}?(?:guidance|outlook|range|ranges|forecast|expectations?|low\\s+end|high\\s+end|midpoint|estimates?)\\b";
    private static final Pattern RAISED = Pattern.compile("(?i)\\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift\\w*|boost\\w*|improv\\w*)" + OBJECT);
    private static final Pattern LOWERED = Pattern.compile("(?i)\\b(?:lower(?:s|ed|ing)?|reduc\\w*|cut(?:s|ting)?|decreas\\w*|trim\\w*|revis\\w*\\s+down\\w*)" + OBJECT);
    private static final Pattern REITERATED = Pattern.compile(
            "(?i)\\b(?:reiterat\\w*|reaffirm\\w*|maintain\\w*|confirm\\w*)\\b" + ABOUT
                    + "|\\bcontinue\\s+to\\s+expect\\b|\\b(?:guidance|outlook|range|ranges)\\b[^.;]{0,50}?\\b(?:remains?|unchanged|is\\s+unchanged|stays?)\\b"
                    + "|\\bremains?\\s+unchanged\\b");
    private static final Pattern NARROWED = Pattern.compile("(?i)\\bnarrow\\w*\\b" + ABOUT + "|\\b(?:guidance|outlook|range)\\b[^.;]{0,40}?\\bnarrow\\w*");
    private static final Pattern WIDENED = Pattern.compile("(?i)\\bwiden\\w*\\b" + ABOUT + "|\\b(?:guidance|outlook|range)\\b[^.;]{0,40}?\\bwiden\\w*");
    private static final Pattern INITIATED = Pattern.compile("(?i)\\b(?:initiat\\w*|introduc\\w*|establish\\w*)\\b" + ABOUT);
    private static final Pattern WITHDRAWN = Pattern.compile(
            "(?i)\\b(?:withdraw\\w*|suspend\\w*|pull\\w*)\\b" + ABOUT + "|\\bno\\s+longer\\s+(?:expect|provid\\w*|guid\\w*|anticipat\\w*)");

    private Cues() {
    }

    /** The direction the words give, with where they say it; null when they are silent. */
    record Said(Direction direction, int at) {
    }

    /** Every direction the words give, in order of position; an earlier cue of a stronger kind wins a tie. */
    static List<Said> directions(String s) {
        List<Said> out = new ArrayList<>();
        for (Object[] p : new Object[][] {{WITHDRAWN, Direction.WITHDRAWN}, {NARROWED, Direction.NARROWED},
                {WIDENED, Direction.WIDENED}, {RAISED, Direction.RAISED}, {LOWERED, Direction.LOWERED},
                {REITERATED, Direction.REITERATED}, {INITIATED, Direction.INITIATED}}) {
            Matcher m = ((Pattern) p[0]).matcher(s);
            while (m.find()) {
                int at = m.start();
                if (out.stream().noneMatch(x -> x.at() == at)) {
                    out.add(new Said((Direction) p[1], at));
                }
            }
        }
        out.sort(Comparator.comparingInt(Said::at));
        return out;
    }

    /** Looks ahead in its own words, not only in a benchmark ("above our guidance range") or a reminder. */
    static boolean looksAhead(String s) {
        String rest = BENCHMARK.matcher(s).replaceAll(" ");
        rest = REMINDER.matcher(rest).replaceAll(" ");
        return FORWARD.matcher(rest).find();
    }

    static boolean find(Pattern p, String s) {
        return p.matcher(s).find();
    }
}
