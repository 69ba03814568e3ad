package dev.promptly.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.ItemEvent;
import dev.promptly.people.Directory;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details' timeline names who did each thing as the history records it. */
class EventTextTest {

    private static final Instant AT = Instant.parse("2026-11-20T11:00:00Z");
    private final Rep anna = new Rep(1, "Anna Schmidt", "anna@x.example", null, 1, Role.REP);
    private final Rep ben = new Rep(2, "Ben Okafor", "ben@x.example", null, 1, Role.REP);
    private final Rep lena = new Rep(3, "Lena Wolf", "lena@x.example", null, 1, Role.LEAD);
    private final Directory directory = new Directory(
            List.of(new Team(1, "Support", ZoneOffset.UTC, ResponsePolicy.standard())), List.of(anna, ben, lena));

    @Test
    void aColleaguesAttemptAndALeadsReassignmentShowThem() {
        ItemEvent attempt = ItemEvent.attempt(AT, anna.id(), AttemptOutcome.BUSY, null).by(ben.id());
        ItemEvent reassigned = ItemEvent.transfer(EventType.REASSIGNED, AT, null, anna.id(), ben.id(), "away")
                .by(lena.id());

        assertThat(EventText.who(attempt, directory)).isEqualTo("Ben Okafor");
        assertThat(EventText.who(reassigned, directory)).isEqualTo("Lena Wolf");
    }

    @Test
    void aReassignmentWithoutItsLeadIsNotShownAsDoneByTheRepItWasTakenFrom() {
        ItemEvent reassigned = ItemEvent.transfer(EventType.REASSIGNED, AT, null, anna.id(), ben.id(), "away");

        assertThat(EventText.who(reassigned, directory)).isEmpty();
    }

    @Test
    void anEditSaysWhatChangedFromWhatToWhatAndAnAttemptUsesTheScreensOutcomeWords() {
        ItemEvent subject = ItemEvent.edited(AT, ben.id(), dev.promptly.items.EditedField.SUBJECT, "Invoice",
                "Credit note", null, null);
        ItemEvent phone = ItemEvent.edited(AT, ben.id(), dev.promptly.items.EditedField.PHONE, null, "+49 30 1", null,
                null);
        ItemEvent company = ItemEvent.edited(AT, ben.id(), dev.promptly.items.EditedField.COMPANY, "Acme", null, null,
                null);
        ItemEvent voicemail = ItemEvent.attempt(AT, anna.id(), AttemptOutcome.VOICEMAIL, "Back on Monday");

        assertThat(EventText.what(subject, dev.promptly.items.ItemKind.CALLBACK, directory, ZoneOffset.UTC))
                .isEqualTo("Subject changed from \u2018Invoice\u2019 to \u2018Credit note\u2019");
        assertThat(EventText.what(phone, dev.promptly.items.ItemKind.CALLBACK, directory, ZoneOffset.UTC))
                .isEqualTo("Phone set to \u2018+49 30 1\u2019");
        assertThat(EventText.what(company, dev.promptly.items.ItemKind.CALLBACK, directory, ZoneOffset.UTC))
                .isEqualTo("Company removed (was \u2018Acme\u2019)");
        assertThat(EventText.what(voicemail, dev.promptly.items.ItemKind.CALLBACK, directory, ZoneOffset.UTC))
                .isEqualTo("Called: left a voicemail: Back on Monday");
        assertThat(EventText.who(subject, directory)).isEqualTo("Ben Okafor");
    }
}
