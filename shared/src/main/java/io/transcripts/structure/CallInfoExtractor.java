package io.transcripts.structure;

import io.transcripts.language.CalendarAnnotator;
import io.transcripts.language.Cue;
import io.transcripts.language.Months;
import io.transcripts.language.Ordinals;
import io.transcripts.language.PeriodAnnotator;
import io.transcripts.language.Vocabulary;
import io.transcripts.layout.Scripts;
import io.transcripts.model.CallInfo;
import io.transcripts.model.FiscalCalendar;
import io.transcripts.model.FiscalPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The call's company, ticker, fiscal period and date, from the title lines and the opening speech. */
public final class CallInfoExtractor {
    /** Stock exchanges as written before a ticker ({@code language/exchanges.tsv}). */
    private static final String EXCHANGE = Vocabulary.alternation(Vocabulary.rows("exchanges").stream().map(r -> r.get(1)).toList());
    private static final Pattern EXCHANGE_TICKER = Pattern.compile("\\(" + EXCHANGE + "\\s*:\\s*([A-Z][A-Z0-9.]{0,7})\\)");
    private static final Pattern QUOTE_TICKER = Pattern.compile("\\(([A-Z][A-Z0-9]{0,5}(?:\\.[A-Z])?)\\s*[-+]?\\d+(?:\\.\\d+)?%\\)");
    // "QMRK.OQ"; not the initials of "U.S." or "U.K."
    private static final Pattern RIC = Pattern.compile("(?<![.\\w])([A-Z]{1,5})\\.(?:OQ|O|N|L|TO|K|A|P|PK|DE|PA|AS)\\b(?!\\.)");
    // a title's "(KSTR)" or "NasdaqGS:BRHL", only in the lines before the first turn
    private static final Pattern TITLE_TICKER = Pattern.compile(
            // a lone capital in parentheses ("Bandra (E)" in an address) is a ticker only after an exchange
            "\\((?:[A-Za-z]+\\s*:\\s*(?=[A-Z])|(?=[A-Z]{2}))([A-Z]{1,5}(?:\\.[A-Z])?)\\)|\\b" + EXCHANGE + ":([A-Z]{1,5})\\b");
    private static final Pattern TICKER_LINE = Pattern.compile("(?i)\\b(?:ticker|symbol)\\s*:\\s*([A-Z][A-Z0-9.]{0,7})\\b");
    /** A title that starts with the company: "JSW Steel Limited Q3 FY-25 Earnings Conference Call". */
    private static final Pattern COMPANY_BEFORE_PERIOD = Pattern.compile(
            "^[\"“”']?\\s*(\\p{Lu}[^\"“”]{1,60}?)\\s+(?:Q[1-4]|[1-4]Q|H[12]|FY|" + Ordinals.WORDS + "\\s+quarter|full[- ]year|fiscal)\\b"
                    + "[^\"“”]*\\b(?:earnings|results|conference)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_SPACED = Pattern.compile("(?:\\b\\p{L}\\s){3,}");
    private static final Pattern TICKER_LIKE = Pattern.compile("[A-Z]{1,5}(?:\\.[A-Z]{1,2})?");
    private static final Pattern COMPANY_LINE = Pattern.compile("(?i)^(?:[-*•]\\s+)?\\**company\\s*:\\**\\s*([^(;]{2,80}?)\\s*(?:[(;].*)?$");
    private static final Pattern COMPANY_BEFORE_TICKER = Pattern.compile(
            "^(.{2,60}?)\\s*(?:\\((?:[A-Z]+\\s*:\\s*[A-Z][A-Z0-9.]{0,7}|[A-Z][A-Z0-9.]{1,7})(?:\\s*[-+]?\\d+(?:\\.\\d+)?%)?\\)"
                    + "|\\s" + EXCHANGE + ":[A-Z]{1,5}$)");
    // the company's words stop before the event's: "8x8, Inc. Earnings Conference Call" is 8x8, Inc.
    private static final String CO = "((?!(?:Earnings|Conference|Results|Financial|Fiscal|Quarter|First|Second|Third|Fourth|Full|Year|"
            + "Q[1-4]|FY\\S*|H[12]|Call|Webcast)\\b)(?=[\\w&.'’-]*[A-Za-z])[A-Z0-9][\\w&.'’-]*(?:,? (?!(?:Earnings|Conference|Results|Financial|Fiscal|Quarter|"
            + "First|Second|Third|Fourth|Full|Year|Q[1-4]|FY|Call|Webcast)\\b)[A-Z0-9&][\\w&.'’-]*){0,4})";
    private static final List<Pattern> COMPANY_IN_SPEECH = List.of(
            Pattern.compile("(?:[Ww]elcome|[Jj]oining|[Jj]oin us|[Ww]elcoming you) (?:everyone )?to (?:the )?(?:[^.]{0,40}?\\b(?:Q[1-4]|quarter|fiscal|FY)\\s*\\d{0,4}\\s+)?" + CO
                    + "(?:'s|’s)? (?:\\w+ ){0,6}?(?:[Ee]arnings|[Cc]onference|[Rr]esults|[Ff]inancial)"),
            Pattern.compile("(?:[Ff]or joining|[Ww]elcome to) " + CO + "(?:'s|’s) "),
            Pattern.compile("(?m)^(?:Q[1-4]|FY)\\s*\\d{4}\\s+" + CO + " Earnings Call"),
            // the closing courtesy: "We appreciate your interest in Amazon"
            Pattern.compile("(?:[Aa]ppreciate|[Tt]hank you for) your (?:continued )?interest in " + CO + "\\b"));
    private static final Pattern QUARTER_YEAR = Pattern.compile(
            "(?i)\\b(?:(Q[1-4])|(" + Ordinals.WORDS + ")\\s+(?:fiscal\\s+)?quarter)(?:\\s+of)?\\s*(?:fiscal(?:\\s+year)?\\s*|FY\\s*-?\\s*)?('?\\d{2,4})\\b");
    // "2024 Q3", "Fiscal 2024 Third Quarter Results"
    private static final Pattern YEAR_QUARTER = Pattern.compile(
            "(?i)\\b(?:fiscal\\s+(?:year\\s+)?|FY\\s?)?(\\d{4})\\s+(?:(Q[1-4])\\b|(" + Ordinals.WORDS + ")\\s+(?:fiscal\\s+)?quarter\\b)");
    private static final Pattern QUARTER_ONLY = Pattern.compile(
            "(?i)\\b(" + Ordinals.WORDS + ")[- ]quarter\\s+(?:\\d{4}\\s+)?(?:earnings|conference|results|call)");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2}|19\\d{2})\\b");
    private static final Pattern DATE = Pattern.compile(
            // a page header may run words together: "Earnings CallAug 07, 2024"
            "(?i)(?:\\b|(?-i:(?<=[a-z])(?=[A-Z])))(" + Months.WORDS + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    /** "our views as of today, February 2, 2017": the call's own date said in its opening. */
    private static final Pattern TODAY = Pattern.compile("(?i)\\btoday,?\\s+(?:is\\s+)?(?:\\w+day,?\\s+)?(" + Months.WORDS + "\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    /** "17 April 2002", "5th December 2024": the day first, as wire services and European issuers date. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + Months.WORDS + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(20\\d{2})-(\\d{2})-(\\d{2})\\b");

    private CallInfoExtractor() {
    }

    /** {@code title} is the text before the first turn; {@code opening} the first turns' words. */
    public static CallInfo extract(List<String> title, String opening, String whole) {
        String head = String.join("\n", title.stream().filter(l -> !Scripts.isForeign(l)).toList());
        String near = head + "\n" + opening;
        String ticker = ticker(near);
        if (ticker == null) {
            // "**Company:** AAPL": a metadata line that gives the ticker where the company should be
            ticker = title.stream().map(l -> COMPANY_LINE.matcher(l)).filter(Matcher::matches).map(m -> m.group(1).strip())
                    .filter(v -> TICKER_LIKE.matcher(v).matches()).findFirst().orElse(null);
        }
        if (ticker == null) {
            Matcher m = TITLE_TICKER.matcher(head);
            while (ticker == null && m.find()) {
                String t = m.group(1) != null ? m.group(1) : m.group(2);
                if (m.group(1) == null || !abbreviates(t, head.substring(Math.max(0, m.start() - 80), m.start()))) {
                    ticker = t; // "Securities and Exchange Commission (SEC)" defines an abbreviation, names no ticker
                }
            }
        }
        String company = company(title, near, whole);
        FiscalPeriod period = period(near, whole);
        String date = date(head, opening);
        List<CallInfo.Evidence> evidence = new java.util.ArrayList<>();
        evidence(evidence, "company", company, title, opening, whole, l -> l.toLowerCase(java.util.Locale.ROOT)
                .contains(company.toLowerCase(java.util.Locale.ROOT)));
        Pattern symbol = ticker == null ? null : Pattern.compile("\\b" + Pattern.quote(ticker) + "\\b");
        evidence(evidence, "ticker", ticker, title, opening, whole, l -> symbol.matcher(l).find());
        evidence(evidence, "period", period, title, opening, whole, l -> period.equals(period(l, l)));
        evidence(evidence, "date", date, title, opening, whole, l -> date.equals(date(l, l)));
        return new CallInfo(company, ticker, period, date, evidence);
    }

    /**
     * Where a value was read: the first title line, else the first sentence of the opening, else of
     * the whole text, that gives it alone; "derived" where no single line does (a fiscal calendar, votes).
     */
    private static void evidence(List<CallInfo.Evidence> out, String field, Object value, List<String> title, String opening,
                                 String whole, java.util.function.Predicate<String> gives) {
        if (value == null) {
            return;
        }
        for (String l : title) {
            if (gives.test(l)) {
                out.add(new CallInfo.Evidence(field, "title", clip(l)));
                return;
            }
        }
        for (String[] source : new String[][] {{"opening", opening == null ? "" : opening}, {"text", whole == null ? "" : whole}}) {
            int n = 0;
            for (String sentence : source[1].split("(?<=[.?!])\\s+|\\n")) {
                if (++n > 400) {
                    break; // a value no early sentence gives came from the whole text's votes
                }
                if (!sentence.isBlank() && gives.test(sentence)) {
                    out.add(new CallInfo.Evidence(field, source[0], clip(sentence.strip())));
                    return;
                }
            }
        }
        out.add(new CallInfo.Evidence(field, "derived", null));
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** Whether the capitals are the initials of the capitalised words just before them. */
    private static boolean abbreviates(String capitals, String before) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : before.strip().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                words.add(w);
            }
        }
        if (words.size() < capitals.length()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words.subList(words.size() - capitals.length(), words.size())) {
            initials.append(w.charAt(0));
        }
        return initials.toString().equals(capitals);
    }

    static String ticker(String text) {
        for (Pattern p : List.of(EXCHANGE_TICKER, QUOTE_TICKER, TICKER_LINE, RIC)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    static String company(List<String> title, String near, String whole) {
        for (String l : title) {
            Matcher meta = COMPANY_LINE.matcher(l);
            if (meta.matches() && !TICKER_LIKE.matcher(meta.group(1).strip()).matches()) {
                return meta.group(1).strip(); // a scraper's or vendor's metadata line: "Company: Novo Nordisk"
            }
        }
        for (String l : title) {
            Matcher m = COMPANY_BEFORE_TICKER.matcher(l);
            if (m.find()) {
                return m.group(1).replaceFirst("^(?i)(?:[-*•]\\s+)?\\**(?:title|headline|event|subject|company)\\s*:\\**\\s*", "").strip(); // "Title: Senstar (SNT) ..."
            }
        }
        for (int i = 0; i < title.size(); i++) {
            // a title may break across two lines: "“JSW Steel Limited" / "Q3 FY-25 Earnings Conference Call”"
            String line = title.get(i).strip();
            String joined = i + 1 < title.size() ? line + " " + title.get(i + 1).strip() : line;
            for (String candidate : List.of(line, joined)) {
                Matcher m = COMPANY_BEFORE_PERIOD.matcher(candidate);
                if (m.matches() && !LETTER_SPACED.matcher(m.group(1)).find()) {
                    return m.group(1).strip();
                }
            }
        }
        for (String text : List.of(near, whole)) {
            for (Pattern p : COMPANY_IN_SPEECH) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String c = m.group(1).replaceAll("(?:'s|’s|'|’)$", "").replaceAll("[,.]+$", "").strip();
                    if (!c.isEmpty() && !c.matches("(?i)(the|our|this|today's|a|an|everyone|all|us)")) {
                        return c;
                    }
                }
            }
        }
        return possessiveProperNoun(whole);
    }

    /** Last resort for text without titles: the proper noun the text most often makes possessive. */
    private static String possessiveProperNoun(String whole) {
        Matcher m = Pattern.compile("\\b([A-Z][A-Za-z0-9]*[A-Z]?[a-z0-9]+)(?:'s|’s)\\b").matcher(whole);
        Map<String, Integer> counts = new HashMap<>();
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .filter(e -> !e.getKey().matches("(?i)(today|year|quarter|company|it|that|there|let|what|here|world)"))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The call's own period. A quarter named with a year in the title or opening wins unless it is a
     * comparison ("compared to the second quarter of 2016"); an intro that names only the quarter
     * ("second quarter conference call") takes the year most often said of that quarter or of the
     * fiscal year, comparisons left out.
     */
    static FiscalPeriod period(String near, String whole) {
        for (boolean titled : new boolean[] {true, false}) {
            Matcher m = QUARTER_YEAR.matcher(near);
            while (m.find()) {
                if (!comparison(near, m.start()) && (!titled || namesTheCall(near, m.start(), m.end()))) {
                    return label(m.group(1) != null ? m.group(1) : m.group(2), m.group(3));
                }
            }
            m = YEAR_QUARTER.matcher(near);
            while (m.find()) {
                if (!comparison(near, m.start()) && (!titled || namesTheCall(near, m.start(), m.end()))) {
                    return label(m.group(2) != null ? m.group(2) : m.group(3), m.group(1));
                }
            }
            m = QUARTER_AND_YEAR.matcher(near);
            if (titled && m.find()) {
                return label(m.group(1), m.group(2));
            }
            m = QUARTER_ONLY.matcher(near);
            if (titled && m.find()) {
                String year = votedYear(whole, quarter(m.group(1)));
                return year == null ? null : label(m.group(1), year);
            }
            m = NQ_YEAR.matcher(near);
            while (titled && m.find()) {
                if (namesTheCall(near, m.start(), m.end())) {
                    return label("Q" + m.group(1), m.group(2));
                }
            }
            if (titled) {
                FiscalPeriod half = halfOrYear(near);
                if (half != null) {
                    return half;
                }
            }
        }
        // no title names it: the end of the quarter the opening reports, on the calendar the call states
        return CalendarAnnotator.quarterEnd(near)
                .map(end -> CalendarAnnotator.calendar(whole).orElse(FiscalCalendar.CALENDAR_YEAR).quarterOf(end)).orElse(null);
    }

    // "3Q24 Earnings Call", "3Q 2024 Results"
    private static final Pattern NQ_YEAR = PeriodAnnotator.NQ_YEAR;
    // half-year and annual reporters: "H1 2025 Results", "Half-Year 2025", "Full Year 2024 Results", "2024 Annual Results"
    private static final Pattern HALF_OR_YEAR = Pattern.compile(
            "(?i)\\b(?:(H[12])|(first|second)\\s+half|(half[- ]year|interim)|(full[- ]year|annual|FY))\\s*(?:fiscal\\s+)?((?:19|20)\\d{2})\\b"
                    + "|\\b((?:19|20)\\d{2})\\s+(?:(H[12])|(first|second)\\s+half|(half[- ]year|interim)|(full[- ]year|annual))\\b");

    /** A call titled by its half or its year names that period: "FY2025-H1", "FY2024". */
    private static FiscalPeriod halfOrYear(String near) {
        Matcher m = HALF_OR_YEAR.matcher(near);
        while (m.find()) {
            if (!namesTheCall(near, m.start(), m.end())) {
                continue;
            }
            boolean lead = m.group(5) != null;
            int year = Integer.parseInt(lead ? m.group(5) : m.group(6));
            String h = lead ? m.group(1) : m.group(7);
            String words = lead ? m.group(2) : m.group(8);
            boolean halfYear = (lead ? m.group(3) : m.group(9)) != null;
            if (h != null) {
                return FiscalPeriod.half(year, h.charAt(1) - '0');
            }
            if (words != null) {
                return FiscalPeriod.half(year, words.equalsIgnoreCase("first") ? 1 : 2);
            }
            return halfYear ? FiscalPeriod.half(year, 1) : FiscalPeriod.year(year);
        }
        return null;
    }

    private static final Pattern QUARTER_AND_YEAR = Pattern.compile(
            "(?i)\\b(" + Ordinals.WORDS + "|Q[1-4])[- ](?:fiscal\\s+)?(?:quarter\\s+)?and\\s+(?:the\\s+)?full[- ]year\\s+(?:fiscal\\s+)?((?:19|20)\\d{2})\\s+"
                    + "(?:earnings|conference|results|financial)");
    private static final Pattern CALL_WORDS = Cue.CALL_WORD.pattern();

    /** "Q2 2024 ... Earnings Conference Call": the quarter names this call, not one it speaks of. */
    private static boolean namesTheCall(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 45));
        String line = after.contains("\n") ? after.substring(0, after.indexOf('\n')) : after;
        return CALL_WORDS.matcher(line).find();
    }

    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:" + Cue.COMPARISON.words() + "|" + Cue.SINCE.words() + "|"
            + Cue.EXCLUDING.words() + "|" + Cue.PRIOR_YEAR.words() + ")\\b");
    private static final Pattern YEAR_MENTION = Pattern.compile(
            "(?i)\\b(?:(Q[1-4])|(" + Ordinals.WORDS + ")\\s+(?:fiscal\\s+)?quarter)(?:\\s+of)?\\s*(?:fiscal(?:\\s+year)?\\s*|FY\\s*)?((?:19|20)\\d{2})\\b"
                    + "|\\b(?:full[- ]year|fiscal(?:\\s+year)?|FY)\\s*(?:of\\s+)?((?:19|20)\\d{2})\\b|\\b(?:in|for)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern AGO = Pattern.compile("(?i)^\\s*" + Cue.PRIOR_YEAR.words());

    private static boolean comparison(String text, int at) {
        String window = text.substring(Math.max(0, at - 60), at);
        int cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf('\n'));
        return COMPARISON.matcher(cut < 0 ? window : window.substring(cut + 1)).find();
    }

    /** The year said most of the quarter {@code q} ("Q2") or of the fiscal year, comparisons left out. */
    private static String votedYear(String whole, int q) {
        Map<String, Integer> votes = new HashMap<>();
        Matcher m = YEAR_MENTION.matcher(whole);
        while (m.find()) {
            if (comparison(whole, m.start()) || AGO.matcher(whole.substring(m.end())).lookingAt()) {
                continue;
            }
            if (m.group(3) != null) {
                int quarter = quarter(m.group(1) != null ? m.group(1) : m.group(2));
                votes.merge(m.group(3), quarter == q ? 3 : 1, Integer::sum);
            } else {
                votes.merge(m.group(4) != null ? m.group(4) : m.group(5), m.group(4) != null ? 2 : 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            return mostFrequentYear(whole);
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private static FiscalPeriod label(String quarter, String year) {
        return FiscalPeriod.quarter(PeriodAnnotator.fullYear(year), quarter(quarter));
    }

    /** "Q3" or "third": 3. */
    private static int quarter(String word) {
        return word.toUpperCase(Locale.ROOT).matches("Q[1-4]") ? word.charAt(1) - '0' : Ordinals.number(word);
    }

    private static String mostFrequentYear(String whole) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(whole);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The date the title gives ("JULY 26, 2018", letter-spaced "D E C E M B E R 5 , 2 0 2 4"), else the one the opening calls today. */
    static String date(String head, String opening) {
        String d = date(head);
        if (d == null) {
            d = date(String.join("\n", head.lines().filter(l -> LETTER_SPACED.matcher(l).find()).map(l -> l.replace(" ", ""))
                    .map(l -> l.replaceAll("(?<=\\p{L})(?=\\d)|(?<=,)", " ")).toList()));
        }
        if (d == null && opening != null) {
            Matcher today = TODAY.matcher(opening);
            d = today.find() ? date(today.group(1)) : null;
        }
        return d;
    }

    static String date(String head) {
        Matcher m = DATE.matcher(head);
        Matcher dayFirst = DAY_FIRST_DATE.matcher(head);
        boolean monthFirst = m.find();
        boolean day = dayFirst.find();
        if (monthFirst || day) {
            boolean useDayFirst = day && (!monthFirst || dayFirst.start() < m.start());
            String month = useDayFirst ? dayFirst.group(2) : m.group(1);
            String dd = useDayFirst ? dayFirst.group(1) : m.group(2);
            String yyyy = useDayFirst ? dayFirst.group(3) : m.group(3);
            try {
                return LocalDate.of(Integer.parseInt(yyyy), Months.number(month), Integer.parseInt(dd)).toString();
            } catch (DateTimeException e) {
                return null;
            }
        }
        m = ISO_DATE.matcher(head);
        return m.find() ? m.group() : null;
    }
}
