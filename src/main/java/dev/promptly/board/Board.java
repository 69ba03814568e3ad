package dev.promptly.board;

import dev.promptly.items.ItemView;
import dev.promptly.people.Team;
import dev.promptly.reports.Trend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a team lead sees first thing: every rep's figures, the team's overdue commitments, calls not returned
 * within 24 hours, the week's escalations, and the on-time trend.
 *
 * @param team null when the board covers all teams
 */
public record Board(Team team, Instant at, List<RepRow> reps, List<LateCommitment> overdueCommitments,
                    List<ItemView> unreturnedCalls, List<Escalation> escalations, Trend trend) {

    /** A commitment past its due time: who promised what to whom, and how late it is. */
    public record LateCommitment(ItemView item, Duration late) {

        public boolean informed() {
            return item.item().progress().promisedUntil() != null;
        }
    }
}
