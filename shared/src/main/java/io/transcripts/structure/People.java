package io.transcripts.structure;

import io.transcripts.layout.Names;
import io.transcripts.layout.Titles;
import io.transcripts.layout.Tokens;
import io.transcripts.model.Role;
import java.util.ArrayList;
import java.util.List;

/** Everyone on the call, one entry per person however many spellings of the name appear. */
final class People {
    static final class Person {
        String name;
        String title;
        String firm;
        Role role;

        Person(String name, String title, String firm, Role role) {
            this.name = name;
            this.title = title;
            this.firm = firm;
            this.role = role == null ? Role.UNKNOWN : role;
        }
    }

    private final List<Person> people = new ArrayList<>();

    void add(String name, String title, String firm, Role role) {
        Person p = find(name);
        if (p == null) {
            people.add(new Person(name, title, firm, role));
            return;
        }
        if (name.length() > p.name.length() && Tokens.count(name) >= Tokens.count(p.name)) {
            p.name = name; // keep the fullest spelling: "Samuel C. Wilson" over "Sam Wilson"
        }
        if (p.title == null || (title != null && title.length() > p.title.length() && !Titles.isAnalystTitle(title))) {
            p.title = title != null ? title : p.title;
        }
        if (p.firm == null) {
            p.firm = firm;
        }
        if (p.role == Role.UNKNOWN || role == Role.ANALYST) {
            p.role = role == null || role == Role.UNKNOWN ? p.role : role;
        }
    }

    /**
     * The operator introduced this person as the next questioner: an analyst, with a firm. Returns
     * false when nobody of that name spoke (e.g. a colleague asked on their behalf).
     */
    boolean introduce(String name, String firm) {
        Person p = find(name);
        if (p == null) {
            return false;
        }
        p.role = Role.ANALYST;
        if (p.firm == null && firm != null) {
            p.firm = firm;
        }
        return true;
    }

    /**
     * Someone spoke where the operator introduced another analyst ("This is Mike on for Jane"): they
     * ask from the same firm's line. Never applied to a known executive, who may simply be answering.
     */
    void standIn(String name, String firm) {
        Person p = find(name);
        if (p == null || p.role == Role.EXECUTIVE || p.role == Role.OPERATOR) {
            return;
        }
        p.role = Role.ANALYST;
        if (p.firm == null) {
            p.firm = firm;
        }
    }

    Person find(String name) {
        for (Person p : people) {
            if (Names.samePerson(p.name, name)) {
                return p;
            }
        }
        return null;
    }

    List<Person> all() {
        return people;
    }
}
